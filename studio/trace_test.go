package studio_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/constructs/workflows"
	"github.com/stepwise-go/stepwise/diagram"
	"github.com/stepwise-go/stepwise/runtime"
	"github.com/stepwise-go/stepwise/snapshots"
	"github.com/stepwise-go/stepwise/studio"
	"github.com/stepwise-go/stepwise/value"
)

// traceStart is the fixed start time of the traced executions.
var traceStart = time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)

// answers is a scripted task handler: per state, the answers of its
// successive attempts; an answer that is a *runtime.TaskError fails the
// attempt. The last answer repeats.
type answers map[string][]any

func (a answers) handler() runtime.TaskHandler {
	calls := map[string]int{}
	return func(_ context.Context, req *runtime.TaskRequest) (value.Value, error) {
		list := a[req.State]
		if len(list) == 0 {
			return value.NewObject(0), nil
		}
		i := min(calls[req.State], len(list)-1)
		calls[req.State]++
		switch x := list[i].(type) {
		case *runtime.TaskError:
			return nil, x
		case string:
			return value.Parse([]byte(x))
		}
		return value.NewObject(0), nil
	}
}

// execute runs a definition with scripted answers and returns its history.
func execute(t *testing.T, def []byte, input string, a answers) []runtime.Event {
	t.Helper()
	m, diags := asl.ParseAndValidate(def)
	if m == nil || diags.HasErrors() {
		t.Fatalf("definition: %v", diags)
	}
	prog, err := runtime.Compile(m)
	if err != nil {
		t.Fatal(err)
	}
	in, err := value.Parse([]byte(input))
	if err != nil {
		t.Fatal(err)
	}
	opts := &runtime.Options{Name: "trace", Clock: func() time.Time { return traceStart }, Tasks: a.handler()}
	_, events := prog.Run(context.Background(), in, opts)
	return events
}

func synth(t *testing.T, name string) []byte {
	t.Helper()
	w, ok := workflows.Lookup(name)
	if !ok {
		t.Fatalf("no workflow %s", name)
	}
	data, err := w.Build().Synth()
	if err != nil {
		t.Fatal(err)
	}
	return data
}

const catchDef = `{"StartAt": "Charge", "States": {
	"Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"FunctionName": "f"},
		"Retry": [{"ErrorEquals": ["Busy"], "IntervalSeconds": 2, "MaxAttempts": 2}],
		"Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Refund"}], "Next": "Done"},
	"Refund": {"Type": "Pass", "Next": "Gave Up"},
	"Done": {"Type": "Succeed"},
	"Gave Up": {"Type": "Fail", "Error": "Payment.Failed"}}}`

const mapDef = `{"StartAt": "Each", "States": {
	"Each": {"Type": "Map", "ItemsPath": "$.items", "ItemProcessor": {"StartAt": "Work", "States": {
		"Work": {"Type": "Wait", "Seconds": 5, "End": true}}}, "End": true}}}`

// traceCases are the executions whose traces are checked: each has the
// states it must show and with what.
var traceCases = []struct {
	name   string
	def    func(t *testing.T) []byte
	input  string
	tasks  answers
	cut    int // keep only this many events (0: all), to draw a running execution
	status string
	want   map[string]diagram.StepTrace // Duration checked when non-zero
}{
	{
		name: "JobPoller", def: func(t *testing.T) []byte { return synth(t, "JobPoller") },
		input: `{"waitSeconds": 10}`,
		tasks: answers{
			"Submit Job":           {`{"Payload": {"guid": "g-1", "waitSeconds": 10}}`},
			"Get Job Status":       {&runtime.TaskError{Name: "Lambda.ServiceException"}, `{"Payload": {"status": "RUNNING", "guid": "g-1", "waitSeconds": 10}}`, `{"Payload": {"status": "SUCCEEDED", "guid": "g-1", "waitSeconds": 10}}`},
			"Get Final Job Status": {`{"Payload": {"status": "SUCCEEDED"}}`},
		},
		status: "SUCCEEDED",
		want: map[string]diagram.StepTrace{
			"Submit Job":           {Status: diagram.StepSucceeded, Visits: 1},
			"Wait X Seconds":       {Status: diagram.StepSucceeded, Visits: 2, Duration: 20 * time.Second},
			"Get Job Status":       {Status: diagram.StepSucceeded, Visits: 2, Retries: 1, Duration: 2 * time.Second},
			"Job Complete?":        {Status: diagram.StepSucceeded, Visits: 2},
			"Get Final Job Status": {Status: diagram.StepSucceeded, Visits: 1},
		},
	},
	{
		name: "Caught", def: func(*testing.T) []byte { return []byte(catchDef) }, input: `{}`,
		tasks:  answers{"Charge": {&runtime.TaskError{Name: "Busy"}}},
		status: "FAILED",
		want: map[string]diagram.StepTrace{
			"Charge":  {Status: diagram.StepCaught, Visits: 1, Retries: 2, Duration: 6 * time.Second},
			"Refund":  {Status: diagram.StepSucceeded, Visits: 1},
			"Gave Up": {Status: diagram.StepFailed, Visits: 1},
		},
	},
	{
		name: "MapRunning", def: func(*testing.T) []byte { return []byte(mapDef) }, input: `{"items": [1, 2, 3]}`,
		cut: 9, status: "RUNNING",
		want: map[string]diagram.StepTrace{
			"Each": {Status: diagram.StepRunning, Visits: 1, Iterations: 3},
			"Work": {Status: diagram.StepRunning, Visits: 3},
		},
	},
	{
		name: "MapDone", def: func(*testing.T) []byte { return []byte(mapDef) }, input: `{"items": [1, 2, 3]}`,
		status: "SUCCEEDED",
		want: map[string]diagram.StepTrace{
			"Each": {Status: diagram.StepSucceeded, Visits: 1, Iterations: 3, Duration: 5 * time.Second},
			"Work": {Status: diagram.StepSucceeded, Visits: 3, Duration: 15 * time.Second},
		},
	},
}

