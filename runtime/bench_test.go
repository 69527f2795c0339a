package runtime

import (
	"encoding/json"
	"fmt"
	"math"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/value"
)

// The runtime's benchmarks: five workloads, each run by stepwise
// (BenchmarkRun/NAME, history recorded) and, in the same run, by
// aws-local-stepfunctions 3.0.0 under Node.js (BenchmarkReference/NAME,
// whose ns/op is what testdata/bench_als.cjs measured). BenchmarkSpeedup
// prints both per workload, checks both outputs, and reports the smallest
// speed-up. Run them with `make bench-runtime`.

type workload struct {
	name       string
	definition string
	input      string
	want       string // the correct output
}

func workloads() []workload {
	chain := map[string]any{}
	for i := 0; i < 1000; i++ {
		s := map[string]any{"Type": "Pass"}
		if i == 999 {
			s["End"] = true
		} else {
			s["Next"] = fmt.Sprintf("P%d", i+1)
		}
		chain[fmt.Sprintf("P%d", i)] = s
	}
	chainDef, _ := json.Marshal(map[string]any{"StartAt": "P0", "States": chain})

	parallel := make([]any, 10)
	for b := range parallel {
		states := map[string]any{}
		for i := 0; i < 100; i++ {
			s := map[string]any{"Type": "Pass"}
			if i == 99 {
				s["End"] = true
			} else {
				s["Next"] = fmt.Sprintf("B%dP%d", b, i+1)
			}
			states[fmt.Sprintf("B%dP%d", b, i)] = s
		}
		parallel[b] = map[string]any{"StartAt": fmt.Sprintf("B%dP0", b), "States": states}
	}
	parDef, _ := json.Marshal(map[string]any{"StartAt": "Par", "States": map[string]any{
		"Par": map[string]any{"Type": "Parallel", "Branches": parallel, "End": true}}})

	items := make([]string, 10000)
	for i := range items {
		items[i] = fmt.Sprint(i)
	}
	parOut := "[" + strings.TrimSuffix(strings.Repeat(`{"x":1},`, 10), ",") + "]"
	return []workload{
		{"PassChain1000", string(chainDef), `{"x":1}`, `{"x":1}`},
		{"ChoiceLoop10000", `{"StartAt": "Init", "States": {
			"Init": {"Type": "Pass", "Result": {"i": 0}, "Next": "Check"},
			"Check": {"Type": "Choice", "Choices": [{"Variable": "$.i", "NumericLessThan": 10000, "Next": "Inc"}], "Default": "Done"},
			"Inc": {"Type": "Pass", "Parameters": {"i.$": "States.MathAdd($.i, 1)"}, "Next": "Check"},
			"Done": {"Type": "Succeed"}}}`, `{}`, `{"i":10000}`},
		{"JSONataLoop10000", `{"QueryLanguage": "JSONata", "StartAt": "Init", "States": {
			"Init": {"Type": "Pass", "Assign": {"i": 0}, "Next": "Check"},
			"Check": {"Type": "Choice", "Choices": [{"Condition": "{% $i < 10000 %}", "Next": "Inc"}], "Default": "Done"},
			"Inc": {"Type": "Pass", "Assign": {"i": "{% $i + 1 %}"}, "Next": "Check"},
			"Done": {"Type": "Pass", "Output": {"i": "{% $i %}"}, "End": true}}}`, `{}`, `{"i":10000}`},
		{"Map10000", `{"StartAt": "M", "States": {"M": {"Type": "Map", "ItemsPath": "$.items",
			"ItemProcessor": {"StartAt": "Double", "States": {"Double": {"Type": "Pass", "Parameters": {"v.$": "$"}, "End": true}}},
			"ResultSelector": {"n.$": "States.ArrayLength($)"}, "End": true}}}`,
			`{"items": [` + strings.Join(items, ",") + `]}`, `{"n":10000}`},
		{"Parallel10x100", string(parDef), `{"x":1}`, parOut},
	}
}

func compileWorkload(tb testing.TB, w workload) (*Program, value.Value) {
	m, diags := asl.ParseAndValidate([]byte(w.definition))
	if diags.HasErrors() {
		tb.Fatalf("%s: %v", w.name, diags)
	}
	p, err := Compile(m)
	if err != nil {
		tb.Fatalf("%s: %v", w.name, err)
	}
	in, err := value.ParseString(w.input)
	if err != nil {
		tb.Fatal(err)
	}
	return p, in
}

