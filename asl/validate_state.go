package asl

import (
	"strings"

	"github.com/stepwise-go/stepwise/jsontree"
)

// state checks one state of block g.
func (v *validator) state(s State, g *Graph, sc *scope) {
	b := s.Common()
	v.checkName(sc, b.Name)
	sc.lang = v.stateLanguage(sc, b)
	target := func(base Location, field, name string) { v.target(sc, g, base, field, name) }
	switch s := s.(type) {
	case *Pass:
		v.inputOutput(sc, &s.InputOutput)
		v.template(sc, "Parameters", s.Parameters)
		v.resultPath(sc, "ResultPath", s.ResultPath)
		v.jsonata(sc, &s.Jsonata)
		v.only(sc, JSONPath, "Parameters", s.Parameters != nil)
		v.only(sc, JSONPath, "ResultPath", s.ResultPath != nil)
		v.transition(sc, &s.Transition, target)
	case *Task:
		v.task(sc, s)
		v.transition(sc, &s.Transition, target)
		v.errorHandling(sc, &s.ErrorHandling, target)
	case *Choice:
		v.choice(sc, s, target)
	case *Wait:
		v.wait(sc, s)
		v.transition(sc, &s.Transition, target)
	case *Succeed:
		v.inputOutput(sc, &s.InputOutput)
		v.expressionField(sc, "Output", s.Output)
		v.only(sc, JSONata, "Output", s.Output != nil)
	case *Fail:
		v.fail(sc, s)
	case *Parallel:
		v.parallel(sc, s)
		v.transition(sc, &s.Transition, target)
		v.errorHandling(sc, &s.ErrorHandling, target)
	case *Map:
		v.mapState(sc, s)
		v.transition(sc, &s.Transition, target)
		v.errorHandling(sc, &s.ErrorHandling, target)
	}
}

// stateLanguage returns the state's effective query language and reports a
// JSONPath state inside a JSONata machine.
// A state without QueryLanguage uses the machine's, also inside a
// Parallel or Map that sets its own: AWS takes the default from the
// top-level field only.
func (v *validator) stateLanguage(sc *scope, b *Base) QueryLanguage {
	switch b.QueryLanguage {
	case "":
		return v.lang
	case JSONPath:
		if v.lang == JSONata {
			v.add(sc, sc.at.At("QueryLanguage"), CodeQueryLanguageMix,
				"a state cannot use JSONPath when the machine uses JSONata")
		}
		return JSONPath
	case JSONata:
		return JSONata
	}
	v.add(sc, sc.at.At("QueryLanguage"), CodeInvalidValue, "QueryLanguage must be %q or %q, not %q", JSONPath, JSONata, b.QueryLanguage)
	return v.lang
}

// transition checks Next xor End and that Next exists.
func (v *validator) transition(sc *scope, t *Transition, target func(base Location, field, name string)) {
	switch {
	case t.Next != "" && t.IsEnd():
		v.add(sc, sc.at.At("End"), CodeNextAndEnd, "a state has either Next or \"End\": true, not both")
	case t.Next != "" && t.End != nil:
		// AWS's language service rejects End beside Next whatever its
		// value (its schema makes Next and End exclusive).
		v.add(sc, sc.at.At("End"), CodeNextAndEnd, "\"End\": false beside Next is refused: a state has either Next or \"End\": true; leave End out")
	case t.Next == "" && !t.IsEnd():
		v.add(sc, sc.at, CodeMissingTransition, "the state needs Next or \"End\": true")
	}
	if t.Next != "" {
		target(sc.at, "Next", t.Next)
	}
}

func (v *validator) inputOutput(sc *scope, io *InputOutput) {
	v.nullablePath(sc, "InputPath", io.InputPath)
	v.nullablePath(sc, "OutputPath", io.OutputPath)
	v.only(sc, JSONPath, "InputPath", io.InputPath != nil)
	v.only(sc, JSONPath, "OutputPath", io.OutputPath != nil)
}

func (v *validator) jsonata(sc *scope, j *Jsonata) {
	v.expressionField(sc, "Output", j.Output)
	v.assign(sc, "Assign", j.Assign)
	v.only(sc, JSONata, "Output", j.Output != nil)
}

