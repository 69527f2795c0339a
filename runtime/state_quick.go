package runtime

import (
	"fmt"
	"time"

	"github.com/stepwise-go/stepwise/value"
)

// runQuickState runs a Pass, Choice or Succeed state, which records no
// event between its StateEntered and StateExited and cannot wait. Its two
// events go into the thread's batch, and a batch of quickBatch pairs is
// recorded with one lock of the history (flushPairs). Anything else a
// thread records (a failure's "entered at the event id" prefix, another
// state's events, the end of its block) records the batch and the
// pending StateEntered event first (flushEntered), so ids, links and
// timestamps are those of recording them one by one.
func (t *thread) runQuickState(st *state, input value.Value) (value.Value, int, *failure) {
	t.state, t.retryCount, t.enteredPrev = st, 0, t.last
	t.enteredAt = t.ex.clock.nowRef()
	t.pendingInput, t.pending = input, true
	var r stepResult
	var f *failure
	switch {
	case !t.fitsPayload(input):
		f = fail(ErrDataLimitExceeded, fmt.Sprintf(causeDataLimitInputTemplate, st.name))
	case st.passOn:
		r = stepResult{output: input, next: st.next}
	case st.typ == "Pass":
		r, f = t.runPass(st, input)
	case st.typ == "Choice":
		r, f = t.runChoice(st, input)
	default:
		r, f = t.runSucceed(st, input)
	}
	if f != nil || !t.pending {
		// A failure, or the entered event already recorded for one.
		t.flushEntered()
		if t.enteredID == t.enteredPrev { // not recorded: the history is full
			return nil, -1, &failure{fatal: true}
		}
		if f != nil {
			t.logEvaluation(f)
			return nil, -1, f
		}
		t.exit(st, r)
		return r.output, r.next, nil
	}
	t.pending, t.pendingInput = false, nil
	var out value.Value = r.output
	if r.assigned != nil {
		out = &exitedVars{output: r.output, assigned: r.assigned}
	}
	at := t.enteredAt
	if t.ex.clock.real {
		at = t.ex.clock.nowRef()
	}
	// Field by field: a composite literal is built on the stack and
	// copied with wide loads that stall on its narrow stores.
	p := &t.batch[t.nbatch]
	p.at, p.st, p.in, p.out = at, st, input, out
	t.nbatch++
	if (t.nbatch == quickBatch || t.ex.clock.real) && !t.flushPairs() {
		return nil, -1, &failure{fatal: true}
	}
	t.assignVars(r.assigned)
	return r.output, r.next, nil
}

// quickBatch is how many quick states' event pairs a thread holds before
// recording them. On the real clock each pair is recorded at once, so
// timestamps grow with ids across concurrent branches.
const quickBatch = 8

// quickPair is a quick state's two events, waiting in its thread's batch:
// StateEntered with input in and StateExited with out (a value or an
// *exitedVars), both at time at.
type quickPair struct {
	at      *time.Time
	st      *state
	in, out value.Value
}

// flushPairs records the thread's batch with one lock, each pair's
// entered event after the thread's last event, and leaves the thread's
// last, enteredID and enteredPrev as recording them one by one would.
// When the history fills up it ends the execution and returns false.
func (t *thread) flushPairs() bool {
	if t.nbatch == 0 {
		return true
	}
	h := t.ex.hist
	n := 2
	h.mu.Lock()
	if last, ok := h.pushPairs(t.batch[:t.nbatch], t.last); ok {
		// Each pair's entered event follows the one before's exited.
		// The batch keeps its values until they are overwritten: at
		// most quickBatch pairs, and clearing them costs a write
		// barrier for each.
		t.enteredPrev, t.enteredID, t.last = last-2, last-1, last
	} else {
		for i := range t.batch[:t.nbatch] {
			p := &t.batch[i]
			if n == 2 {
				var id int64
				t.enteredPrev = t.last
				id, n = h.pushPair(p.at, p.st, p.in, p.out, t.last)
				switch n {
				case 2:
					t.enteredID, t.last = id, id+1
				case 1:
					t.enteredID, t.last = id, id
				default:
					t.enteredID = t.last
				}
			}
			*p = quickPair{} // hold no values for the collector
		}
	}
	h.mu.Unlock()
	t.nbatch = 0
	if n < 2 {
		t.ex.halt(&Result{Status: Failed, Error: ErrRuntime,
			Cause: sprintf(causeHistoryLimitTemplate, t.ex.opts.MaxTransitions)})
		return false
	}
	return true
}

// flushEntered records the thread's batch and the current state's
// pending StateEntered event (see runQuickState); it does nothing when
// none is pending.
func (t *thread) flushEntered() {
	if t.pending {
		t.pending = false
		t.flushPairs()
		t.enteredPrev = t.last
		t.enteredID = t.emitEntered(t.state, t.pendingInput)
		t.pendingInput = nil
	}
}
