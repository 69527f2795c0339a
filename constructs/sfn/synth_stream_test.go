package sfn

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/stepwise-go/stepwise/asl"
)

// TestSynthStreamsLargeMachines: a machine with enough top-level states
// is rendered while it is built, and its text is the same as rendering
// the built model; so is a machine just under the threshold, rendered
// after building.
func TestSynthStreamsLargeMachines(t *testing.T) {
	for _, n := range []int{streamFrom - 1, streamFrom, streamFrom + 3*streamBatch + 7} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			chain := Sequence(NewPass("P0"))
			for i := 1; i < n; i++ {
				if i%100 == 0 { // nested blocks finish before their owner is handed over
					chain = chain.Next(NewParallel(fmt.Sprint("P", i)).Branch(NewPass(fmt.Sprint("B", i))))
					continue
				}
				chain = chain.Next(NewPass(fmt.Sprint("P", i)))
			}
			m := NewStateMachine("Large", chain)
			render := newSynthRender()
			model, diags := m.modelFor(render)
			if diags.HasErrors() {
				t.Fatal(diags)
			}
			if streamed := render.states != nil; streamed != (n >= streamFrom) {
				t.Errorf("%d top-level states: streamed = %v", n, streamed)
			}
			got := <-render.done
			if want := asl.Render(model); !bytes.Equal(got.text, want) {
				t.Errorf("Synth's text differs from rendering the built model")
			}
			text, err := m.Synth()
			if err != nil || !bytes.Equal(text, got.text) {
				t.Errorf("Synth: %v", err)
			}
		})
	}
}
