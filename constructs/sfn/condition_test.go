package sfn_test

import (
	"math"
	"testing"
	"time"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/constructs/sfn"
)

func TestComparisonOperators(t *testing.T) {
	ts := time.Date(2026, 1, 2, 3, 4, 5, 0, time.FixedZone("", 3600))
	const tsJSON = `"2026-01-02T03:04:05+01:00"`
	cases := []struct {
		cond sfn.Condition
		want string // the rule without Next
	}{
		{sfn.StringEquals("$.v", "a"), `"StringEquals":"a"`},
		{sfn.StringEqualsPath("$.v", "$.o"), `"StringEqualsPath":"$.o"`},
		{sfn.StringLessThan("$.v", "a"), `"StringLessThan":"a"`},
		{sfn.StringLessThanPath("$.v", "$.o"), `"StringLessThanPath":"$.o"`},
		{sfn.StringGreaterThan("$.v", "a"), `"StringGreaterThan":"a"`},
		{sfn.StringGreaterThanPath("$.v", "$.o"), `"StringGreaterThanPath":"$.o"`},
		{sfn.StringLessThanEquals("$.v", "a"), `"StringLessThanEquals":"a"`},
		{sfn.StringLessThanEqualsPath("$.v", "$.o"), `"StringLessThanEqualsPath":"$.o"`},
		{sfn.StringGreaterThanEquals("$.v", "a"), `"StringGreaterThanEquals":"a"`},
		{sfn.StringGreaterThanEqualsPath("$.v", "$.o"), `"StringGreaterThanEqualsPath":"$.o"`},
		{sfn.StringMatches("$.v", `a*\*`), `"StringMatches":"a*\\*"`},
		{sfn.NumericEquals("$.v", 1), `"NumericEquals":1`},
		{sfn.NumericEqualsPath("$.v", "$.o"), `"NumericEqualsPath":"$.o"`},
		{sfn.NumericLessThan("$.v", -2.5), `"NumericLessThan":-2.5`},
		{sfn.NumericLessThanPath("$.v", "$.o"), `"NumericLessThanPath":"$.o"`},
		{sfn.NumericGreaterThan("$.v", 1e21), `"NumericGreaterThan":1e+21`},
		{sfn.NumericGreaterThanPath("$.v", "$.o"), `"NumericGreaterThanPath":"$.o"`},
		{sfn.NumericLessThanEquals("$.v", 0.1), `"NumericLessThanEquals":0.1`},
		{sfn.NumericLessThanEqualsPath("$.v", "$.o"), `"NumericLessThanEqualsPath":"$.o"`},
		{sfn.NumericGreaterThanEquals("$.v", 100), `"NumericGreaterThanEquals":100`},
		{sfn.NumericGreaterThanEqualsPath("$.v", "$.o"), `"NumericGreaterThanEqualsPath":"$.o"`},
		{sfn.BooleanEquals("$.v", true), `"BooleanEquals":true`},
		{sfn.BooleanEqualsPath("$.v", "$.o"), `"BooleanEqualsPath":"$.o"`},
		{sfn.TimestampEquals("$.v", ts), `"TimestampEquals":` + tsJSON},
		{sfn.TimestampEqualsPath("$.v", "$.o"), `"TimestampEqualsPath":"$.o"`},
		{sfn.TimestampLessThan("$.v", ts), `"TimestampLessThan":` + tsJSON},
		{sfn.TimestampLessThanPath("$.v", "$.o"), `"TimestampLessThanPath":"$.o"`},
		{sfn.TimestampGreaterThan("$.v", ts), `"TimestampGreaterThan":` + tsJSON},
		{sfn.TimestampGreaterThanPath("$.v", "$.o"), `"TimestampGreaterThanPath":"$.o"`},
		{sfn.TimestampLessThanEquals("$.v", ts), `"TimestampLessThanEquals":` + tsJSON},
		{sfn.TimestampLessThanEqualsPath("$.v", "$.o"), `"TimestampLessThanEqualsPath":"$.o"`},
		{sfn.TimestampGreaterThanEquals("$.v", ts), `"TimestampGreaterThanEquals":` + tsJSON},
		{sfn.TimestampGreaterThanEqualsPath("$.v", "$.o"), `"TimestampGreaterThanEqualsPath":"$.o"`},
		{sfn.IsNull("$.v"), `"IsNull":true`},
		{sfn.IsNotNull("$.v"), `"IsNull":false`},
		{sfn.IsPresent("$.v"), `"IsPresent":true`},
		{sfn.IsNotPresent("$.v"), `"IsPresent":false`},
		{sfn.IsNumeric("$.v"), `"IsNumeric":true`},
		{sfn.IsNotNumeric("$.v"), `"IsNumeric":false`},
		{sfn.IsString("$.v"), `"IsString":true`},
		{sfn.IsNotString("$.v"), `"IsString":false`},
		{sfn.IsBoolean("$.v"), `"IsBoolean":true`},
		{sfn.IsNotBoolean("$.v"), `"IsBoolean":false`},
		{sfn.IsTimestamp("$.v"), `"IsTimestamp":true`},
		{sfn.IsNotTimestamp("$.v"), `"IsTimestamp":false`},
	}
	seen := map[string]bool{}
	for _, tc := range cases {
		choice := sfn.NewChoice("C").When(tc.cond, sfn.NewSucceed("S"))
		got := statesJSON(t, choice)
		want := `{"C":{"Type":"Choice","Choices":[{"Variable":"$.v",` + tc.want + `,"Next":"S"}]},"S":{"Type":"Succeed"}}`
		if got != want {
			t.Errorf("%s:%s", tc.want, diff(want, got))
		}
		m, _ := sfn.NewStateMachine("M", choice).Build()
		seen[m.States[0].(*asl.Choice).Choices[0].Operators[0].Name] = true
	}
	for _, op := range asl.ComparisonOperators {
		if !seen[op] {
			t.Errorf("operator %s has no test case", op)
		}
	}
	if len(seen) != len(asl.ComparisonOperators) || len(asl.ComparisonOperators) != 39 {
		t.Errorf("covered %d operators, ASL has %d (want 39)", len(seen), len(asl.ComparisonOperators))
	}
}

