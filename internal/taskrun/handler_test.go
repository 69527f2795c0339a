package taskrun_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stepwise-go/stepwise/internal/taskrun"
	"github.com/stepwise-go/stepwise/runtime"
	"github.com/stepwise-go/stepwise/tasks"
	"github.com/stepwise-go/stepwise/value"
)

// machine has one Task state whose States.ALL failures are caught, so a
// failed task ends SUCCEEDED with the error in $.caught, while a stopped
// run ends FAILED with States.Runtime.
func machine(resource string) string {
	return `{"StartAt": "T", "States": {
	  "T": {"Type": "Task", "Resource": "` + resource + `", "TimeoutSeconds": 60, "End": true,
	        "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.caught", "Next": "Caught"}]},
	  "Caught": {"Type": "Pass", "End": true}}}`
}

const plain = "arn:aws:states:::lambda:invoke"
const token = "arn:aws:states:::lambda:invoke.waitForTaskToken"

func answer(out value.Value, ok bool, err error) tasks.Responder {
	return tasks.ResponderFunc(func(context.Context, *tasks.Request) (value.Value, bool, error) { return out, ok, err })
}

// run executes machine(resource) with Handler("M", r) and returns the
// result and the callbacks (for tasks waiting for a token).
func run(t *testing.T, ctx context.Context, resource string, r tasks.Responder) (*runtime.Result, *runtime.Callbacks, *runtime.Execution) {
	t.Helper()
	prog, err := runtime.CompileDefinition([]byte(machine(resource)))
	if err != nil {
		t.Fatal(err)
	}
	cb := runtime.NewCallbacks()
	ex := prog.Start(ctx, value.NewObject(0), &runtime.Options{StateMachineName: "M", Tasks: taskrun.Handler("M", r), Callbacks: cb})
	wctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if resource == token {
		// A token task that nothing answered keeps waiting: give the
		// result back without waiting for it.
		select {
		case <-ex.Done():
		case <-time.After(200 * time.Millisecond):
			return nil, cb, ex
		}
	}
	res := ex.Wait(wctx)
	if res == nil {
		t.Fatal("the execution did not end")
	}
	return res, cb, ex
}

func TestHandlerRules(t *testing.T) {
	obj := func(text string) value.Value {
		v, err := value.ParseString(text)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	for _, c := range []struct {
		name      string
		resource  string
		responder tasks.Responder
		status    runtime.Status
		output    string // when SUCCEEDED
		error     string // when FAILED
		cause     string // a part of the cause
	}{
		{"an answer is the result", plain, answer(obj(`{"a":1}`), true, nil), runtime.Succeeded, `{"a":1}`, "", ""},
		{"a Failure fails the task, Catch sees it", plain, answer(nil, true, &tasks.Failure{Name: "Job.Failed", Cause: "no"}),
			runtime.Succeeded, `{"caught":{"Error":"Job.Failed","Cause":"no"}}`, "", ""},
		{"no responder stops the run, naming the state", plain, nil, runtime.Failed, "", "States.Runtime", `task state "T" (resource ` + plain + `) has no handler and no mock`},
		{"not mine stops the run", plain, answer(nil, false, nil), runtime.Failed, "", "States.Runtime", `task state "T"`},
		{"a chain without answer stops the run", plain, tasks.Chain(answer(nil, false, nil)), runtime.Failed, "", "States.Runtime", `task state "T"`},
		{"another error stops the run, Catch does not see it", plain, answer(nil, true, errors.New("disk on fire")), runtime.Failed, "", "States.Runtime", "disk on fire"},
		{"a token task's answer is sent with SendTaskSuccess", token, answer(obj(`{"ok":true}`), true, nil), runtime.Succeeded, `{"ok":true}`, "", ""},
		{"a token task's Failure is sent with SendTaskFailure", token, answer(nil, true, &tasks.Failure{Name: "Nope", Cause: "c"}),
			runtime.Succeeded, `{"caught":{"Error":"Nope","Cause":"c"}}`, "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			res, _, _ := run(t, context.Background(), c.resource, c.responder)
			if res == nil {
				t.Fatal("the execution is still waiting")
			}
			if res.Status != c.status {
				t.Fatalf("status %s (%s: %s), want %s", res.Status, res.Error, res.Cause, c.status)
			}
			if c.status == runtime.Succeeded {
				if got := string(value.Marshal(res.Output)); got != c.output {
					t.Errorf("output %s, want %s", got, c.output)
				}
				return
			}
			if res.Error != c.error || !strings.Contains(res.Cause, c.cause) {
				t.Errorf("failed with %s: %s; want %s containing %q", res.Error, res.Cause, c.error, c.cause)
			}
		})
	}
}

