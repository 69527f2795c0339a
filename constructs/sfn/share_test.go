package sfn_test

import (
	"strings"
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

// Many machines built and synthesized at once, sharing one state inside a
// Parallel branch and a Map processor: under `go test -race` no access
// races, exactly the first machine to build owns the state, and every
// other build is refused with an ownership problem, each time it runs.
func TestBuildSharedNestedStateConcurrently(t *testing.T) {
	shared := sfn.NewPass("Shared")
	var machines []*sfn.StateMachine
	for i := range 8 {
		name := string(rune('A' + i))
		var start sfn.Chainable
		if i%2 == 0 {
			start = sfn.NewParallel("P" + name).Branch(shared)
		} else {
			start = sfn.NewMap("M" + name).ItemProcessor(shared)
		}
		machines = append(machines, sfn.NewStateMachine("Machine"+name, start))
	}
	refused := make([]int, len(machines))
	var wg sync.WaitGroup
	for i, m := range machines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 3 {
				_, err := m.Synth()
				if err != nil && strings.Contains(err.Error(), string(asl.CodeStateOwnership)) {
					refused[i]++
				} else if err != nil {
					t.Errorf("%s: unexpected problem: %v", m.Name(), err)
				}
			}
		}()
	}
	wg.Wait()
	owners := 0
	for i, n := range refused {
		switch n {
		case 0:
			owners++
		case 3:
		default:
			t.Errorf("machine %d was refused %d times of 3: ownership changed between builds", i, n)
		}
	}
	if owners != 1 {
		t.Errorf("want exactly one machine to own the shared state, got %d (refusals %v)", owners, refused)
	}
}
