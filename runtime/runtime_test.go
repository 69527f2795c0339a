package runtime_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stepwise-go/stepwise/runtime"
	"github.com/stepwise-go/stepwise/value"
)

var epoch = time.Date(2025, 1, 15, 10, 30, 0, 0, time.UTC)

func fixedClock() time.Time { return epoch }

func compile(t *testing.T, def string) *runtime.Program {
	t.Helper()
	p, err := runtime.CompileDefinition([]byte(def))
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	return p
}

func run(t *testing.T, def, input string, opts *runtime.Options) (*runtime.Result, []runtime.Event) {
	t.Helper()
	v, err := value.ParseString(input)
	if err != nil {
		t.Fatal(err)
	}
	if opts == nil {
		opts = &runtime.Options{}
	}
	if opts.Clock == nil {
		opts.Clock = fixedClock
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	r, ev := compile(t, def).Run(ctx, v, opts)
	if r == nil {
		t.Fatal("execution did not end")
	}
	return r, ev
}

func jsonOf(v value.Value) string { return string(value.Marshal(v)) }

// TestStates runs one machine per rule, each with a passing and a failing
// case.
func TestStates(t *testing.T) {
	tests := []struct {
		name, def, input string
		status           runtime.Status
		output           string // SUCCEEDED
		error, cause     string // otherwise (cause: a substring)
	}{
		{"pass result and result path", `{"StartAt":"P","States":{"P":{"Type":"Pass","Result":{"x":1},"ResultPath":"$.r","End":true}}}`,
			`{"a":1}`, runtime.Succeeded, `{"a":1,"r":{"x":1}}`, "", ""},
		{"pass parameters with paths and context", `{"StartAt":"P","States":{"P":{"Type":"Pass","Parameters":{"v.$":"$.a","n.$":"$$.State.Name","k":"lit"},"End":true}}}`,
			`{"a":[1,2]}`, runtime.Succeeded, `{"v":[1,2],"n":"P","k":"lit"}`, "", ""},
		{"parameters path missing", `{"StartAt":"P","States":{"P":{"Type":"Pass","Parameters":{"v.$":"$.nope"},"End":true}}}`,
			`{}`, runtime.Failed, "", "States.Runtime", "The JSONPath '$.nope' specified for the field 'v.$' could not be found in the input '{}'"},
		{"input and output path", `{"StartAt":"P","States":{"P":{"Type":"Pass","InputPath":"$.a","OutputPath":"$.b","End":true}}}`,
			`{"a":{"b":7}}`, runtime.Succeeded, `7`, "", ""},
		{"output path missing", `{"StartAt":"P","States":{"P":{"Type":"Pass","OutputPath":"$.x","End":true}}}`,
			`{}`, runtime.Failed, "", "States.Runtime", "Invalid path '$.x' : No results for path: $['x']"},
		{"result path null keeps input", `{"StartAt":"P","States":{"P":{"Type":"Pass","Result":1,"ResultPath":null,"End":true}}}`,
			`{"a":1}`, runtime.Succeeded, `{"a":1}`, "", ""},
		{"choice matches", `{"StartAt":"C","States":{"C":{"Type":"Choice","Choices":[{"And":[{"Variable":"$.n","NumericGreaterThan":1},{"Not":{"Variable":"$.s","StringMatches":"a*z"}}],"Next":"Y"}],"Default":"N"},"Y":{"Type":"Pass","Result":"yes","End":true},"N":{"Type":"Pass","Result":"no","End":true}}}`,
			`{"n":2,"s":"abc"}`, runtime.Succeeded, `"yes"`, "", ""},
		{"choice default", `{"StartAt":"C","States":{"C":{"Type":"Choice","Choices":[{"Variable":"$.n","NumericEquals":1,"Next":"Y"}],"Default":"N"},"Y":{"Type":"Pass","Result":"yes","End":true},"N":{"Type":"Pass","Result":"no","End":true}}}`,
			`{"n":2}`, runtime.Succeeded, `"no"`, "", ""},
		{"choice no match", `{"StartAt":"C","States":{"C":{"Type":"Choice","Choices":[{"Variable":"$.n","NumericEquals":1,"Next":"Y"}]},"Y":{"Type":"Succeed"}}}`,
			`{"n":2}`, runtime.Failed, "", "States.NoChoiceMatched", ""},
		{"wait seconds path", `{"StartAt":"W","States":{"W":{"Type":"Wait","SecondsPath":"$.s","End":true}}}`,
			`{"s":3}`, runtime.Succeeded, `{"s":3}`, "", ""},
		{"wait negative seconds", `{"StartAt":"W","States":{"W":{"Type":"Wait","SecondsPath":"$.s","End":true}}}`,
			`{"s":-1}`, runtime.Failed, "", "States.Runtime", "The SecondsPath parameter references a negative value: $.s == -1"},
		{"succeed", `{"StartAt":"S","States":{"S":{"Type":"Succeed","OutputPath":"$.a"}}}`,
			`{"a":true}`, runtime.Succeeded, `true`, "", ""},
		{"fail with paths", `{"StartAt":"F","States":{"F":{"Type":"Fail","ErrorPath":"$.e","CausePath":"$.c"}}}`,
			`{"e":"Oops","c":"because"}`, runtime.Failed, "", "Oops", "because"},
		{"fail error path missing", `{"StartAt":"F","States":{"F":{"Type":"Fail","ErrorPath":"$.e"}}}`,
			`{}`, runtime.Failed, "", "States.Runtime", "specified for the field 'ErrorPath'"},
		{"parallel outputs in branch order", `{"StartAt":"P","States":{"P":{"Type":"Parallel","Branches":[{"StartAt":"A","States":{"A":{"Type":"Pass","Result":1,"End":true}}},{"StartAt":"B","States":{"B":{"Type":"Pass","Result":2,"End":true}}}],"End":true}}}`,
			`{}`, runtime.Succeeded, `[1,2]`, "", ""},
		{"parallel branch fails, caught", `{"StartAt":"P","States":{"P":{"Type":"Parallel","Branches":[{"StartAt":"A","States":{"A":{"Type":"Fail","Error":"E","Cause":"c"}}}],"Catch":[{"ErrorEquals":["E"],"ResultPath":"$.err","Next":"D"}],"End":true},"D":{"Type":"Pass","End":true}}}`,
			`{"x":1}`, runtime.Succeeded, `{"x":1,"err":{"Error":"E","Cause":"c"}}`, "", ""},
		{"map with item selector", `{"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.xs","ItemSelector":{"i.$":"$$.Map.Item.Index","v.$":"$$.Map.Item.Value"},"ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}}}`,
			`{"xs":["a","b"]}`, runtime.Succeeded, `[{"i":0,"v":"a"},{"i":1,"v":"b"}]`, "", ""},
		{"map iteration fails", `{"StartAt":"M","States":{"M":{"Type":"Map","ItemProcessor":{"StartAt":"F","States":{"F":{"Type":"Fail","Error":"Bad"}}},"End":true}}}`,
			`[1,2,3]`, runtime.Failed, "", "Bad", ""},
		{"map tolerated failures exceeded", `{"StartAt":"M","States":{"M":{"Type":"Map","ToleratedFailureCount":1,"ItemProcessor":{"StartAt":"C","States":{"C":{"Type":"Choice","Choices":[{"Variable":"$","NumericGreaterThan":1,"Next":"F"}],"Default":"S"},"F":{"Type":"Fail","Error":"Bad"},"S":{"Type":"Succeed"}}},"End":true}}}`,
			`[1,2,3]`, runtime.Failed, "", "States.ExceedToleratedFailureThreshold", "The specified tolerated failure threshold was exceeded"},
		{"map input not an array", `{"StartAt":"M","States":{"M":{"Type":"Map","ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}}}`,
			`{"a":1}`, runtime.Failed, "", "States.QueryEvaluationError", `Map state input must be an array but was: {"a":1}`},
		{"variables assigned and read", `{"StartAt":"A","States":{"A":{"Type":"Pass","Assign":{"x.$":"$.v"},"Next":"B"},"B":{"Type":"Pass","Parameters":{"got.$":"$x"},"End":true}}}`,
			`{"v":5}`, runtime.Succeeded, `{"got":5}`, "", ""},
		{"jsonata output reads states", `{"QueryLanguage":"JSONata","StartAt":"A","States":{"A":{"Type":"Pass","Output":{"i":"{% $states.input.a %}"},"End":true}}}`,
			`{"a":3}`, runtime.Succeeded, `{"i":3}`, "", ""},
		{"jsonata undefined fails", `{"QueryLanguage":"JSONata","StartAt":"A","States":{"A":{"Type":"Pass","Output":"{% $nothing %}","End":true}}}`,
			`{}`, runtime.Failed, "", "States.QueryEvaluationError", "returned nothing (undefined)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, _ := run(t, tc.def, tc.input, nil)
			if r.Status != tc.status {
				t.Fatalf("status %s (%s: %s), want %s", r.Status, r.Error, r.Cause, tc.status)
			}
			if tc.status == runtime.Succeeded {
				if got := jsonOf(r.Output); got != tc.output {
					t.Errorf("output %s, want %s", got, tc.output)
				}
				return
			}
			if r.Error != tc.error || !strings.Contains(r.Cause, tc.cause) {
				t.Errorf("got %q / %q, want %q / …%q…", r.Error, r.Cause, tc.error, tc.cause)
			}
		})
	}
}