func TestTraceOf(t *testing.T) {
	for _, c := range traceCases {
		t.Run(c.name, func(t *testing.T) {
			events := execute(t, c.def(t), c.input, c.tasks)
			if c.cut > 0 && c.cut < len(events) {
				events = events[:c.cut]
			}
			tr := studio.TraceOf(events)
			if tr.Status != c.status {
				t.Errorf("status = %s, want %s", tr.Status, c.status)
			}
			for name, want := range c.want {
				got := tr.Step(name)
				if got == nil {
					t.Errorf("%s: did not run, want %+v", name, want)
					continue
				}
				if got.Status != want.Status || got.Visits != want.Visits || got.Retries != want.Retries || got.Iterations != want.Iterations {
					t.Errorf("%s = %+v, want %+v", name, *got, want)
				}
				if want.Duration != 0 && got.Duration != want.Duration {
					t.Errorf("%s: duration %s, want %s", name, got.Duration, want.Duration)
				}
			}
			if len(tr.Steps) != len(c.want) {
				t.Errorf("%d states ran, want %d: %v", len(tr.Steps), len(c.want), tr.Steps)
			}
		})
	}
}

func TestGoldenTraceSVG(t *testing.T) {
	for _, c := range traceCases {
		t.Run(c.name, func(t *testing.T) {
			def := c.def(t)
			events := execute(t, def, c.input, c.tasks)
			if c.cut > 0 && c.cut < len(events) {
				events = events[:c.cut]
			}
			m, _ := asl.Parse(def)
			snapshots.Check(t, "trace/"+c.name+".svg", diagram.New(m).TraceSVG(studio.TraceOf(events)))
		})
	}
}

func TestTraceSVGMarksEveryState(t *testing.T) {
	m, _ := asl.Parse([]byte(catchDef))
	d := diagram.New(m)
	empty := string(d.TraceSVG(nil))
	if strings.Count(empty, `class="unrun"`) != 4 || strings.Contains(empty, `class="ring"`) {
		t.Errorf("a nil trace must grey out all 4 states and ring none:\n%s", empty)
	}
	if !strings.Contains(empty, "not started") {
		t.Errorf("the legend of a nil trace must say not started")
	}
	events := execute(t, []byte(catchDef), `{}`, answers{"Charge": {&runtime.TaskError{Name: "Busy"}}})
	got := string(d.TraceSVG(studio.TraceOf(events)))
	for _, want := range []string{`data-state="Charge" data-status="CAUGHT"`, `data-state="Gave Up" data-status="FAILED"`,
		`data-state="Done" x=`, "6s · 2 retries", "execution FAILED after 6s"} {
		if !strings.Contains(got, want) {
			t.Errorf("trace SVG lacks %q", want)
		}
	}
}

func TestFormatDuration(t *testing.T) {
	for _, c := range []struct {
		d    time.Duration
		want string
	}{
		{0, "0s"}, {-time.Second, "0s"}, {250 * time.Millisecond, "250ms"}, {1500 * time.Millisecond, "1.5s"},
		{150 * time.Second, "2m30s"}, {3*time.Hour + 5*time.Minute, "3h5m"}, {52 * time.Hour, "2d4h"},
	} {
		if got := diagram.FormatDuration(c.d); got != c.want {
			t.Errorf("FormatDuration(%s) = %q, want %q", c.d, got, c.want)
		}
	}
}