func runOnce(tb testing.TB, p *Program, in value.Value) value.Value {
	r := p.Execute(tb.Context(), in, &Options{MaxTransitions: 1 << 30}).Result()
	if r.Status != Succeeded {
		tb.Fatalf("status %s: %s %s", r.Status, r.Error, r.Cause)
	}
	return r.Output
}

func BenchmarkRun(b *testing.B) {
	for _, w := range workloads() {
		p, in := compileWorkload(b, w)
		want, _ := value.ParseString(w.want)
		if got := runOnce(b, p, in); !value.Equal(got, want) {
			b.Fatalf("%s: output %s, want %s", w.name, value.Marshal(got), w.want)
		}
		b.Run(w.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				runOnce(b, p, in)
			}
		})
	}
}

var (
	alsOnce sync.Once
	alsRes  []alsResult
	alsErr  error
)

type alsResult struct {
	Name    string
	NsPerOp float64
	Output  any
	Error   string
}

func referenceRuns(tb testing.TB) []alsResult {
	alsOnce.Do(func() {
		if _, err := exec.LookPath("node"); err != nil {
			alsErr = fmt.Errorf("skip: node is not on PATH")
			return
		}
		var ws []map[string]any
		for _, w := range workloads() {
			var def, in any
			_ = json.Unmarshal([]byte(w.definition), &def)
			_ = json.Unmarshal([]byte(w.input), &in)
			ws = append(ws, map[string]any{"name": w.name, "definition": def, "input": in})
		}
		req, _ := json.Marshal(map[string]any{"workloads": ws, "ms": 1000})
		cmd := exec.Command("node", filepath.Join("testdata", "bench_als.cjs"))
		cmd.Stdin = strings.NewReader(string(req))
		out, err := cmd.Output()
		if err != nil {
			alsErr = fmt.Errorf("skip: testdata/bench_als.cjs: %v (run npm ci)", err)
			return
		}
		var res struct{ Results []alsResult }
		if err := json.Unmarshal(out, &res); err != nil {
			alsErr = fmt.Errorf("testdata/bench_als.cjs printed %q", out)
			return
		}
		alsRes = res.Results
	})
	if alsErr != nil {
		if strings.HasPrefix(alsErr.Error(), "skip: ") {
			tb.Skip(strings.TrimPrefix(alsErr.Error(), "skip: "))
		}
		tb.Fatal(alsErr)
	}
	return alsRes
}

// BenchmarkReference reports, as ns/op, what aws-local-stepfunctions takes
// per execution of each workload (measured by Node.js in this run).
func BenchmarkReference(b *testing.B) {
	for _, r := range referenceRuns(b) {
		b.Run(r.Name, func(b *testing.B) {
			if r.Error != "" {
				b.Skipf("aws-local-stepfunctions fails: %s", r.Error)
			}
			for b.Loop() {
			}
			b.ReportMetric(r.NsPerOp, "ns/op")
		})
	}
}

// BenchmarkSpeedup runs every workload with both engines and reports how
// many times more executions per second stepwise manages ("x-min" is the
// smallest factor over the workloads where the reference is correct).
func BenchmarkSpeedup(b *testing.B) {
	ref := referenceRuns(b)
	least := math.Inf(1)
	for i, w := range workloads() {
		p, in := compileWorkload(b, w)
		ns := nsPerRun(b, p, in, time.Second)
		want, _ := value.ParseString(w.want)
		refOut, _ := value.FromGo(ref[i].Output)
		status := "correct"
		switch {
		case ref[i].Error != "":
			status = "fails: " + ref[i].Error
		case !value.Equal(refOut, want):
			status = "WRONG output " + string(value.Marshal(refOut))
		default:
			least = math.Min(least, ref[i].NsPerOp/ns)
		}
		b.Logf("%-17s stepwise %12.0f ns/op  aws-local-stepfunctions %12.0f ns/op  %7.1fx  (reference %s)",
			w.name, ns, ref[i].NsPerOp, ref[i].NsPerOp/ns, status)
	}
	for b.Loop() {
	}
	b.ReportMetric(least, "x-min")
}

// nsPerRun times executions of p the way testdata/bench_als.cjs times the
// reference: one warm-up run, then as many runs as fit in d. (A
// benchmark cannot call testing.Benchmark, which waits for the running
// one.)
func nsPerRun(b *testing.B, p *Program, in value.Value, d time.Duration) float64 {
	runOnce(b, p, in)
	n, start := 0, time.Now()
	for time.Since(start) < d {
		runOnce(b, p, in)
		n++
	}
	return float64(time.Since(start).Nanoseconds()) / float64(n)
}
