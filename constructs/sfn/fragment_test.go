package sfn_test

import (
	"testing"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/constructs/sfn"
)

func TestFragmentWithPrefix(t *testing.T) {
	shared := sfn.NewSucceed("Shared") // made outside the fragment: keeps its name
	piece := sfn.Fragment(func() sfn.Chainable {
		par := sfn.NewParallel("Par").
			Branch(sfn.NewPass("Left"), sfn.NewMap("Each").ItemProcessor(sfn.NewPass("Item")))
		check := sfn.NewChoice("Check").When(sfn.IsPresent("$.stop"), shared).Otherwise(sfn.NewPass("Continue"))
		return sfn.Sequence(sfn.NewPass("Start"), par, check.Afterwards())
	})
	def := sfn.Sequence(piece.WithPrefix("A "), piece.WithPrefix("B "))
	m, diags := sfn.NewStateMachine("M", def).Build()
	if diags.HasErrors() {
		t.Fatalf("Build:%s", lines(diags))
	}
	var names []string
	var walk func(g *asl.Graph)
	walk = func(g *asl.Graph) {
		for _, s := range g.States {
			names = append(names, s.Common().Name)
			switch s := s.(type) {
			case *asl.Parallel:
				for _, b := range s.Branches {
					walk(b)
				}
			case *asl.Map:
				walk(s.ItemProcessor)
			}
		}
	}
	walk(&m.Graph)
	want := []string{"A Start", "A Par", "A Left", "A Each", "A Item", "A Check", "Shared", "A Continue",
		"B Start", "B Par", "B Left", "B Each", "B Item", "B Check", "B Continue"}
	if len(names) != len(want) {
		t.Fatalf("names = %q, want %q", names, want)
	}
	for i := range want {
		if names[i] != want[i] {
			t.Fatalf("names = %q, want %q", names, want)
		}
	}
}

func TestFragmentFreshStates(t *testing.T) {
	piece := sfn.Fragment(func() sfn.Chainable { return sfn.NewPass("P") })
	// Called directly, a fragment gives fresh, unprefixed states for each
	// machine: no ownership problem.
	for _, name := range []string{"One", "Two"} {
		if _, err := sfn.NewStateMachine(name, piece()).Synth(); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	// The same prefix twice collides, and the validator says so.
	_, diags := sfn.NewStateMachine("M", sfn.Sequence(piece.WithPrefix("X"), piece.WithPrefix("X"))).Build()
	if !hasCode(diags, asl.CodeDuplicateStateName) {
		t.Errorf("want a duplicate name, got:%s", lines(diags))
	}
}
