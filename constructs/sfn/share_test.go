package sfn_test

import (
	"sync"
	"testing"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/constructs/sfn"
)

// Building marks states (their owner, the build that emitted them), so
// concurrent builds must not interleave. `go test -race` turns a missing
// lock back into a failure here.

// One machine synthesized from many goroutines at once comes out the same
// every time.
func TestSynthConcurrently(t *testing.T) {
	done := sfn.NewSucceed("Done")
	check := sfn.NewChoice("Check").
		When(sfn.NumericGreaterThan("$.n", 1), done).
		Otherwise(sfn.NewFail("Small").Error("TooSmall"))
	m := sfn.NewStateMachine("Shared", sfn.NewPass("Start").Next(check))
	want, err := m.Synth()
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, err := m.Synth()
			if err != nil || string(got) != string(want) {
				t.Errorf("concurrent Synth: %v\n%s", err, got)
			}
		}()
	}
	wg.Wait()
}

// Two machines built at once from the same state: exactly one owns it,
// the other is refused with a clear problem, never a race.
func TestBuildSharedStateConcurrently(t *testing.T) {
	shared := sfn.NewPass("Shared")
	machines := []*sfn.StateMachine{
		sfn.NewStateMachine("One", shared),
		sfn.NewStateMachine("Two", sfn.NewPass("Other").Next(shared)),
	}
	diags := make([]asl.Diagnostics, len(machines))
	var wg sync.WaitGroup
	for i, m := range machines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, diags[i] = m.Build()
		}()
	}
	wg.Wait()
	refused := 0
	for _, d := range diags {
		for _, p := range d {
			if p.Code == asl.CodeStateOwnership {
				refused++
			}
		}
	}
	if refused != 1 {
		t.Errorf("want exactly one ownership problem, got %d: %v / %v", refused, diags[0], diags[1])
	}
}
