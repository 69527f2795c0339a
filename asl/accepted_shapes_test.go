package asl

import (
	"strings"
	"testing"

	"github.com/stepwise-go/stepwise/jsontree"
)

// TestShapesAWSAccepts covers definitions AWS accepted (recorded in the
// conformance cases) that an earlier parser rejected: each must parse,
// validate and render back to the same JSON.
func TestShapesAWSAccepts(t *testing.T) {
	cases := map[string]string{
		"constant JSONata Condition": `{"QueryLanguage":"JSONata","StartAt":"C","States":{
			"C":{"Type":"Choice","Choices":[{"Condition":true,"Next":"P"}],"Default":"P"},
			"P":{"Type":"Pass","End":true}}}`,
		"ProcessorConfig in a legacy Iterator": `{"StartAt":"M","States":{"M":{"Type":"Map","End":true,
			"Iterator":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}}}}`,
	}
	for name, src := range cases {
		t.Run(name, func(t *testing.T) {
			m, diags := ParseAndValidate([]byte(src))
			if len(diags) > 0 {
				t.Fatalf("rejected: %v", diags)
			}
			want, _ := jsontree.Parse([]byte(src))
			got, err := jsontree.Parse(Render(m))
			if err != nil || !jsontree.Equal(want, got) {
				t.Errorf("render changed the definition:\n%s", Render(m))
			}
		})
	}
}

// TestConditionMustBeStringOrBool: any other JSON type is still refused.
func TestConditionMustBeStringOrBool(t *testing.T) {
	src := `{"QueryLanguage":"JSONata","StartAt":"C","States":{
		"C":{"Type":"Choice","Choices":[{"Condition":1,"Next":"P"}],"Default":"P"},
		"P":{"Type":"Pass","End":true}}}`
	_, diags := ParseAndValidate([]byte(src))
	if !strings.Contains(diags.Error(), "Condition") || !strings.Contains(diags.Error(), string(CodeWrongType)) {
		t.Errorf("Condition 1: diagnostics %v, want a wrong-type problem on Condition", diags)
	}
}

// TestDollarKeyInJSONataIsAWarning: AWS accepts a JSONata Output whose
// key ends in ".$" and keeps the key as written; the validator warns
// (a JSONPath habit) without rejecting the definition.
func TestDollarKeyInJSONataIsAWarning(t *testing.T) {
	src := `{"QueryLanguage":"JSONata","StartAt":"P","States":{"P":{"Type":"Pass","Output":{"x.$":"$"},"End":true}}}`
	_, diags := ParseAndValidate([]byte(src))
	if diags.HasErrors() {
		t.Fatalf("rejected: %v", diags)
	}
	if len(diags) != 1 || diags[0].Severity != Warning || diags[0].Code != CodeQueryLanguageField {
		t.Errorf("diagnostics %v, want one query-language-field warning", diags)
	}
}
