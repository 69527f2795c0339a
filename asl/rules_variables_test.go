package asl_test

import (
	"slices"
	"testing"

	"github.com/stepwise-go/stepwise/asl"
)

// chain2 is a definition of two Pass states A → B with the given extra
// fields.
func chain2(a, b string) string {
	return `{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"` + a + `}, "B": {"Type": "Pass", "End": true` + b + `}}}`
}

// parallelAssign is a Parallel whose branch state has extra fields, after a
// Pass that may assign x.
func parallelAssign(outer, inner string) string {
	return `{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "P"` + outer + `}, "P": {"Type": "Parallel", "End": true,
		"Branches": [{"StartAt": "B", "States": {"B": {"Type": "Pass", "End": true` + inner + `}}}]}}}`
}

// distributedRead is a distributed Map whose child reads x, after a Pass
// that assigns x (outer) and with the child assigning (inner).
func distributedRead(inner string) string {
	return `{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "M", "Assign": {"x": 1}}, "M": {"Type": "Map", "End": true,
		"ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"}, "StartAt": "C",
		"States": {"C": {"Type": "Pass", "Next": "D"` + inner + `}, "D": {"Type": "Pass", "End": true, "Parameters": {"v.$": "$x"}}}}}}}`
}

func init() {
	ruleCases = append(ruleCases, []struct {
		code      asl.Code
		bad, good string
	}{
		{asl.CodeVariableName, chain2(`, "Assign": {"states": 1}`, ``), chain2(`, "Assign": {"state": 1}`, ``)},
		{asl.CodeVariableName, chain2(`, "Assign": {"top-level": 1}`, ``), chain2(`, "Assign": {"top_level": 1}`, ``)},
		{asl.CodeVariableScope, parallelAssign(`, "Assign": {"x": 1}`, `, "Assign": {"x": 2}`), parallelAssign(`, "Assign": {"x": 1}`, `, "Assign": {"y": 2}`)},
		{asl.CodeVariableScope, distributedRead(``), distributedRead(`, "Assign": {"x": 0}`)},
		{asl.CodeUnknownVariable, chain2(``, `, "Parameters": {"v.$": "$missing"}`), chain2(`, "Assign": {"missing": 1}`, `, "Parameters": {"v.$": "$missing"}`)},
		{asl.CodeUnknownVariable, `{"QueryLanguage": "JSONata", "StartAt": "A", "States": {"A": {"Type": "Pass", "End": true, "Output": "{% $total + 1 %}"}}}`,
			`{"QueryLanguage": "JSONata", "StartAt": "A", "States": {"A": {"Type": "Pass", "End": true, "Output": "{% ($total := 1; $total + $states.input.n) %}"}}}`},
		{asl.CodeVariableUnset, chain2(`, "Parameters": {"v.$": "$later"}`, `, "Assign": {"later": 1}`), chain2(`, "Assign": {"later": 1}`, `, "Parameters": {"v.$": "$later"}`)},
	}...)
}

// TestVariableFlow checks the reaching-assignment analysis on loops,
// Choice rules, catchers and Parallel branches.
func TestVariableFlow(t *testing.T) {
	cases := []struct {
		name string
		def  string
		want []asl.Code
	}{
		{"assigned in a loop before the read is fine",
			`{"StartAt": "Read", "States": {"Read": {"Type": "Choice", "Choices": [{"Variable": "$n", "IsPresent": true, "Next": "Done"}], "Default": "Set"},
			"Set": {"Type": "Pass", "Assign": {"n": 1}, "Next": "Read"}, "Done": {"Type": "Succeed"}}}`,
			[]asl.Code{asl.CodeVariableUnset}},
		{"a Choice rule's Assign reaches its target",
			`{"StartAt": "C", "QueryLanguage": "JSONata", "States": {"C": {"Type": "Choice", "Choices": [{"Condition": "{% true %}", "Assign": {"picked": "a"}, "Next": "Use"}], "Default": "Use"},
			"Use": {"Type": "Pass", "End": true, "Output": "{% $picked %}"}}}`,
			nil},
		{"a catcher's Assign reaches its handler",
			`{"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish", "End": true,
			"Catch": [{"ErrorEquals": ["States.ALL"], "Assign": {"err.$": "$.Cause"}, "Next": "H"}]},
			"H": {"Type": "Pass", "End": true, "Parameters": {"e.$": "$err"}}}}`,
			nil},
		{"a branch reads what was assigned before the Parallel",
			parallelAssign(`, "Assign": {"x": 1}`, `, "Parameters": {"v.$": "$x"}`),
			nil},
		{"an intrinsic argument reads a variable",
			chain2(``, `, "Parameters": {"v.$": "States.MathAdd($count, 1)"}`),
			[]asl.Code{asl.CodeUnknownVariable}},
		{"lambda parameters and function names are not variables",
			`{"QueryLanguage": "JSONata", "StartAt": "A", "States": {"A": {"Type": "Pass", "End": true, "Output": "{% $map($states.input.items, function($v) { $v * 2 }) %}"}}}`,
			nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := asl.ParseAndValidate([]byte(tc.def))
			if got := diags.Codes(); !slices.Equal(got, tc.want) {
				t.Errorf("codes = %v, want %v\n%s", got, tc.want, diags)
			}
			if diags.HasErrors() {
				t.Errorf("only warnings expected:\n%s", diags)
			}
		})
	}
}

func init() {
	jsonataTask := func(output, catchOutput string) string {
		return `{"QueryLanguage": "JSONata", "StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish", "End": true, "Output": "` + output + `",
			"Catch": [{"ErrorEquals": ["States.ALL"], "Output": "` + catchOutput + `", "Next": "F"}]}, "F": {"Type": "Fail"}}}`
	}
	ruleCases = append(ruleCases, []struct {
		code      asl.Code
		bad, good string
	}{
		{asl.CodeStatesVariable, jsonataTask("{% $states.errorOutput %}", "{% $states.input %}"), jsonataTask("{% $states.result %}", "{% $states.errorOutput %}")},
		{asl.CodeStatesVariable, jsonataTask("{% $states.inputs %}", "{% $states.context.State.Name %}"), jsonataTask("{% $states.input %}", "{% $states.context.State.Name %}")},
	}...)
}

func init() {
	pass := func(output string) string {
		return `{"QueryLanguage": "JSONata", "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true, "Output": "` + output + `"}}}`
	}
	ruleCases = append(ruleCases, []struct {
		code      asl.Code
		bad, good string
	}{
		{asl.CodeInvalidExpression, pass("{% $states.input.count + %}"), pass("{% $states.input.count + 1 %}")},
		{asl.CodeInvalidExpression, pass("{% $states.input.a ?? 0 %}"), pass("{% $exists($states.input.a) ? $states.input.a : 0 %}")},
		{asl.CodeJSONataFunction, pass("{% $eval('1 + 1') %}"), pass("{% $parse('1') %}")},
		{asl.CodeJSONataFunction, pass("{% $frobnicate($states.input) %}"), pass("{% $uuid() %}")},
	}...)
}