func TestConditionReuse(t *testing.T) {
	done := sfn.BooleanEquals("$.done", true)
	a := sfn.NewChoice("A").When(done, sfn.NewSucceed("S1")).Otherwise(
		sfn.NewChoice("B").When(done, sfn.NewSucceed("S2")).When(sfn.Not(done), sfn.NewFail("F")))
	got := statesJSON(t, a)
	want := `{"A":{"Type":"Choice","Choices":[{"Variable":"$.done","BooleanEquals":true,"Next":"S1"}],"Default":"B"},` +
		`"S1":{"Type":"Succeed"},"B":{"Type":"Choice","Choices":[{"Variable":"$.done","BooleanEquals":true,"Next":"S2"},` +
		`{"Not":{"Variable":"$.done","BooleanEquals":true},"Next":"F"}]},"S2":{"Type":"Succeed"},"F":{"Type":"Fail"}}`
	if got != want {
		t.Errorf("States:%s", diff(want, got))
	}
}

func TestConditionSources(t *testing.T) {
	inner, innerAt := sfn.IsPresent("$.x"), here()
	outer, outerAt := sfn.Not(inner), here()
	c, whenAt := sfn.NewChoice("C").When(outer, sfn.NewSucceed("S")), here()
	m, _ := sfn.NewStateMachine("M", c).Build()
	rule := m.States[0].(*asl.Choice).Choices[0]
	if rule.Source != whenAt {
		t.Errorf("top-level rule Source = %q, want %q (the When call)", rule.Source, whenAt)
	}
	if got := rule.Operators[0].Rules; len(got) != 1 {
		t.Fatalf("Not has %d rules", len(got))
	}
	if got := m.States[0].(*asl.Choice).Choices[0]; got.Operators[0].Name != asl.OpNot {
		t.Fatalf("operator %s, want Not", got.Operators[0].Name)
	}
	nested := sfn.NewChoice("D").When(sfn.And(outer), sfn.NewSucceed("S"))
	m, _ = sfn.NewStateMachine("M2", nested).Build()
	if got := m.States[0].(*asl.Choice).Choices[0].Operators[0].Rules[0].Source; got != outerAt {
		t.Errorf("nested Not Source = %q, want %q", got, outerAt)
	}
	if got := rule.Operators[0].Rules[0].Source; got != innerAt {
		t.Errorf("nested rule Source = %q, want %q", got, innerAt)
	}
}

func TestNumericNonFinite(t *testing.T) {
	c, at := sfn.NewChoice("C").When(sfn.NumericEquals("$.v", math.NaN()), sfn.NewSucceed("S")), here()
	_, diags := sfn.NewStateMachine("M", c).Build()
	got := only(diags, asl.CodeBuild)
	if len(got) != 1 || got[0].At.String() != `States["C"].Choices[0].NumericEquals` {
		t.Fatalf("want one build problem at the operator, got:%s", lines(diags))
	}
	if got[0].Source != at {
		t.Errorf("Source = %q, want %q", got[0].Source, at)
	}
}
