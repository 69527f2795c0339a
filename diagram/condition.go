package diagram

import (
	"strings"
	"unicode/utf8"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/jsontree"
)

// MaxExpression is how many characters of a JSONata condition a diagram
// shows; longer ones are cut with "…".
const MaxExpression = 40

// maxCondition bounds the text of a JSONPath condition (a rule can combine
// any number of comparisons); longer text is cut with "…".
const maxCondition = 200

// Condition returns a Choice rule's test in readable form:
//
//	$.status == "FAILED"
//	$.total > 1000 and $.total is present
//	not ($.x is null)
//	$.a == $.b                  (the …Path operators compare two paths)
//	$.t matches "log-*"
//	$states.input.n > 3         (JSONata: the expression without {% %}, cut to 40 characters)
//
// Strings are JSON-quoted; And/Or inside another combination are
// parenthesized. A rule without an operator reads "(no condition)".
func Condition(r *asl.ChoiceRule) string {
	if r == nil {
		return "(no condition)"
	}
	if r.Condition != nil {
		return Expression(*r.Condition)
	}
	return shorten(condition(r, 0, false), maxCondition)
}

// Expression returns a JSONata expression for display: without its
// {% %} wrapper and surrounding space, runs of white space as one space, cut
// to MaxExpression characters with "…".
func Expression(s string) string {
	t := strings.TrimSpace(s)
	if strings.HasPrefix(t, "{%") && strings.HasSuffix(t, "%}") && len(t) >= 4 {
		t = t[2 : len(t)-2]
	}
	return shorten(strings.Join(strings.Fields(t), " "), MaxExpression)
}

// maxRuleDepth bounds how deeply nested rules are spelled out.
const maxRuleDepth = 50

func condition(r *asl.ChoiceRule, depth int, nested bool) string {
	if depth > maxRuleDepth {
		return "…"
	}
	if r.Condition != nil {
		return Expression(*r.Condition)
	}
	variable := ""
	if r.Variable != nil {
		variable = *r.Variable
	}
	var parts []string
	for _, op := range r.Operators {
		parts = append(parts, operator(variable, op, depth, nested || len(r.Operators) > 1))
	}
	if len(parts) == 0 {
		return "(no condition)"
	}
	return strings.Join(parts, " and ")
}

// operator renders one operator of a rule.
func operator(variable string, op asl.Operator, depth int, nested bool) string {
	switch op.Name {
	case asl.OpAnd, asl.OpOr:
		word := " and "
		if op.Name == asl.OpOr {
			word = " or "
		}
		var parts []string
		for _, sub := range op.Rules {
			if sub != nil {
				parts = append(parts, condition(sub, depth+1, true))
			}
		}
		s := strings.Join(parts, word)
		if nested && len(parts) > 1 {
			s = "(" + s + ")"
		}
		return s
	case asl.OpNot:
		inner := "(no condition)"
		if len(op.Rules) > 0 && op.Rules[0] != nil {
			inner = condition(op.Rules[0], depth+1, false)
		}
		return "not (" + inner + ")"
	}
	return comparison(variable, op.Name, op.Value)
}

// testWords are the type tests: "IsNull": true reads "is null", false
// "is not null".
var testWords = map[string]string{
	"IsNull": "null", "IsPresent": "present", "IsNumeric": "numeric",
	"IsString": "a string", "IsBoolean": "a boolean", "IsTimestamp": "a timestamp",
}

// comparison renders a comparison operator applied to variable.
func comparison(variable, name string, v *jsontree.Value) string {
	if word, ok := testWords[name]; ok {
		if v != nil && v.Kind == jsontree.Bool && !v.Bool {
			return variable + " is not " + word
		}
		return variable + " is " + word
	}
	if name == "StringMatches" {
		return variable + " matches " + operand(v, false)
	}
	path := strings.HasSuffix(name, "Path")
	base := strings.TrimSuffix(name, "Path")
	sym := "?"
	for _, c := range []struct{ suffix, sym string }{
		{"GreaterThanEquals", ">="}, {"LessThanEquals", "<="},
		{"GreaterThan", ">"}, {"LessThan", "<"}, {"Equals", "=="},
	} {
		if strings.HasSuffix(base, c.suffix) {
			sym = c.sym
			break
		}
	}
	return variable + " " + sym + " " + operand(v, path)
}

// operand renders a comparison's value: a path as it is, anything else as
// compact JSON.
func operand(v *jsontree.Value, path bool) string {
	if v == nil {
		return "null"
	}
	if path && v.Kind == jsontree.String {
		return v.Text
	}
	return string(jsontree.Compact.Append(nil, v, 0))
}

// shorten cuts s to at most n characters, the last of them "…".
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
