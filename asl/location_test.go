package asl_test

import (
	"testing"

	"github.com/stepwise-go/stepwise/asl"
)

func TestLocation(t *testing.T) {
	deep := asl.Root
	for range 6 {
		deep = deep.At("States").At("P").At("Branches").Index(0)
	}
	cases := []struct {
		at              asl.Location
		pointer, string string
	}{
		{asl.Root, "", "(definition)"},
		{asl.Root.At("States").At("Charge").At("Catch").Index(1).At("Next"), "/States/Charge/Catch/1/Next", `States["Charge"].Catch[1].Next`},
		{asl.Root.At("States").At("a/b~c"), "/States/a~1b~0c", `States["a/b~c"]`},
		{asl.Root.At("States").At("P").At("Branches").Index(0).At("States").At("X"), "/States/P/Branches/0/States/X", `States["P"].Branches[0].States["X"]`},
		{asl.Root.At("States").At("M").At("ItemProcessor").At("States").At("Y"), "/States/M/ItemProcessor/States/Y", `States["M"].ItemProcessor.States["Y"]`},
		{asl.Root.At("States").At("T").At("Parameters").At("States").At("k"), "/States/T/Parameters/States/k", `States["T"].Parameters.States.k`},
		{deep.At("End"), "/States/P/Branches/0/States/P/Branches/0/States/P/Branches/0/States/P/Branches/0/States/P/Branches/0/States/P/Branches/0/End",
			`States["P"].Branches[0].States["P"].Branches[0].States["P"].Branches[0].States["P"].Branches[0].States["P"].Branches[0].States["P"].Branches[0].End`},
	}
	for _, tc := range cases {
		if got := tc.at.Pointer(); got != tc.pointer {
			t.Errorf("Pointer() = %s, want %s", got, tc.pointer)
		}
		if got := tc.at.String(); got != tc.string {
			t.Errorf("String() = %s, want %s", got, tc.string)
		}
	}
	// Extending a location must not change it or its siblings.
	base := deep.At("States")
	a, b := base.At("A"), base.At("B")
	if a.Pointer() == b.Pointer() || base.Pointer() != deep.Pointer()+"/States" {
		t.Errorf("locations share steps: %s %s %s", base.Pointer(), a.Pointer(), b.Pointer())
	}
}