// waitsOf returns the gaps between consecutive TaskScheduled events.
func waitsOf(events []runtime.Event) []time.Duration {
	var out []time.Duration
	var prev time.Time
	for _, e := range events {
		if e.Type != "TaskScheduled" {
			continue
		}
		if !prev.IsZero() {
			out = append(out, e.Timestamp.Sub(prev))
		}
		prev = e.Timestamp
	}
	return out
}

func TestRetryBackoffOnVirtualClock(t *testing.T) {
	def := `{"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","End":true,
		"Retry":[{"ErrorEquals":["A","B"],"IntervalSeconds":1,"BackoffRate":2,"MaxAttempts":3},{"ErrorEquals":["C"],"IntervalSeconds":5}],
		"Catch":[{"ErrorEquals":["States.ALL"],"Next":"Caught"}]},"Caught":{"Type":"Pass","End":true}}}`
	errs := []string{"A", "B", "C", "B", "B"}
	var retries []int
	tasks := func(ctx context.Context, req *runtime.TaskRequest) (value.Value, error) {
		retries = append(retries, req.RetryCount)
		return nil, &runtime.TaskError{Name: errs[len(retries)-1], Cause: "boom"}
	}
	r, events := run(t, def, `{}`, &runtime.Options{Tasks: tasks})
	if r.Status != runtime.Succeeded || jsonOf(r.Output) != `{"Error":"B","Cause":"boom"}` {
		t.Fatalf("got %s %s", r.Status, jsonOf(r.Output))
	}
	want := []time.Duration{1 * time.Second, 2 * time.Second, 5 * time.Second, 4 * time.Second}
	if got := waitsOf(events); len(got) != len(want) || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] || got[3] != want[3] {
		t.Errorf("waits %v, want %v", got, want)
	}
	if len(retries) != 5 || retries[4] != 4 {
		t.Errorf("RetryCount per attempt %v, want 0…4", retries)
	}
}