func (v *validator) task(sc *scope, s *Task) {
	at := sc.at
	switch {
	case s.Resource == "":
		v.add(sc, at, CodeMissingResource, "a Task needs a Resource (an activity or service integration ARN)")
	default:
		v.resource(sc, "Resource", s.Resource)
		v.integration(sc, s.Resource)
	}
	v.inputOutput(sc, &s.InputOutput)
	v.template(sc, "Parameters", s.Parameters)
	v.arguments(sc, s.Arguments)
	v.results(sc, &s.Results)
	v.jsonata(sc, &s.Jsonata)
	v.only(sc, JSONPath, "Parameters", s.Parameters != nil)
	v.only(sc, JSONata, "Arguments", s.Arguments != nil)
	v.credentials(sc, "Credentials", s.Credentials)
	v.exclusive(sc, "TimeoutSeconds", s.TimeoutSeconds != nil, "TimeoutSecondsPath", s.TimeoutSecondsPath != nil)
	v.exclusive(sc, "HeartbeatSeconds", s.HeartbeatSeconds != nil, "HeartbeatSecondsPath", s.HeartbeatSecondsPath != nil)
	if at, n, ok := v.intOrExpr(sc, "TimeoutSeconds", s.TimeoutSeconds); ok {
		v.timeoutRange(sc, at, n)
	}
	if at, n, ok := v.intOrExpr(sc, "HeartbeatSeconds", s.HeartbeatSeconds); ok {
		v.timeoutRange(sc, at, n)
	}
	v.referencePath(sc, "TimeoutSecondsPath", s.TimeoutSecondsPath)
	v.referencePath(sc, "HeartbeatSecondsPath", s.HeartbeatSecondsPath)
	v.only(sc, JSONPath, "TimeoutSecondsPath", s.TimeoutSecondsPath != nil)
	v.only(sc, JSONPath, "HeartbeatSecondsPath", s.HeartbeatSecondsPath != nil)
	t, h := s.TimeoutSeconds, s.HeartbeatSeconds
	if t != nil && h != nil && !t.IsExpr() && !h.IsExpr() && h.Int >= t.Int {
		v.add(sc, at.At("HeartbeatSeconds"), CodeHeartbeatTimeout, "HeartbeatSeconds (%d) must be smaller than TimeoutSeconds (%d)", h.Int, t.Int)
	}
}

func (v *validator) wait(sc *scope, s *Wait) {
	at := sc.at
	n := 0
	for _, set := range []bool{s.Seconds != nil, s.Timestamp != nil, s.SecondsPath != nil, s.TimestampPath != nil} {
		if set {
			n++
		}
	}
	if n != 1 {
		v.add(sc, at, CodeWaitTime, "a Wait needs exactly one of Seconds, Timestamp, SecondsPath, TimestampPath; it has %d", n)
	}
	if at, n, ok := v.intOrExpr(sc, "Seconds", s.Seconds); ok && n < 0 {
		v.add(sc, at, CodeInvalidValue, "Seconds must not be negative")
	} else if ok && n > MaxTimeoutSeconds {
		// AWS's language service (amazon-states-language-service) caps
		// Seconds at 99999999, as it does TimeoutSeconds.
		v.add(sc, at, CodeInvalidValue, "Seconds must be at most %d, not %d", MaxTimeoutSeconds, n)
	}
	if s.Timestamp != nil {
		if isExpression(*s.Timestamp) && sc.lang == JSONata {
			v.expression(sc, at.At("Timestamp"), *s.Timestamp)
		} else {
			v.timestamp(sc, at.At("Timestamp"), *s.Timestamp)
		}
	}
	v.referencePath(sc, "SecondsPath", s.SecondsPath)
	v.referencePath(sc, "TimestampPath", s.TimestampPath)
	v.only(sc, JSONPath, "SecondsPath", s.SecondsPath != nil)
	v.only(sc, JSONPath, "TimestampPath", s.TimestampPath != nil)
	v.inputOutput(sc, &s.InputOutput)
	v.jsonata(sc, &s.Jsonata)
}

