package workflows_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"testing"
	"time"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/constructs/sfn"
	"github.com/stepwise-go/stepwise/constructs/workflows"
)

// generated builds a machine of about n states (n/10 segments of ten, plus
// a final Succeed and a shared Fail) mixing every kind of state: Pass, a
// Task with Retry and Catch, a Choice with an And rule rejoined by
// Afterwards, a Parallel with two branches and a Map with a processor.
func generated(n int) *sfn.StateMachine {
	failed := sfn.NewFail("Failed").Error("Failed")
	var chain *sfn.Chain
	for i := range n / 10 {
		id := fmt.Sprint(i)
		task := sfn.NewTask("Task "+id, "arn:aws:states:::lambda:invoke").
			Parameters(map[string]any{"FunctionName": "${WorkFunctionArn}", "Payload": sfn.Path("$.input")}).
			ResultPath("$.result").
			Retry(sfn.RetryOn(sfn.ErrTaskFailed).Interval(time.Second).MaxAttempts(3).BackoffRate(2).Jitter(sfn.JitterFull)).
			Catch(sfn.CatchOn(sfn.ErrAll).ResultPath("$.error"), failed)
		choice := sfn.NewChoice("Choice "+id).
			When(sfn.And(sfn.IsPresent("$.total"), sfn.NumericGreaterThan("$.total", float64(i))), sfn.NewPass("Big "+id).ResultPath("$.big")).
			Otherwise(sfn.NewPass("Small " + id))
		parallel := sfn.NewParallel("Parallel "+id).ResultPath("$.parallel").
			Branch(sfn.NewPass("Left "+id), sfn.NewPass("Right "+id))
		mapped := sfn.NewMap("Map " + id).ItemsPath("$.items").MaxConcurrency(4).ResultPath("$.mapped").
			ItemProcessor(sfn.NewPass("Item " + id))
		segment := sfn.NewPass("Start " + id).Next(task).Next(choice.Afterwards()).Next(parallel).Next(mapped)
		if chain == nil {
			chain = segment
		} else {
			chain = chain.Next(segment)
		}
	}
	return sfn.NewStateMachine("Generated", chain.Next(sfn.NewSucceed("Done")))
}

func TestGeneratedMachinesAreValid(t *testing.T) {
	m, diags := generated(1000).Build()
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	if got := countStates(&m.Graph); got != 1002 {
		t.Errorf("generated(1000) has %d states, want 1002", got)
	}
}

func countStates(g *asl.Graph) int {
	n := len(g.States)
	for _, s := range g.States {
		switch s := s.(type) {
		case *asl.Parallel:
			for _, b := range s.Branches {
				n += countStates(b)
			}
		case *asl.Map:
			n += countStates(s.ItemProcessor)
		}
	}
	return n
}

// BenchmarkSynthJobPoller: building, validating and rendering the seed's
// job poller.
func BenchmarkSynthJobPoller(b *testing.B) {
	m := workflows.JobPoller()
	settle()
	for b.Loop() {
		if _, err := m.Synth(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSynth: the DSL graph walk, model building, whole-machine
// validation and rendering of generated machines. The 10,000-state machine
// is larger than the 1 MiB AWS accepts, so Synth ends by reporting that
// (after doing all the work); any other problem fails the benchmark.
func BenchmarkSynth(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("states=%d", n), func(b *testing.B) {
			m := generated(n)
			settle()
			for b.Loop() {
				if _, err := m.Synth(); err != nil && !onlyTooLarge(err) {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/state")
		})
	}
}

// settle collects the garbage of the benchmark's setup and of the
// benchmarks before it, so that each starts from the same heap.
func settle() { runtime.GC() }

// onlyTooLarge reports whether err says nothing but that the definition is
// over AWS's size limit.
func onlyTooLarge(err error) bool {
	var diags asl.Diagnostics
	if !errors.As(err, &diags) {
		return false
	}
	for _, d := range diags {
		if d.Code != asl.CodeDefinitionTooLarge {
			return false
		}
	}
	return true
}

// BenchmarkEncodeOnly is the floor Synth is measured against: rendering the
// already-built 10,000-state model to JSON, nothing else.
func BenchmarkEncodeOnly(b *testing.B) {
	model, diags := generated(10000).Build()
	if diags.HasErrors() {
		b.Fatal(diags)
	}
	settle()
	for b.Loop() {
		_ = asl.Render(model)
	}
}

// BenchmarkEncodeOnlyEncodingJSON is a second reference point: the same
// 10,000-state document encoded by encoding/json from generic Go values
// (map[string]any), as a program without stepwise's renderer would.
func BenchmarkEncodeOnlyEncodingJSON(b *testing.B) {
	model, _ := generated(10000).Build()
	var doc any
	if err := json.Unmarshal(asl.RenderCompact(model), &doc); err != nil {
		b.Fatal(err)
	}
	settle()
	for b.Loop() {
		if _, err := json.MarshalIndent(doc, "", "  "); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkValidateOnly isolates whole-machine validation of the
// 10,000-state model.
func BenchmarkValidateOnly(b *testing.B) {
	model, _ := generated(10000).Build()
	settle()
	for b.Loop() {
		if d := asl.Validate(model); d.HasErrors() {
			b.Fatal(d)
		}
	}
}
