package runtime_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stepwise-go/stepwise/runtime"
)

// Pass, Choice and Succeed record their entered and exited events
// together; the history must be what recording them one by one gives,
// also when the history limit falls between the two or a state fails.
func TestQuickStatesHistory(t *testing.T) {
	loop := `{"StartAt": "A", "States": {
		"A": {"Type": "Pass", "Result": {"i": 0}, "Next": "C"},
		"C": {"Type": "Choice", "Choices": [{"Variable": "$.i", "NumericLessThan": 2, "Next": "Inc"}], "Default": "D"},
		"Inc": {"Type": "Pass", "Parameters": {"i.$": "States.MathAdd($.i, 1)"}, "Next": "C"},
		"D": {"Type": "Succeed"}}}`
	failing := `{"StartAt": "A", "States": {
		"A": {"Type": "Pass", "Next": "B"},
		"B": {"Type": "Pass", "InputPath": "$.missing", "Next": "C"},
		"C": {"Type": "Succeed"}}}`
	limit := func(n int) string { return fmt.Sprintf("The execution reached the limit of %d history events.", n) }
	tests := []struct {
		name, def   string
		max         int
		cause, want string
	}{
		{"limit at the first entered", loop, 1, limit(1), "1<0 ExecutionStarted 2<0 ExecutionFailed"},
		{"limit between entered and exited", loop, 2, limit(2),
			"1<0 ExecutionStarted 2<0 PassStateEntered 3<2 ExecutionFailed"},
		{"limit after a state", loop, 3, limit(3),
			"1<0 ExecutionStarted 2<0 PassStateEntered 3<2 PassStateExited 4<3 ExecutionFailed"},
		{"limit at a choice", loop, 4, limit(4),
			"1<0 ExecutionStarted 2<0 PassStateEntered 3<2 PassStateExited 4<3 ChoiceStateEntered 5<4 ExecutionFailed"},
		{"no limit", loop, 0, "",
			"1<0 ExecutionStarted 2<0 PassStateEntered 3<2 PassStateExited 4<3 ChoiceStateEntered 5<4 ChoiceStateExited " +
				"6<5 PassStateEntered 7<6 PassStateExited 8<7 ChoiceStateEntered 9<8 ChoiceStateExited " +
				"10<9 PassStateEntered 11<10 PassStateExited 12<11 ChoiceStateEntered 13<12 ChoiceStateExited " +
				"14<13 SucceedStateEntered 15<14 SucceedStateExited 16<15 ExecutionSucceeded"},
		{"a failing state", failing, 0,
			"An error occurred while executing the state 'B' (entered at the event id #4). Invalid path '$.missing' : No results for path: $['missing']",
			"1<0 ExecutionStarted 2<0 PassStateEntered 3<2 PassStateExited 4<3 PassStateEntered 5<4 ExecutionFailed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, events := run(t, tt.def, `{"x": 1}`, &runtime.Options{MaxTransitions: tt.max})
			if r.Cause != tt.cause {
				t.Errorf("cause %q, want %q", r.Cause, tt.cause)
			}
			var got []string
			for _, e := range events {
				got = append(got, fmt.Sprintf("%d<%d %s", e.ID, e.PreviousEventID, e.Type))
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("history\n got %s\nwant %s", g, tt.want)
			}
		})
	}
}
