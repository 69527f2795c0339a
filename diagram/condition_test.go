package diagram_test

import (
	"strings"
	"testing"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/diagram"
)

func TestCondition(t *testing.T) {
	cases := []struct{ rule, want string }{
		{`{"Variable": "$.status", "StringEquals": "FAILED"}`, `$.status == "FAILED"`},
		{`{"And": [{"Variable": "$.total", "NumericGreaterThan": 1000}, {"Variable": "$.total", "IsPresent": true}]}`,
			`$.total > 1000 and $.total is present`},
		{`{"Not": {"Variable": "$.x", "IsNull": true}}`, `not ($.x is null)`},
		{`{"Variable": "$.x", "IsNull": false}`, `$.x is not null`},
		{`{"Variable": "$.a", "StringEqualsPath": "$.b"}`, `$.a == $.b`},
		{`{"Variable": "$.a", "NumericLessThanEqualsPath": "$.b"}`, `$.a <= $.b`},
		{`{"Variable": "$.t", "StringMatches": "log-*"}`, `$.t matches "log-*"`},
		{`{"Variable": "$.n", "NumericGreaterThanEquals": 2.50}`, `$.n >= 2.50`},
		{`{"Variable": "$.when", "TimestampLessThan": "2016-03-14T01:59:00Z"}`, `$.when < "2016-03-14T01:59:00Z"`},
		{`{"Variable": "$.ok", "BooleanEquals": true}`, `$.ok == true`},
		{`{"Variable": "$.s", "StringGreaterThan": "say \"hi\""}`, `$.s > "say \"hi\""`},
		{`{"Variable": "$.v", "IsTimestamp": true}`, `$.v is a timestamp`},
		{`{"Or": [{"And": [{"Variable": "$.a", "IsString": true}, {"Variable": "$.b", "IsNumeric": false}]}, {"Variable": "$.c", "IsBoolean": true}]}`,
			`($.a is a string and $.b is not numeric) or $.c is a boolean`},
		{`{"Condition": "{% $states.input.count % 2 = 1 %}"}`, `$states.input.count % 2 = 1`},
		{`{"Condition": "{%   $states.input.order.total > 1000 and $states.input.order.country != 'AQ' %}"}`,
			`$states.input.order.total > 1000 and $s…`},
		{`{}`, `(no condition)`},
	}
	for _, tc := range cases {
		r := parseRule(t, tc.rule)
		if got := diagram.Condition(r); got != tc.want {
			t.Errorf("Condition(%s)\n got %s\nwant %s", tc.rule, got, tc.want)
		}
	}
	if got := diagram.Condition(nil); got != "(no condition)" {
		t.Errorf("Condition(nil) = %q", got)
	}
}

// parseRule reads one Choice rule through the ASL parser.
func parseRule(t *testing.T, rule string) *asl.ChoiceRule {
	t.Helper()
	rule = strings.TrimSuffix(rule, "}")
	if rule != "{" {
		rule += ", "
	}
	doc := `{"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [` + rule + `"Next": "D"}], "Default": "D"}, "D": {"Type": "Succeed"}}}`
	m, _ := asl.Parse([]byte(doc))
	if m == nil || len(m.States) == 0 {
		t.Fatalf("cannot parse %s", doc)
	}
	return m.States[0].(*asl.Choice).Choices[0]
}

func TestExpression(t *testing.T) {
	for in, want := range map[string]string{
		"{% $x %}":             "$x",
		"{%$x%}":               "$x",
		"  {% a\n\t and b %} ": "a and b",
		"no wrapper":           "no wrapper",
		"{%%}":                 "",
	} {
		if got := diagram.Expression(in); got != want {
			t.Errorf("Expression(%q) = %q, want %q", in, got, want)
		}
	}
}