func (v *validator) fail(sc *scope, s *Fail) {
	v.exclusive(sc, "Error", s.Error != nil, "ErrorPath", s.ErrorPath != nil)
	v.exclusive(sc, "Cause", s.Cause != nil, "CausePath", s.CausePath != nil)
	v.failPath(sc, "ErrorPath", s.ErrorPath)
	v.failPath(sc, "CausePath", s.CausePath)
	v.only(sc, JSONPath, "ErrorPath", s.ErrorPath != nil)
	v.only(sc, JSONPath, "CausePath", s.CausePath != nil)
	v.optionalExpression(sc, "Error", s.Error)
	v.optionalExpression(sc, "Cause", s.Cause)
}

func (v *validator) parallel(sc *scope, s *Parallel) {
	at := sc.at
	v.inputOutput(sc, &s.InputOutput)
	v.template(sc, "Parameters", s.Parameters)
	v.arguments(sc, s.Arguments)
	v.results(sc, &s.Results)
	v.jsonata(sc, &s.Jsonata)
	v.only(sc, JSONPath, "Parameters", s.Parameters != nil)
	v.only(sc, JSONata, "Arguments", s.Arguments != nil)
	if len(s.Branches) == 0 {
		v.add(sc, at.At("Branches"), CodeParallelNoBranches, "a Parallel needs at least one branch")
	}
	for i, g := range s.Branches {
		v.graph(g, at.At("Branches").Index(i), sc.block())
	}
}

func (v *validator) results(sc *scope, r *Results) {
	v.template(sc, "ResultSelector", r.ResultSelector)
	v.resultPath(sc, "ResultPath", r.ResultPath)
	v.only(sc, JSONPath, "ResultSelector", r.ResultSelector != nil)
	v.only(sc, JSONPath, "ResultPath", r.ResultPath != nil)
}

// exclusive reports two mutually exclusive fields that are both present.
func (v *validator) exclusive(sc *scope, a string, hasA bool, b string, hasB bool) {
	if hasA && hasB {
		v.add(sc, sc.at.At(b), CodeExclusiveFields, "a state may have only one of %s and %s", a, b)
	}
}

// MaxTimeoutSeconds is the largest TimeoutSeconds or HeartbeatSeconds AWS
// accepts.
const MaxTimeoutSeconds = 99999999

func (v *validator) timeoutRange(sc *scope, at Location, n int64) {
	if n < 1 || n > MaxTimeoutSeconds {
		v.add(sc, at, CodeTimeout, "must be a positive integer no larger than %d, not %d", MaxTimeoutSeconds, n)
	}
}

// intOrExpr checks an expression in an integer-or-expression field
// (JSONata only) and returns the field's location and integer, with ok
// set, when it holds an integer for the caller to check.
func (v *validator) intOrExpr(sc *scope, field string, f *IntOrExpr) (at Location, n int64, ok bool) {
	if f == nil {
		return Location{}, 0, false
	}
	at = sc.at.At(field)
	switch {
	case f.IsExpr() && sc.lang == JSONata:
		v.expression(sc, at, f.Expr)
	case f.IsExpr():
		v.add(sc, at, CodeWrongType, "must be an integer; expressions are only allowed in JSONata states")
	default:
		return at, f.Int, true
	}
	return at, 0, false
}

// arguments checks a JSONata Arguments: an object (or array) whose
// strings may hold expressions, or one whole {% %} expression. A plain
// string is neither; AWS's language service rejects it (the AWS guide,
// "Transforming data with JSONata", shows Arguments as an object or a
// single expression).
func (v *validator) arguments(sc *scope, args *jsontree.Value) {
	v.expressionField(sc, "Arguments", args)
	if args != nil && sc.lang == JSONata && args.Kind == jsontree.String && !isExpression(args.Text) && !strings.HasSuffix(args.Text, "%}") {
		v.add(sc, sc.at.At("Arguments"), CodeInvalidExpression, "Arguments %s is a plain string: give an object, or a JSONata expression written \"{%% … %%}\"", excerpt(args.Text))
	}
}
