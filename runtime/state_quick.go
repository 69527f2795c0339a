package runtime

import (
	"fmt"

	"github.com/stepwise-go/stepwise/value"
)

// runQuickState runs a Pass, Choice or Succeed state, which records no
// event between its StateEntered and StateExited and cannot wait: both
// events are recorded together, with one lock, once the state's work is
// done. Anything that needs the StateEntered event first (a failure's
// "entered at the event id" prefix, any other event) records it then
// (flushEntered), so ids, links and timestamps are those of runState.
func (t *thread) runQuickState(st *state, input value.Value) (value.Value, int, *failure) {
	t.pendingInput, t.pending = input, true
	if t.aborted() {
		t.flushEntered()
		return nil, -1, &failure{fatal: true}
	}
	var r stepResult
	var f *failure
	switch {
	case !t.fitsPayload(input):
		f = fail(ErrDataLimitExceeded, fmt.Sprintf(causeDataLimitInputTemplate, st.name))
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
	exited := entry{kind: kindExited, st: st, v: r.output}
	if r.assigned != nil {
		exited.v = &exitedVars{output: r.output, assigned: r.assigned}
	}
	entered, recorded := t.recordPair(entry{prev: t.last, kind: kindEntered, st: st, v: input}, exited)
	switch recorded {
	case 0: // the history is full: runState stops at the entered event
		t.enteredID = t.last
		return nil, -1, &failure{fatal: true}
	case 1: // runState goes on and stops at the next state
		t.enteredID, t.last = entered, entered
	default:
		t.enteredID, t.last = entered, entered+1
	}
	t.assignVars(r.assigned)
	return r.output, r.next, nil
}

// flushEntered records the current state's pending StateEntered event
// (see runQuickState); it does nothing when none is pending.
func (t *thread) flushEntered() {
	if t.pending {
		t.pending = false
		t.enteredID = t.emitEntered(t.state, t.pendingInput)
		t.pendingInput = nil
	}
}

// recordPair appends a state's entered event and its exited event (whose
// prev is the entered event's id) with one lock, stamped with the
// current time. It returns the entered event's id and how many of the
// two were recorded; when the history fills up it ends the execution.
func (t *thread) recordPair(entered, exited entry) (int64, int) {
	h := t.ex.hist
	at := t.ex.clock.nowRef()
	h.mu.Lock()
	id, ok := h.push(at, entered)
	n := 0
	if ok {
		n = 1
		exited.prev = id
		if _, ok = h.push(at, exited); ok {
			n = 2
		}
	}
	h.mu.Unlock()
	if !ok {
		t.ex.halt(&Result{Status: Failed, Error: ErrRuntime,
			Cause: sprintf(causeHistoryLimitTemplate, t.ex.opts.MaxTransitions)})
	}
	return id, n
}