func TestRetryMaxAttemptsZeroNeverRetries(t *testing.T) {
	def := `{"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","End":true,
		"Retry":[{"ErrorEquals":["States.ALL"],"MaxAttempts":0}]}}}`
	calls := 0
	tasks := func(ctx context.Context, req *runtime.TaskRequest) (value.Value, error) {
		calls++
		return nil, errors.New("plain failure")
	}
	r, _ := run(t, def, `{}`, &runtime.Options{Tasks: tasks})
	if r.Status != runtime.Failed || r.Error != "States.TaskFailed" || calls != 1 {
		t.Errorf("got %s %s after %d calls", r.Status, r.Error, calls)
	}
}

func TestTaskWithoutHandlerFailsClearly(t *testing.T) {
	r, _ := run(t, `{"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","End":true}}}`, `{}`, nil)
	if r.Status != runtime.Failed || !errors.Is(r.Err, runtime.ErrNoTaskHandler) || !strings.Contains(r.Cause, "'T'") {
		t.Errorf("got %+v", r)
	}
}

func TestOneYearWaitEndsAtOnce(t *testing.T) {
	began := time.Now()
	r, events := run(t, `{"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":31536000,"End":true}}}`, `{}`, nil)
	if r.Status != runtime.Succeeded || time.Since(began) > 5*time.Second {
		t.Fatalf("status %s after %s", r.Status, time.Since(began))
	}
	last := events[len(events)-1]
	if got := last.Timestamp.Sub(epoch); got != 365*24*time.Hour {
		t.Errorf("execution ended %s after it started, want one year", got)
	}
}

func TestParallelWaitsAdvanceToTheLongest(t *testing.T) {
	def := `{"StartAt":"P","States":{"P":{"Type":"Parallel","End":true,"Branches":[
		{"StartAt":"A","States":{"A":{"Type":"Wait","Seconds":5,"End":true}}},
		{"StartAt":"B","States":{"B":{"Type":"Wait","Seconds":10,"Next":"B2"},"B2":{"Type":"Wait","Seconds":3,"End":true}}},
		{"StartAt":"C","States":{"C":{"Type":"Wait","Seconds":7,"End":true}}}]}}}`
	r, events := run(t, def, `{}`, nil)
	if r.Status != runtime.Succeeded {
		t.Fatal(r.Status)
	}
	if got := events[len(events)-1].Timestamp.Sub(epoch); got != 13*time.Second {
		t.Errorf("took %s of virtual time, want 13s (the longest branch, not the sum)", got)
	}
}

