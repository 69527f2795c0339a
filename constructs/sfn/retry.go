package sfn

import (
	"time"

	"github.com/stepwise-go/stepwise/asl"
)

// JitterStrategy says whether retry intervals are randomised.
type JitterStrategy string

// Jitter strategies.
const (
	// JitterFull randomises each interval between 0 and the computed delay,
	// spreading retries of many executions apart.
	JitterFull JitterStrategy = "FULL"
	// JitterNone uses the computed delay as is (AWS's default).
	JitterNone JitterStrategy = "NONE"
)

// Retrier is one entry of a Task's, Parallel's or Map's Retry list: which
// errors to retry and how. Make one with RetryOn; only the fields that were
// set are rendered, so AWS's defaults apply to the others. A Retrier may be
// shared by several states.
type Retrier struct {
	errors      []ErrorName
	comment     *string
	interval    *int64
	maxAttempts *int64
	backoff     *float64
	maxDelay    *int64
	jitter      *string
	source      string
	probs       problems
}

// RetryOn returns a retrier for the given errors (ErrorEquals; at least
// one, and ErrAll only alone and in the last retrier).
func RetryOn(errs ...ErrorName) *Retrier {
	return &Retrier{errors: errs, source: callerSource()}
}

// Interval sets IntervalSeconds, the wait before the first retry; whole
// seconds, at least one (else a recorded problem, rounded up). Default: 1
// second.
func (r *Retrier) Interval(d time.Duration) *Retrier {
	n := seconds(&r.probs, []any{"IntervalSeconds"}, "Interval", d)
	r.interval = &n
	return r
}

// MaxAttempts sets how many times to retry at most; 0 means never.
// Default: 3.
func (r *Retrier) MaxAttempts(n int) *Retrier {
	v := int64(n)
	r.maxAttempts = &v
	return r
}

// BackoffRate sets the factor the interval grows by after each attempt; at
// least 1.0. Default: 2.0.
func (r *Retrier) BackoffRate(rate float64) *Retrier {
	r.backoff = &rate
	return r
}

// MaxDelay sets MaxDelaySeconds, the cap on the interval as it grows;
// whole seconds (else a recorded problem, rounded up). Default: no cap.
func (r *Retrier) MaxDelay(d time.Duration) *Retrier {
	n := seconds(&r.probs, []any{"MaxDelaySeconds"}, "MaxDelay", d)
	r.maxDelay = &n
	return r
}

// Jitter sets JitterStrategy. Default: JitterNone.
func (r *Retrier) Jitter(j JitterStrategy) *Retrier {
	s := string(j)
	r.jitter = &s
	return r
}

// Comment sets the retrier's Comment. Default: none.
func (r *Retrier) Comment(text string) *Retrier {
	r.comment = &text
	return r
}

func (r *Retrier) model() *asl.Retrier {
	return &asl.Retrier{
		Comment:         r.comment,
		ErrorEquals:     errorNames(r.errors),
		IntervalSeconds: r.interval,
		MaxAttempts:     r.maxAttempts,
		BackoffRate:     r.backoff,
		MaxDelaySeconds: r.maxDelay,
		JitterStrategy:  r.jitter,
		Source:          r.source,
	}
}

// errorHandling holds the Retry and Catch lists of Task, Parallel and Map.
type errorHandling struct {
	retriers []*Retrier
	catches  []catchEntry
}

func (e *errorHandling) addRetry(s *base, rs []*Retrier) {
	for i, r := range rs {
		if r == nil {
			s.probs.add([]any{"Retry"}, msgNilRetrier, i)
			continue
		}
		e.retriers = append(e.retriers, r)
	}
}

// model returns the Retry and Catch lists and reports the problems recorded
// on the retriers and catchers, below at (the state's location).
func (e *errorHandling) model(b *builder, at site, lang QueryLanguage) asl.ErrorHandling {
	var out asl.ErrorHandling
	if len(e.retriers) > 0 {
		out.Retry = make([]*asl.Retrier, len(e.retriers))
	}
	for i, r := range e.retriers {
		if len(r.probs) > 0 {
			b.report(at.loc().At("Retry").Index(i), r.probs)
		}
		out.Retry[i] = r.model()
	}
	if len(e.catches) > 0 {
		out.Catch = make([]*asl.Catcher, len(e.catches))
	}
	for i, c := range e.catches {
		if len(c.catcher.probs) > 0 {
			b.report(at.loc().At("Catch").Index(i), c.catcher.probs)
		}
		out.Catch[i] = c.catcher.model(c.handler.Name(), lang, at)
	}
	return out
}
