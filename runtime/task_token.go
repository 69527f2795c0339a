package runtime

import (
	"encoding/base64"
	"strconv"
	"strings"
	"time"

	"github.com/stepwise-go/stepwise/value"
)

// ErrHeartbeatTimeout is the error of a task whose worker sent no
// heartbeat within HeartbeatSeconds.
const ErrHeartbeatTimeout = "States.HeartbeatTimeout"

// tokenPrefix starts every task token stepwise issues.
const tokenPrefix = "SWT1"

// maxTokenWait bounds a wait for a token without TimeoutSeconds: a
// Standard execution lasts at most a year, an Express one five minutes.
func (ex *Execution) maxTokenWait() time.Duration {
	if ex.opts.Type == "EXPRESS" {
		return 5 * time.Minute
	}
	return 365 * 24 * time.Hour
}

// newToken makes the task token of this attempt of the current state:
// unique per execution, state visit and attempt, and the same on every
// run of one named execution (so golden histories are stable).
func (t *thread) newToken() string {
	raw := strings.Join([]string{t.ex.opts.ExecutionArn, t.state.name,
		strconv.FormatInt(t.enteredID, 10), strconv.Itoa(t.retryCount)}, "\x00")
	return tokenPrefix + base64.RawURLEncoding.EncodeToString([]byte(raw))
}

// wellFormedToken reports whether token has the shape newToken gives.
func wellFormedToken(token string) bool {
	rest, ok := strings.CutPrefix(token, tokenPrefix)
	if !ok {
		return false
	}
	b, err := base64.RawURLEncoding.DecodeString(rest)
	return err == nil && strings.Count(string(b), "\x00") == 3
}

// isTokenTask reports whether a Task waits for a task token: the
// .waitForTaskToken pattern or an activity.
func (ts *taskSpec) isTokenTask() bool {
	return ts.activity || strings.HasSuffix(ts.resource, ".waitForTaskToken")
}

// Callbacks returns where this execution's task tokens are answered:
// Options.Callbacks, or the execution's own when that was nil.
func (ex *Execution) Callbacks() *Callbacks { return ex.cb }

// tokenOutcome is how a wait for a token ended.
type tokenOutcome struct {
	answer   *tokenAnswer
	timedOut string // ErrTimeout or ErrHeartbeatTimeout
}

// awaitToken waits for the answer to p, recording ActivityStarted when a
// worker takes an activity task. It returns nil when the execution is
// stopped (or reaches its longest duration) meanwhile.
//
// With Options.Callbacks set, someone outside may answer, so on the
// virtual clock the wait holds time still; otherwise nobody can, and time
// jumps to the task's timeout (or the execution's limit).
func (t *thread) awaitToken(ts *taskSpec, p *pendingTask, timeout, heartbeat int64, child *Execution) *tokenOutcome {
	cb := t.ex.cb
	start := t.ex.now()
	lastBeat, beatsSeen, startedSeen := start, 0, false
	for {
		cb.mu.Lock()
		ans, beats, started, worker := p.answer, p.beats, p.started, p.Worker
		cb.mu.Unlock()
		now := t.ex.now()
		if started && !startedSeen {
			startedSeen = true
			t.emit("ActivityStarted", details("workerName", worker))
		}
		if ans != nil {
			return &tokenOutcome{answer: ans}
		}
		if beats > beatsSeen {
			beatsSeen, lastBeat = beats, now
		}
		deadline, kind := start.Add(t.ex.maxTokenWait()), ""
		if timeout > 0 {
			deadline, kind = start.Add(time.Duration(timeout)*time.Second), ErrTimeout
		}
		if heartbeat > 0 {
			if hb := lastBeat.Add(time.Duration(heartbeat) * time.Second); hb.Before(deadline) {
				deadline, kind = hb, ErrHeartbeatTimeout
			}
		}
		if !now.Before(deadline) {
			if ans := cb.expire(p); ans != nil {
				return &tokenOutcome{answer: ans}
			}
			if kind == "" {
				t.ex.halt(&Result{Status: TimedOut, Error: ErrTimeout,
					Cause: "The execution reached its longest duration while the state '" + t.state.name + "' waited for a task token"})
				return nil
			}
			return &tokenOutcome{timedOut: kind}
		}
		// A nested execution still running may yet send the token.
		hold := t.ex.hold
		if child != nil {
			select {
			case <-child.Done():
			default:
				hold = true
			}
		}
		if t.ex.clock.Await(t.cx, deadline.Sub(now), p.signal, hold) == awaitCanceled {
			if ans := cb.expire(p); ans != nil && !t.aborted() {
				return &tokenOutcome{answer: ans}
			}
			return nil
		}
	}
}

// expire closes p unanswered and returns nil, or returns the answer that
// arrived first.
func (c *Callbacks) expire(p *pendingTask) *tokenAnswer {
	c.mu.Lock()
	defer c.mu.Unlock()
	if p.answer != nil {
		return p.answer
	}
	if c.pending[p.Token] == p {
		c.closeLocked(p)
	}
	return nil
}

// tokenResult turns the outcome of a wait into the task's result or
// failure, recording Task/Activity Succeeded, Failed or TimedOut.
func (t *thread) tokenResult(ts *taskSpec, o *tokenOutcome) (value.Value, *failure) {
	if o == nil {
		return nil, &failure{fatal: true}
	}
	if o.timedOut != "" {
		f := fail(o.timedOut, "")
		f.HasCause, f.task = false, true
		t.emitTokenEvent(ts, "TimedOut", details("error", o.timedOut))
		return nil, f
	}
	a := o.answer
	if a.failed {
		f := fail(a.error, a.cause)
		f.task = true
		t.emitTokenEvent(ts, "Failed", errorDetails(a.error, a.cause))
		return nil, f
	}
	t.emitTokenEvent(ts, "Succeeded", details("output", jsonText(a.output), "outputDetails", notTruncated()))
	return a.output, nil
}

// emitTokenEvent records Activity<What> for activities, Task<What>
// otherwise.
func (t *thread) emitTokenEvent(ts *taskSpec, what string, d *value.Object) {
	if ts.activity {
		t.emit("Activity"+what, d)
		return
	}
	t.emitTask(ts, what, d)
}
