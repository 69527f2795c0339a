package runtime

import (
	"fmt"
	"testing"
)

// A Parallel's branches run on its goroutine only when none can wait.
func TestBranchesNeverWait(t *testing.T) {
	n := 0 // state names must be unique across the machine
	branch := func(states string) string {
		n++
		return fmt.Sprintf(`{"StartAt": "A%d", "States": {"A%d": %s}}`, n, n, states)
	}
	machine := func(b1, b2, extra string) string {
		return `{"StartAt": "Par", "States": {"Par": {"Type": "Parallel", ` + extra + `"Branches": [` + b1 + `, ` + b2 + `], "End": true}}}`
	}
	pass := func() string { return branch(`{"Type": "Pass", "End": true}`) }
	tests := []struct {
		name, def string
		want      bool
	}{
		{"pass branches", machine(pass(), pass(), ""), true},
		{"choice, succeed and fail", machine(branch(`{"Type": "Choice", "Choices": [{"Variable": "$.x", "IsPresent": true, "Next": "S1"}], "Default": "F1"}, "S1": {"Type": "Succeed"}, "F1": {"Type": "Fail"}`), pass(), ""), true},
		{"a wait", machine(branch(`{"Type": "Wait", "Seconds": 1, "End": true}`), pass(), ""), false},
		{"a task", machine(branch(`{"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true}`), pass(), ""), false},
		{"a nested parallel of passes", machine(branch(`{"Type": "Parallel", "Branches": [`+pass()+`], "End": true}`), pass(), ""), true},
		{"a nested parallel with a retry", machine(branch(`{"Type": "Parallel", "Branches": [`+pass()+`], "Retry": [{"ErrorEquals": ["States.ALL"]}], "End": true}`), pass(), ""), false},
		{"a nested map of passes", machine(branch(`{"Type": "Map", "ItemProcessor": `+pass()+`, "End": true}`), pass(), ""), true},
		{"a nested map that waits", machine(branch(`{"Type": "Map", "ItemProcessor": `+branch(`{"Type": "Wait", "Seconds": 1, "End": true}`)+`, "End": true}`), pass(), ""), false},
		{"the parallel's own retry does not count", machine(pass(), pass(), `"Retry": [{"ErrorEquals": ["States.ALL"]}], `), true},
		{"a choice loop", machine(branch(`{"Type": "Choice", "Choices": [{"Variable": "$.x", "IsPresent": true, "Next": "L1"}], "Default": "E1"}, "L1": {"Type": "Pass", "Next": "A`+fmt.Sprint(n+1)+`"}, "E1": {"Type": "Succeed"}`), pass(), ""), false},
		{"a pass then a fail", machine(branch(`{"Type": "Pass", "Next": "F2"}, "F2": {"Type": "Fail", "Error": "E"}`), pass(), ""), true},
		{"a nested map with a loop", machine(branch(`{"Type": "Map", "ItemProcessor": {"StartAt": "Loop", "States": {"Loop": {"Type": "Choice", "Choices": [{"Variable": "$.x", "IsPresent": true, "Next": "Out"}], "Default": "Loop"}, "Out": {"Type": "Succeed"}}}, "End": true}`), pass(), ""), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := CompileDefinition([]byte(tt.def))
			if err != nil {
				t.Fatal(err)
			}
			if got := p.root.states[0].branchesNeverWait; got != tt.want {
				t.Errorf("branchesNeverWait = %v, want %v", got, tt.want)
			}
		})
	}
}

// Iterations of a Map that never waits run in item order, each one's
// events together, as AWS's recorded histories show them.
func TestMapThatNeverWaitsRunsItemsInOrder(t *testing.T) {
	p, err := CompileDefinition([]byte(`{"StartAt": "M", "States": {"M": {"Type": "Map",
		"ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}, "End": true}}}`))
	if err != nil {
		t.Fatal(err)
	}
	r, events := p.Run(t.Context(), []any{1.0, 2.0, 3.0}, nil)
	if r.Status != Succeeded {
		t.Fatalf("status %s", r.Status)
	}
	var got string
	for _, e := range events {
		got += fmt.Sprintf("%d<%d %s ", e.ID, e.PreviousEventID, e.Type)
	}
	// As recorded (conformance case scenarios/test_map_state): an
	// iteration's MapIterationSucceeded and the next MapIterationStarted
	// both follow the last state event.
	want := "1<0 ExecutionStarted 2<0 MapStateEntered 3<2 MapStateStarted " +
		"4<3 MapIterationStarted 5<4 PassStateEntered 6<5 PassStateExited 7<6 MapIterationSucceeded " +
		"8<6 MapIterationStarted 9<8 PassStateEntered 10<9 PassStateExited 11<10 MapIterationSucceeded " +
		"12<10 MapIterationStarted 13<12 PassStateEntered 14<13 PassStateExited 15<14 MapIterationSucceeded " +
		"16<15 MapStateSucceeded 17<15 MapStateExited 18<17 ExecutionSucceeded "
	if got != want {
		t.Errorf("history\n got %s\nwant %s", got, want)
	}
}

// A branch that loops without waiting runs beside its siblings, so that
// a sibling's failure ends the Parallel, as on AWS, instead of the loop
// running to the transition limit first.
func TestLoopingBranchStopsWhenASiblingFails(t *testing.T) {
	p, err := CompileDefinition([]byte(`{"StartAt": "Par", "States": {"Par": {"Type": "Parallel", "End": true, "Branches": [
	  {"StartAt": "Spin", "States": {"Spin": {"Type": "Pass", "Next": "Again"},
	    "Again": {"Type": "Choice", "Choices": [{"Variable": "$.stop", "IsPresent": true, "Next": "Done"}], "Default": "Spin"},
	    "Done": {"Type": "Succeed"}}},
	  {"StartAt": "Boom", "States": {"Boom": {"Type": "Fail", "Error": "Boom", "Cause": "the second branch fails at once"}}}]}}}`))
	if err != nil {
		t.Fatal(err)
	}
	if p.root.states[0].branchesNeverWait {
		t.Fatal("a looping branch runs inline")
	}
	r, _ := p.Run(t.Context(), map[string]any{}, nil)
	if r.Status != Failed || r.Error != "Boom" {
		t.Errorf("status %s, error %q (%s); want FAILED with the sibling's Boom", r.Status, r.Error, r.Cause)
	}
}