func TestStopAborts(t *testing.T) {
	p := compile(t, `{"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":60,"End":true}}}`)
	block := make(chan struct{})
	p2 := compile(t, `{"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","End":true}}}`)
	ex := p2.Start(context.Background(), nil, &runtime.Options{Tasks: func(ctx context.Context, _ *runtime.TaskRequest) (value.Value, error) {
		close(block)
		<-ctx.Done()
		return nil, ctx.Err()
	}})
	<-block
	ex.Stop("Halt", "by test")
	r := ex.Wait(context.Background())
	if r.Status != runtime.Aborted || r.Error != "Halt" {
		t.Errorf("got %+v", r)
	}
	h := ex.History()
	if h[len(h)-1].Type != "ExecutionAborted" {
		t.Errorf("last event %s", h[len(h)-1].Type)
	}
	// Cancelling the context aborts as well; a finished run is not aborted.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if r := p.Start(ctx, nil, nil).Wait(context.Background()); r.Status != runtime.Aborted {
		t.Errorf("cancelled context: %s", r.Status)
	}
	if r, _ := run(t, `{"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":60,"End":true}}}`, `{}`, nil); r.Status != runtime.Succeeded {
		t.Errorf("uncancelled: %s", r.Status)
	}
}

func TestMaxTransitionsStopsEndlessLoop(t *testing.T) {
	def := `{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"B"},"B":{"Type":"Choice","Choices":[{"Variable":"$.stop","IsPresent":true,"Next":"E"}],"Default":"A"},"E":{"Type":"Succeed"}}}`
	r, events := run(t, def, `{}`, &runtime.Options{MaxTransitions: 100})
	if r.Status != runtime.Failed || r.Error != "States.Runtime" || len(events) > 101 {
		t.Errorf("got %s %s with %d events", r.Status, r.Error, len(events))
	}
	r, _ = run(t, `{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}`, `{}`, &runtime.Options{MaxTransitions: 100})
	if r.Status != runtime.Succeeded {
		t.Errorf("short machine: %s", r.Status)
	}
}

func TestExecutionTimeout(t *testing.T) {
	r, events := run(t, `{"TimeoutSeconds":10,"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":3600,"End":true}}}`, `{}`, nil)
	if r.Status != runtime.TimedOut || events[len(events)-1].Type != "ExecutionTimedOut" {
		t.Fatalf("got %s", r.Status)
	}
	if got := events[len(events)-1].Timestamp.Sub(epoch); got != 10*time.Second {
		t.Errorf("timed out after %s, want 10s", got)
	}
	if r, _ := run(t, `{"TimeoutSeconds":10,"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":5,"End":true}}}`, `{}`, nil); r.Status != runtime.Succeeded {
		t.Errorf("within the timeout: %s", r.Status)
	}
}

func TestConcurrentExecutionsOfOneProgram(t *testing.T) {
	p := compile(t, `{"StartAt":"M","States":{"M":{"Type":"Map","ItemSelector":{"v.$":"$$.Map.Item.Value","n.$":"$$.Execution.Name"},"ItemProcessor":{"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":1,"Next":"P"},"P":{"Type":"Pass","Assign":{"x.$":"$.v"},"End":true}}},"End":true}}}`)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r, _ := p.Run(context.Background(), []value.Value{1.0, 2.0, 3.0}, &runtime.Options{Name: "run"})
			if r.Status != runtime.Succeeded || jsonOf(r.Output) != `[{"v":1,"n":"run"},{"v":2,"n":"run"},{"v":3,"n":"run"}]` {
				t.Errorf("got %s %s", r.Status, jsonOf(r.Output))
			}
		}()
	}
	wg.Wait()
}

func TestHistoryShape(t *testing.T) {
	_, events := run(t, `{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}`, `{"a":1}`, nil)
	b, err := events[1].MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	want := `{"timestamp":"2025-01-15T10:30:00.000Z","type":"PassStateEntered","id":2,"previousEventId":0,"stateEnteredEventDetails":{"name":"P","input":"{\"a\":1}","inputDetails":{"truncated":false}}}`
	if string(b) != want {
		t.Errorf("got  %s\nwant %s", b, want)
	}
}

func TestCompileRejectsInvalidMachine(t *testing.T) {
	if _, err := runtime.CompileDefinition([]byte(`{"StartAt":"X","States":{}}`)); err == nil {
		t.Error("compiled a machine whose StartAt names no state")
	}
}
