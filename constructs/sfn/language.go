package sfn

import (
	"strings"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/jsontree"
)

// QueryLanguage is how a state selects and transforms data: JSONPath (the
// default: InputPath, Parameters, ResultSelector, ResultPath, OutputPath)
// or JSONata (Arguments and Output with {% … %} expressions). It is the
// model's type, so a DSL value goes into the model as it is.
type QueryLanguage = asl.QueryLanguage

// The query languages.
const (
	JSONPath = asl.JSONPath
	JSONata  = asl.JSONata
)

// Expr wraps a JSONata expression in the {% … %} that marks it in ASL:
// Expr("$states.input.count + 1") is "{% $states.input.count + 1 %}". Use
// it wherever a JSONata state takes a value (Output, Arguments, Assign,
// Items, Condition, expression-valued times).
func Expr(expression string) string { return "{% " + expression + " %}" }

// checkExpr reports whether expr is a JSONata expression written as
// "{% … %}" with something inside; if not, it records a problem at field
// for the setter and returns false.
func checkExpr(ps *problems, field, setter, expr string) bool {
	inner, ok := strings.CutPrefix(expr, "{%")
	if inner, ok2 := strings.CutSuffix(inner, "%}"); ok && ok2 && strings.TrimSpace(inner) != "" {
		return true
	}
	ps.add([]any{field}, msgNotExpr, setter, expr)
	return false
}

// jsonataFields holds Output and Assign, which JSONata states (and, for
// Assign, JSONPath states too) may have.
type jsonataFields struct {
	output *jsontree.Value
	assign dualValue
}

// model returns the fields for the state s, built at at: Assign in the
// form of s's effective language.
func (j *jsonataFields) model(s *base, at site) asl.Jsonata {
	return asl.Jsonata{Output: j.output, Assign: j.assign.pick(at.b.languageOf(s), at)}
}

// setOutput converts an Output value: any JSON, taken literally (strings
// that are {% … %} expressions are evaluated by Step Functions).
func (j *jsonataFields) setOutput(b *base, value any) {
	j.output = payload(b, "Output", value, jsonataMode, false)
}

// setAssign converts an Assign value: an object of variable names. In
// JSONPath states a Path value becomes a "name.$" key; in JSONata states
// values are literals or {% … %} expressions.
func (j *jsonataFields) setAssign(b *base, variables any) {
	j.assign = dualPayload(&b.probs, "Assign", variables, true)
}

// setLanguage records a state's QueryLanguage.
func (b *base) setLanguage(lang QueryLanguage) {
	b.queryLanguage = lang
}

// languageOf returns the effective query language of a state: its own, or
// the machine's (nested branches and processors do not pass theirs on).
func (b *builder) languageOf(s *base) QueryLanguage {
	return s.queryLanguage.Or(b.machine.language())
}

// languageInput is a payload given in both languages' forms, for builders
// (such as service integrations) that do not know where the state will be
// used: Build picks Parameters or Arguments by the state's effective
// language.
type languageInput struct {
	jsonPath *jsontree.Value
	jsonata  *jsontree.Value
	probs    problems // the JSONata form's, reported only when it is used
}

// deferredPayload converts x for the JSONata field field and returns the
// problems instead of recording them on the state.
func deferredPayload(field string, x any) (*jsontree.Value, problems) {
	v, issues := convertPayload(x, jsonataMode)
	var ps problems
	for _, is := range issues {
		ps.add(append([]any{field}, is.where...), "%s", is.msg)
	}
	return v, ps
}

// pick returns Parameters and Arguments for a state of language lang: the
// form for that language replaces what the state set directly for it.
// The JSONata form's problems are reported at at when it is used.
func (in *languageInput) pick(lang QueryLanguage, at site, params, args *jsontree.Value) (*jsontree.Value, *jsontree.Value) {
	if lang == JSONata {
		if in.jsonata != nil {
			args = in.jsonata
			if len(in.probs) > 0 {
				at.b.report(at.loc(), in.probs)
			}
		}
		return params, args
	}
	if in.jsonPath != nil {
		params = in.jsonPath
	}
	return params, args
}
