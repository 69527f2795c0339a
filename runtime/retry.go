package runtime

import (
	"math"
	"time"

	"github.com/stepwise-go/stepwise/value"
)

// runHandled runs a Task, Parallel or Map with its Retry and Catch: each
// retrier keeps its own count for the whole state visit; catchers apply
// when no retrier matches or retries run out.
func (t *thread) runHandled(st *state, raw value.Value) (stepResult, *failure) {
	counts := make([]int64, len(st.retry))
	if t.ex.test != nil {
		t.ex.test.retryCounts(counts)
	}
	for {
		t.started = false
		r, f := t.attempt(st, raw)
		if f == nil {
			return r, nil
		}
		if f.fatal || t.aborted() {
			return stepResult{}, f
		}
		fromTask := st.typ == "Task" && f.task
		i := matchRetrier(st.retry, f, fromTask)
		if t.ex.test != nil && t.ex.test.retry(st.retry, i, counts, t.ex.random) {
			return stepResult{}, f // TestState reports RETRIABLE instead of retrying
		}
		if i >= 0 && counts[i] < st.retry[i].maxAttempts {
			d := retryDelay(st.retry[i], counts[i], t.ex.random)
			counts[i]++
			if !t.ex.clock.Sleep(t.cx, d) {
				return stepResult{}, &failure{fatal: true}
			}
			t.retryCount++
			continue
		}
		t.logEvaluation(f)
		if t.started || f.evaluation {
			t.closeFailed(st)
		}
		for ci, c := range st.catch {
			if f.matches(c.errors, fromTask) {
				if t.ex.test != nil {
					t.ex.test.caught(ci, f)
				}
				return t.caught(st, c, raw, f)
			}
		}
		return stepResult{}, f
	}
}

// closeFailed records the …StateFailed event of a Parallel or Map that
// gives up (no event between retried attempts).
func (t *thread) closeFailed(st *state) {
	switch st.typ {
	case "Parallel":
		t.emit("ParallelStateFailed", nil)
	case "Map":
		t.emit("MapStateFailed", nil)
	}
}

// matchRetrier returns the index of the first retrier whose ErrorEquals
// matches f, or -1.
func matchRetrier(rs []*retrier, f *failure, fromTask bool) int {
	for i, r := range rs {
		if f.matches(r.errors, fromTask) {
			return i
		}
	}
	return -1
}

// retryDelay is the wait before retry number n+1 of r: IntervalSeconds ×
// BackoffRate^n, capped by MaxDelaySeconds, and with FULL jitter a random
// share of that.
func retryDelay(r *retrier, n int64, rnd func() float64) time.Duration {
	secs := r.interval * math.Pow(r.backoff, float64(n))
	if r.maxDelay > 0 && secs > r.maxDelay {
		secs = r.maxDelay
	}
	if r.jitterFull {
		secs *= rnd()
	}
	return time.Duration(secs * float64(time.Second))
}

// caught hands f to catcher c: the error output goes through the
// catcher's ResultPath (JSONPath) or Output (JSONata), and its Assign.
func (t *thread) caught(st *state, c *catcher, raw value.Value, f *failure) (stepResult, *failure) {
	errOut := f.errorOutput()
	if st.jsonata {
		env := t.statesEnv(raw, nil, errOut)
		out, assigned, ff := t.jsonataOutput(st, c.output, c.assign, env, errOut)
		if ff != nil {
			return stepResult{}, ff
		}
		return stepResult{output: out, next: c.next, assigned: assigned}, nil
	}
	assigned, ff := t.assignJSONPath(c.assign, errOut)
	if ff != nil {
		return stepResult{}, ff
	}
	out, ff := t.applyResultPath(c.resultPath, raw, errOut)
	if ff != nil {
		return stepResult{}, ff
	}
	return stepResult{output: out, next: c.next, assigned: assigned}, nil
}

// attempt runs the state's work once.
func (t *thread) attempt(st *state, raw value.Value) (stepResult, *failure) {
	if t.ex.test != nil && st.typ != "Task" {
		return t.mockedAttempt(st, raw) // TestState: a mock stands in for the branches or iterations
	}
	switch st.typ {
	case "Task":
		return t.runTask(st, raw)
	case "Parallel":
		return t.runParallel(st, raw)
	}
	return t.runMap(st, raw)
}