func TestHandlerTokenTaskWaitsWhenNothingAnswers(t *testing.T) {
	for name, r := range map[string]tasks.Responder{
		"not mine":  answer(nil, false, nil),
		"unhandled": tasks.Chain(),
	} {
		t.Run(name, func(t *testing.T) {
			res, cb, ex := run(t, context.Background(), token, r)
			if res != nil {
				t.Fatalf("ended %s (%s: %s); want it waiting for its token", res.Status, res.Error, res.Cause)
			}
			pending := cb.Pending()
			if len(pending) != 1 || pending[0].State != "T" {
				t.Fatalf("pending %+v", pending)
			}
			if err := cb.SendTaskSuccess(pending[0].Token, "done"); err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			if res := ex.Wait(ctx); res == nil || res.Status != runtime.Succeeded || res.Output != "done" {
				t.Fatalf("after SendTaskSuccess: %+v", res)
			}
		})
	}
	// With no responder at all the token task waits too, while a plain
	// task stops the run (TestHandlerRules).
	res, cb, ex := run(t, context.Background(), token, nil)
	if res != nil || len(cb.Pending()) != 1 {
		t.Fatalf("nil responder: %+v, pending %d", res, len(cb.Pending()))
	}
	ex.Stop("test.Done", "")
}

func TestHandlerCancelledContextIsNotAStop(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	h := taskrun.Handler("M", tasks.ResponderFunc(func(context.Context, *tasks.Request) (value.Value, bool, error) {
		cancel()
		return nil, true, errors.New("interrupted")
	}))
	_, err := h(ctx, &runtime.TaskRequest{State: "T", Resource: plain})
	var stop *runtime.StopError
	if err == nil || errors.As(err, &stop) {
		t.Errorf("cancelled: %v; want the plain error, not a stop", err)
	}
	_, err = taskrun.Handler("M", answer(nil, true, errors.New("interrupted")))(context.Background(), &runtime.TaskRequest{State: "T", Resource: plain})
	if !errors.As(err, &stop) {
		t.Errorf("not cancelled: %v; want a stop", err)
	}
}

func TestTaskTime(t *testing.T) {
	var seen time.Time
	var had bool
	r := tasks.ResponderFunc(func(ctx context.Context, _ *tasks.Request) (value.Value, bool, error) {
		seen, had = taskrun.TaskTime(ctx)
		return "ok", true, nil
	})
	start := time.Date(2030, 5, 6, 7, 8, 9, 0, time.UTC)
	prog, err := runtime.CompileDefinition([]byte(`{"StartAt": "W", "States": {
	  "W": {"Type": "Wait", "Seconds": 90, "Next": "T"},
	  "T": {"Type": "Task", "Resource": "` + plain + `", "End": true}}}`))
	if err != nil {
		t.Fatal(err)
	}
	ex := prog.Start(context.Background(), value.NewObject(0), &runtime.Options{Clock: func() time.Time { return start }, Tasks: taskrun.Handler("M", r)})
	if res := ex.Wait(context.Background()); res.Status != runtime.Succeeded {
		t.Fatalf("%+v", res)
	}
	if want := start.Add(90 * time.Second); !had || !seen.Equal(want) {
		t.Errorf("TaskTime = %v, %v; want the virtual %v", seen, had, want)
	}
	if _, ok := taskrun.TaskTime(context.Background()); ok {
		t.Errorf("a context that is no task request's has no task time")
	}
}

// A retry's attempt starts later than the state was entered, by the
// retry intervals: the handler sees the attempt's time.
func TestTaskTimeOnRetries(t *testing.T) {
	var seen []time.Time
	r := tasks.ResponderFunc(func(ctx context.Context, _ *tasks.Request) (value.Value, bool, error) {
		now, _ := taskrun.TaskTime(ctx)
		seen = append(seen, now)
		if len(seen) < 3 {
			return nil, true, &tasks.Failure{Name: "Busy", Cause: "try later"}
		}
		return "ok", true, nil
	})
	start := time.Date(2030, 5, 6, 7, 8, 9, 0, time.UTC)
	prog, err := runtime.CompileDefinition([]byte(`{"StartAt": "T", "States": {
	  "T": {"Type": "Task", "Resource": "` + plain + `", "End": true,
	        "Retry": [{"ErrorEquals": ["Busy"], "IntervalSeconds": 10, "BackoffRate": 2, "MaxAttempts": 5}]}}}`))
	if err != nil {
		t.Fatal(err)
	}
	ex := prog.Start(context.Background(), value.NewObject(0), &runtime.Options{Clock: func() time.Time { return start }, Tasks: taskrun.Handler("M", r)})
	if res := ex.Wait(context.Background()); res.Status != runtime.Succeeded {
		t.Fatalf("%+v", res)
	}
	want := []time.Time{start, start.Add(10 * time.Second), start.Add(30 * time.Second)}
	if len(seen) != len(want) {
		t.Fatalf("%d attempts, want %d", len(seen), len(want))
	}
	for i := range want {
		if !seen[i].Equal(want[i]) {
			t.Errorf("attempt %d: TaskTime %v, want %v", i+1, seen[i], want[i])
		}
	}
}
