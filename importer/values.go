package importer

import (
	"strconv"
	"strings"

	"github.com/stepwise-go/stepwise/jsontree"
)

// maxPayloadDepth is how deeply nested a payload is written as Go maps and
// slices; deeper payloads are written as json.RawMessage (the DSL's
// conversion stops at 200 levels).
const maxPayloadDepth = 100

// payload returns a payload template (Parameters, ResultSelector,
// ItemSelector, a JSONPath Assign) as Go: an object becomes a
// map[string]any in which each "key.$" member becomes key: sfn.Path(…)
// or an intrinsic function builder. An object Go maps cannot carry exactly
// (both "a" and "a.$", or a number Go cannot write) is written as
// json.RawMessage, which the DSL keeps as it is.
func (p *planner) payload(v *jsontree.Value) Expr { return p.value(v, dynamicMode, 0) }

// literal returns a value the DSL takes literally (Pass Result, Output,
// Arguments, Items): strings that are JSONata expressions become
// sfn.Expr(…).
func (p *planner) literal(v *jsontree.Value) Expr { return p.value(v, exprMode, 0) }

// plain returns a value the DSL takes literally in a JSONPath state (Pass
// Result): strings stay strings.
func (p *planner) plain(v *jsontree.Value) Expr { return p.value(v, plainMode, 0) }

// valueMode says how value writes strings and "key.$" members.
type valueMode uint8

const (
	dynamicMode valueMode = iota // "key.$" members are paths
	exprMode                     // "{% … %}" strings are sfn.Expr(…)
	plainMode                    // everything as it is
)

func (p *planner) value(v *jsontree.Value, mode valueMode, depth int) Expr {
	dynamic := mode == dynamicMode
	if v == nil {
		return Nil{}
	}
	if depth > maxPayloadDepth {
		return raw(v)
	}
	switch v.Kind {
	case jsontree.Null:
		return Nil{}
	case jsontree.Bool:
		return Bool{v.Bool}
	case jsontree.Number:
		if e, ok := number(v); ok {
			return e
		}
		return raw(v)
	case jsontree.String:
		if mode == exprMode {
			return exprString(v.Text)
		}
		return Str{v.Text}
	case jsontree.Array:
		s := Slice{}
		for _, it := range v.Items {
			s.Items = append(s.Items, p.value(it, mode, depth+1))
		}
		return s
	}
	m := Map{}
	seen := map[string]bool{}
	for _, mem := range v.Members {
		key, val := mem.Key, mem.Value
		var e Expr
		if k, ok := strings.CutSuffix(key, ".$"); ok && dynamic {
			if val == nil || val.Kind != jsontree.String {
				return raw(v)
			}
			key, e = k, p.dynamic(val.Text)
		} else {
			e = p.value(val, mode, depth+1)
			if _, isRaw := e.(Raw); isRaw && dynamic {
				return raw(v) // keep the whole object as written
			}
		}
		if seen[key] {
			return raw(v)
		}
		seen[key] = true
		m.Keys = append(m.Keys, key)
		m.Values = append(m.Values, e)
	}
	return m
}

// raw returns v as json.RawMessage text.
func raw(v *jsontree.Value) Raw {
	return Raw{string(jsontree.Compact.Append(nil, v, 0))}
}

// number returns a JSON number as a Go literal the DSL renders with the
// same value: an int when it is integral and fits, else a float64.
func number(v *jsontree.Value) (Expr, bool) {
	if n, ok := v.Int(); ok {
		return Int{n}, true
	}
	f, ok := v.Float()
	if !ok {
		return nil, false
	}
	text := strconv.FormatFloat(f, 'g', -1, 64)
	if !strings.ContainsAny(text, ".eEn") {
		text += ".0"
	}
	return Float{text}, true
}

// exprString returns s, as sfn.Expr(inner) when it is a JSONata
// expression written as Expr writes them ("{% " + inner + " %}").
func exprString(s string) Expr {
	if inner, ok := exprInner(s); ok {
		return fn("sfn", "Expr", Str{inner})
	}
	return Str{s}
}

// exprInner returns the expression of "{% inner %}" when sfn.Expr(inner)
// gives back exactly s.
func exprInner(s string) (string, bool) {
	if len(s) >= 6 && strings.HasPrefix(s, "{% ") && strings.HasSuffix(s, " %}") {
		return s[3 : len(s)-3], true
	}
	return "", false
}

// contextPaths name the context object's paths.
var contextPaths = map[string]string{
	"$$.Execution.Id": "ContextExecutionID", "$$.Execution.Input": "ContextExecutionInput",
	"$$.Execution.Name": "ContextExecutionName", "$$.Execution.RoleArn": "ContextExecutionRoleArn",
	"$$.Execution.StartTime": "ContextExecutionStartTime", "$$.Execution.RedriveCount": "ContextExecutionRedriveCount",
	"$$.State.Name": "ContextStateName", "$$.State.EnteredTime": "ContextStateEnteredTime",
	"$$.State.RetryCount": "ContextStateRetryCount", "$$.StateMachine.Id": "ContextStateMachineID",
	"$$.StateMachine.Name": "ContextStateMachineName", "$$.Task.Token": "ContextTaskToken",
	"$$.Map.Item.Index": "ContextMapItemIndex", "$$.Map.Item.Value": "ContextMapItemValue",
}

// dynamic returns the value of a "key.$" member: an intrinsic function
// builder when the call's text comes back exactly, a context path
// constant, or sfn.Path(s).
func (p *planner) dynamic(s string) Expr {
	if name, ok := contextPaths[s]; ok {
		return Const{"sfn", name}
	}
	if e := intrinsicCall(s); e != nil {
		return e
	}
	return Conv{"sfn", "Path", Str{s}}
}

// pathArg returns a path for a parameter of type sfn.Path: a plain string
// literal, or an intrinsic function builder's .Path() when s is a call the
// builder writes back exactly.
func pathArg(s string) Expr {
	if e := intrinsicCall(s); e != nil {
		return call(e, "Path")
	}
	return Str{s}
}
