package runtime

import (
	"context"
	"fmt"
	"time"

	"github.com/stepwise-go/stepwise/value"
)

// thread runs one block of states: the top level, a Parallel branch or a
// Map iteration. Children of a Parallel or Map get threads of their own.
type thread struct {
	ex   *Execution
	cx   context.Context // ends when the execution, or the parent Map/Parallel attempt, stops
	vars *scope
	// sharedVars says vars is the parent's scope, read through until the
	// thread assigns a variable of its own (see assignVars).
	sharedVars bool
	// last is the id of this thread's newest event, the previousEventId of
	// its next one.
	last int64
	// enteredID and enteredPrev are the id and previousEventId of the
	// current state's StateEntered event (-1 before the first state).
	enteredID, enteredPrev int64
	state                  *state
	enteredAt              *time.Time
	// mapItem is $$.Map.Item while an ItemSelector is evaluated.
	mapItem *value.Object
	// retryCount is $$.State.RetryCount in a Task.
	retryCount int
	// token is $$.Task.Token while a task that waits for one runs.
	token string
	// jsonata is this thread's JSONata environment, made on first use;
	// jsonataScope is the template environment it currently reads.
	jsonata      *jsonataEnv
	jsonataScope evalEnv
	// pending says the current state's StateEntered event, with input
	// pendingInput, is not recorded yet (see runQuickState).
	pending      bool
	pendingInput value.Value
	// batch holds the event pairs of the quick states run since the
	// thread last recorded (see runQuickState); nbatch counts them. It is
	// empty whenever the thread is outside runGraph or records anything
	// else.
	batch  [quickBatch]quickPair
	nbatch int
	// fits is the object that last passed the payload size check
	// (fitsPayload).
	fits *value.Object
	// intrinsics is this thread's intrinsic environment, made on first
	// use and refilled for every call.
	intrinsics *intrinsicEnv
	// ctxKey and ctxCache hold the context object last built for this
	// thread (see contextObject).
	ctxKey   contextKey
	ctxCache value.Value
	// started is set once a Map or Parallel attempt has logged its
	// …StateStarted event.
	started bool
}

// scope holds the variables of a thread; reads fall back to the enclosing
// scope (a branch reads its Parallel's variables), writes stay local.
type scope struct {
	vars   map[string]value.Value
	parent *scope
}

// get reads a variable.
func (s *scope) get(name string) (value.Value, bool) {
	for ; s != nil; s = s.parent {
		if v, ok := s.vars[name]; ok {
			return v, true
		}
	}
	return nil, false
}

// child returns a fresh scope for a branch or iteration.
func (s *scope) child() *scope { return &scope{parent: s} }

// emit records an event after this thread's last one. When the history is
// full it ends the execution.
func (t *thread) emit(typ string, d *value.Object) int64 {
	t.flushPairs()
	return t.advance(t.record(entry{prev: t.last, v: &otherEvent{typ: typ, details: d}}))
}

// emitFrom records an event with a given previousEventId, leaving last.
func (t *thread) emitFrom(typ string, prev int64, d *value.Object) int64 {
	id, _ := t.record(entry{prev: prev, v: &otherEvent{typ: typ, details: d}})
	return id
}

// emitEntered records st's StateEntered event with its input after this
// thread's last event.
func (t *thread) emitEntered(st *state, input value.Value) int64 {
	t.flushPairs()
	return t.advance(t.record(entry{prev: t.last, kind: kindEntered, st: st, v: input}))
}

// emitExited records st's StateExited event with its output and the
// variables it assigned (nil: none) after this thread's last event.
func (t *thread) emitExited(st *state, output value.Value, assigned *value.Object) int64 {
	t.flushPairs()
	v := output
	if assigned != nil {
		v = &exitedVars{output: output, assigned: assigned}
	}
	return t.advance(t.record(entry{prev: t.last, kind: kindExited, st: st, v: v}))
}

// emitIteration records a MapIteration* event (kind) of the Map state st
// for item index after event prev; with advance it becomes the thread's
// last event.
func (t *thread) emitIteration(kind recordKind, st *state, index int, prev int64, advance bool) int64 {
	id, ok := t.record(entry{prev: prev, kind: kind, st: st, index: index})
	if advance {
		return t.advance(id, ok)
	}
	return id
}

// record appends e, stamped with the current time. When the history is
// full it ends the execution and returns ok false.
func (t *thread) record(e entry) (id int64, ok bool) {
	if t.pending && e.kind != kindEntered {
		t.flushEntered() // (no caller records while a state is pending)
	}
	if id, ok = t.ex.hist.addEntry(t.ex.clock.nowRef(), e); !ok {
		t.ex.halt(&Result{Status: Failed, Error: ErrRuntime,
			Cause: sprintf(causeHistoryLimitTemplate, t.ex.opts.MaxTransitions)})
	}
	return id, ok
}

// advance makes a recorded event the thread's last one.
func (t *thread) advance(id int64, ok bool) int64 {
	if ok {
		t.last = id
	}
	return t.last
}

// aborted reports whether the execution is being stopped.
func (t *thread) aborted() bool { return t.cx.Err() != nil }

// ctx is the thread's context.
func (t *thread) ctx() context.Context { return t.cx }

var sprintf = fmt.Sprintf

// runtimeFailure is a States.Runtime failure in the current state, with
// AWS's "An error occurred while executing the state …" prefix.
func (t *thread) runtimeFailure(msg string) *failure {
	return fail(ErrRuntime, t.prefix()+msg)
}

func (t *thread) prefix() string {
	if t.state == nil {
		return ""
	}
	t.flushEntered()
	return statePrefix(t.state.name, t.enteredID)
}

// runGraph runs a block from its start state with input and returns its
// output. first, when set, is the previousEventId of the first
// StateEntered (otherwise t.last).
func (t *thread) runGraph(g *graph, input value.Value, _ *int64) (value.Value, *failure) {
	out, f := t.runStates(g, input)
	if !t.flushPairs() && f == nil {
		return nil, &failure{fatal: true}
	}
	return out, f
}

// runStates runs the states of a block; see runGraph.
func (t *thread) runStates(g *graph, input value.Value) (value.Value, *failure) {
	idx := g.start
	for {
		if t.aborted() {
			return nil, &failure{fatal: true}
		}
		st := g.states[idx]
		var out value.Value
		var next int
		var f *failure
		if st.quick && t.ex.test == nil {
			out, next, f = t.runQuickState(st, input)
		} else {
			out, next, f = t.runState(st, input)
		}
		if f != nil {
			return nil, f
		}
		if next < 0 {
			return out, nil
		}
		idx, input = next, out
	}
}
