package runtime_test

import (
	"testing"

	"github.com/stepwise-go/stepwise/runtime"
)

// TestMapIterationVariablesStayInTheIteration checks the scoping AWS
// documents for Map: an iteration reads the outer variables, its own
// assignments are visible to its later states only, and they neither leak
// into other iterations nor out of the Map.
func TestMapIterationVariablesStayInTheIteration(t *testing.T) {
	def := `{"QueryLanguage": "JSONata", "StartAt": "Init", "States": {
		"Init": {"Type": "Pass", "Assign": {"x": "outer", "seen": "outer"}, "Next": "M"},
		"M": {"Type": "Map", "Items": [1, 2, 3], "MaxConcurrency": 1, "ItemProcessor": {"StartAt": "Read", "States": {
			"Read": {"Type": "Pass", "Output": "{% [$x, $exists($y)] %}", "Assign": {"y": "{% $states.input %}"}, "Next": "Again"},
			"Again": {"Type": "Pass", "Output": "{% $append($states.input, $y) %}", "End": true}}},
			"Next": "After"},
		"After": {"Type": "Pass", "Output": "{% {'map': $states.input, 'x': $x} %}", "End": true}}}`
	r, _ := run(t, def, `{}`, nil)
	if r.Status != runtime.Succeeded {
		t.Fatalf("status %s: %s %s", r.Status, r.Error, r.Cause)
	}
	want := `{"map":[["outer",false,1],["outer",false,2],["outer",false,3]],"x":"outer"}`
	if got := jsonOf(r.Output); got != want {
		t.Errorf("output %s, want %s", got, want)
	}
}
