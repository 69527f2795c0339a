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
	assign *jsontree.Value
}

func (j *jsonataFields) model() asl.Jsonata {
	return asl.Jsonata{Output: j.output, Assign: j.assign}
}

// setOutput converts an Output value: any JSON, taken literally (strings
// that are {% … %} expressions are evaluated by Step Functions).
func (j *jsonataFields) setOutput(b *base, value any) {
	j.output = payload(b, "Output", value, true, false)
}

// setAssign converts an Assign value: an object of variable names. In
// JSONPath states a Path value becomes a "name.$" key; in JSONata states
// values are literals or {% … %} expressions.
func (j *jsonataFields) setAssign(b *base, variables any) {
	j.assign = payload(b, "Assign", variables, false, true)
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
}

// pick returns Parameters and Arguments for a state of language lang: the
// form for that language replaces what the state set directly for it.
func (in *languageInput) pick(lang QueryLanguage, params, args *jsontree.Value) (*jsontree.Value, *jsontree.Value) {
	if lang == JSONata {
		if in.jsonata != nil {
			args = in.jsonata
		}
		return params, args
	}
	if in.jsonPath != nil {
		params = in.jsonPath
	}
	return params, args
}
