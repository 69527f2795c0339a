package runtime

import (
	"errors"
	"fmt"
	"strings"

	"github.com/stepwise-go/stepwise/value"
)

// stepResult is what running a state's own logic gives: the state output
// (before StateExited), the next state (-1: the block ends) and the
// variables to assign.
type stepResult struct {
	output   value.Value
	next     int
	assigned *value.Object // nil when the state assigns nothing
}

// runState runs one state: StateEntered, the state's work with Retry and
// Catch, StateExited.
func (t *thread) runState(st *state, input value.Value) (value.Value, int, *failure) {
	if !t.flushPairs() {
		return nil, -1, &failure{fatal: true}
	}
	t.state = st
	t.retryCount = 0
	t.enteredPrev = t.last
	t.enteredAt = t.ex.clock.nowRef()
	t.enteredID = t.emitEntered(st, input)
	if t.aborted() {
		return nil, -1, &failure{fatal: true}
	}
	var r stepResult
	var f *failure
	if !t.fitsPayload(input) {
		f = fail(ErrDataLimitExceeded, fmt.Sprintf(causeDataLimitInputTemplate, st.name))
	} else {
		switch st.typ {
		case "Pass":
			r, f = t.runPass(st, input)
		case "Task", "Parallel", "Map":
			r, f = t.runHandled(st, input)
		case "Choice":
			r, f = t.runChoice(st, input)
		case "Wait":
			r, f = t.runWait(st, input)
		case "Succeed":
			r, f = t.runSucceed(st, input)
		case "Fail":
			return nil, -1, t.runFail(st, input)
		}
	}
	if f != nil {
		t.logEvaluation(f)
		return nil, -1, f
	}
	t.exit(st, r)
	return r.output, r.next, nil
}

// fitsPayload reports whether v's JSON text fits the 256 KiB payload
// limit. Values are immutable, so the object that fitted last time (a
// state's output is mostly the next state's input) is not measured again.
func (t *thread) fitsPayload(v value.Value) bool {
	if o, ok := v.(*value.Object); ok && o == t.fits {
		return true // inlined
	}
	return t.measurePayload(v)
}

// measurePayload is fitsPayload for a value it has not seen fit.
func (t *thread) measurePayload(v value.Value) bool {
	o, isObject := v.(*value.Object)
	switch x := v.(type) {
	case *value.Object:
		if o == t.fits {
			return true
		}
	case float64, bool, nil:
		return true // a number's JSON text is at most 24 bytes
	case string:
		if len(x) <= (maxPayloadBytes-2)/6 { // "\u001f" is the longest escape
			return true
		}
	}
	if value.EncodedLen(v) > maxPayloadBytes {
		return false
	}
	if isObject {
		t.fits = o
	}
	return true
}

// logEvaluation records EvaluationFailed for a JSONata failure, once.
func (t *thread) logEvaluation(f *failure) {
	if !f.evaluation || f.logged {
		return
	}
	f.logged = true
	prev := t.enteredPrev
	if f.afterEntered {
		prev = t.enteredID
	}
	t.last = t.emitFrom("EvaluationFailed", prev, evaluationDetails(f, t.state.name))
}

// exit records StateExited and applies the assigned variables.
func (t *thread) exit(st *state, r stepResult) {
	t.emitExited(st, r.output, r.assigned)
	t.assignVars(r.assigned)
}

// assignVars stores assigned variables in this thread's scope.
func (t *thread) assignVars(a *value.Object) {
	if a != nil {
		t.storeVars(a)
	}
}

// storeVars is assignVars for a state that assigned variables.
func (t *thread) storeVars(a *value.Object) {
	if t.sharedVars {
		t.vars, t.sharedVars = t.vars.child(), false
	}
	if t.vars.vars == nil {
		t.vars.vars = make(map[string]value.Value, a.Len())
	}
	for i := 0; i < a.Len(); i++ {
		k, v := a.At(i)
		t.vars.vars[k] = v
	}
}

func evaluationDetails(f *failure, state string) *value.Object {
	var loc value.Value
	if f.location != "" {
		loc = f.location
	}
	return details("cause", f.Cause, "error", f.Error, "location", loc, "state", state)
}

// env returns the evaluation environment of the current state for a
// JSONPath template over input.
func (t *thread) env(input value.Value) *evalEnv {
	return &evalEnv{t: t, input: input}
}

// statesEnv returns the environment of a JSONata template: $states with
// input, context and, when given, result and errorOutput.
func (t *thread) statesEnv(input, result, errorOutput value.Value) *evalEnv {
	return &evalEnv{t: t, input: input, result: result, errorOutput: errorOutput}
}

// readPath evaluates a path against the input, the context object or a
// variable.
func (t *thread) readPath(p *pathRef, input value.Value) (value.Value, bool, error) {
	var root value.Value
	switch {
	case strings.HasPrefix(p.raw, "$$"):
		root = t.contextObject()
	case p.path.Variable != "":
		v, ok := t.vars.get(p.path.Variable)
		if !ok {
			return nil, false, nil
		}
		root = v
	default:
		root = input
	}
	return evalPath(p.path, root)
}

// evalJSONata evaluates an expression of the current state; a failure is
// a States.QueryEvaluationError logged as EvaluationFailed.
func (t *thread) evalJSONata(p *jsonataProgram, field string, env *evalEnv) (value.Value, *failure) {
	if t.jsonata == nil {
		// One environment per thread: its Vars reads t.jsonataScope, the
		// template being evaluated, so no evaluation allocates one.
		t.jsonata = &jsonataEnv{Context: t.ctx(), Now: t.ex.now, Random: t.ex.random, Timeout: t.ex.expressionTimeout(),
			Vars: func(name string) (value.Value, bool) {
				if name == "states" {
					return t.jsonataScope.statesValue(), true
				}
				return t.vars.get(name)
			}}
	}
	// The expression reads a copy of env owned by the thread, so that env
	// itself stays on its caller's stack; $states, when built, goes back
	// to env for the state's next expression.
	t.jsonataScope = *env
	jenv := t.jsonata
	v, err := p.eval(env.input, jenv)
	env.states = t.jsonataScope.states
	t.jsonataScope = evalEnv{}
	src := strings.TrimSpace(p.src)
	if errors.Is(err, errFunctionResult) {
		return nil, t.evalFailure(field, fmt.Sprintf("The JSONata expression '%s' specified for the field '%s' returned an unsupported result type.", src, field))
	}
	if err != nil {
		msg := err.Error()
		return nil, t.evalFailure(field, fmt.Sprintf("The JSONata expression '%s' specified for the field '%s' threw an error during evaluation. %s", src, field, msg))
	}
	if v == nil {
		return nil, t.evalFailure(field, fmt.Sprintf("The JSONata expression '%s' specified for the field '%s' returned nothing (undefined).", src, field))
	}
	return v, nil
}

// evalFailure is a States.QueryEvaluationError in the current state.
func (t *thread) evalFailure(field, msg string) *failure {
	f := fail(ErrQueryEvaluation, t.prefix()+msg)
	f.evaluation = true
	f.location = field
	return f
}
