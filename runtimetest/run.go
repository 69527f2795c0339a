package runtimetest

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/stepwise-go/stepwise/runtime"
	"github.com/stepwise-go/stepwise/value"
)

// Run is one execution started by Workflow.Start or Run.
type Run struct {
	t  T
	w  *Workflow
	ex *runtime.Execution
	cb *runtime.Callbacks // nil with Unanswered
}

// Execution is the runtime's execution, for what the kit does not cover.
func (r *Run) Execution() *runtime.Execution { return r.ex }

// Callbacks is where the execution's task tokens are answered, for code
// that sends them itself (a Lambda function behind an approval link, a
// worker); nil with Unanswered.
func (r *Run) Callbacks() *runtime.Callbacks { return r.cb }

// Wait waits for the execution to end and returns its result. After the
// workflow's Patience it fails the test, naming the tasks still waiting
// for a token, and stops the execution.
func (r *Run) Wait() *runtime.Result {
	r.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), r.w.patience)
	defer cancel()
	res := r.ex.Wait(ctx)
	if res == nil {
		waiting := r.pendingText()
		r.ex.Stop("runtimetest.Stuck", "")
		r.t.Fatalf("runtimetest: the execution did not end within %v%s", r.w.patience, waiting)
	}
	return res
}

// pendingText describes the tasks waiting for a token.
func (r *Run) pendingText() string {
	if r.cb == nil {
		return ""
	}
	var b strings.Builder
	for _, p := range r.cb.Pending() {
		fmt.Fprintf(&b, "\n\tstate %q waits for its task token (answer it with SendTaskSuccess or SendTaskFailure)", p.State)
	}
	return b.String()
}

// WaitForTask waits until the state's task waits for its token and
// returns it (its Token, and Parameters: what it was sent). It fails the
// test after the workflow's Patience, or when the execution ends first.
func (r *Run) WaitForTask(state string) runtime.PendingTask {
	r.t.Helper()
	if r.cb == nil {
		r.t.Fatalf("runtimetest: WaitForTask(%q) with Unanswered: no task token can be answered", state)
	}
	deadline := time.Now().Add(r.w.patience)
	for {
		for _, p := range r.cb.Pending() {
			if p.State == state {
				return p
			}
		}
		select {
		case <-r.ex.Done():
			r.t.Fatalf("runtimetest: the execution ended (%s) before %q waited for a task token", r.ex.Wait(context.Background()).Status, state)
		default:
		}
		if time.Now().After(deadline) {
			r.t.Fatalf("runtimetest: %q did not wait for a task token within %v", state, r.w.patience)
		}
		time.Sleep(time.Millisecond)
	}
}

// SendTaskSuccess answers the token of the state's waiting task with
// output (JSON text), waiting for the task first.
func (r *Run) SendTaskSuccess(state, output string) {
	r.t.Helper()
	v, err := value.ParseString(output)
	if err != nil {
		r.t.Fatalf("runtimetest: SendTaskSuccess(%q): output: %v", state, err)
	}
	if err := r.cb.SendTaskSuccess(r.WaitForTask(state).Token, v); err != nil {
		r.t.Fatalf("runtimetest: SendTaskSuccess(%q): %v", state, err)
	}
}

// SendTaskFailure fails the state's waiting task with an error name and
// cause, waiting for the task first.
func (r *Run) SendTaskFailure(state, errorName, cause string) {
	r.t.Helper()
	if err := r.cb.SendTaskFailure(r.WaitForTask(state).Token, errorName, cause); err != nil {
		r.t.Fatalf("runtimetest: SendTaskFailure(%q): %v", state, err)
	}
}

// Result waits for the execution and returns its result.
func (r *Run) Result() *runtime.Result {
	r.t.Helper()
	return r.Wait()
}

// Output waits for the execution and returns its output as compact JSON
// text ("" unless it succeeded).
func (r *Run) Output() string {
	r.t.Helper()
	res := r.Wait()
	if res.Status != runtime.Succeeded {
		return ""
	}
	return string(value.Marshal(res.Output))
}

// History waits for the execution and returns its history.
func (r *Run) History() []runtime.Event {
	r.t.Helper()
	r.Wait()
	return r.ex.History()
}

// Path returns the states entered, in order (Parallel branches and Map
// iterations included, as their events were recorded).
func (r *Run) Path() []string {
	r.t.Helper()
	var path []string
	for _, e := range r.History() {
		if strings.HasSuffix(e.Type, "StateEntered") && e.Details != nil {
			if n, ok := e.Details.Get("name"); ok {
				path = append(path, fmt.Sprint(n))
			}
		}
	}
	return path
}

// Retries returns how many times the state's task was retried: the
// tasks scheduled for it beyond one per visit.
func (r *Run) Retries(state string) int {
	r.t.Helper()
	current, visits, scheduled := "", 0, 0
	for _, e := range r.History() {
		switch {
		case strings.HasSuffix(e.Type, "StateEntered"):
			n, _ := e.Details.Get("name")
			current, _ = n.(string)
			if current == state {
				visits++
			}
		case current == state && (e.Type == "TaskScheduled" || e.Type == "ActivityScheduled" || e.Type == "LambdaFunctionScheduled"):
			scheduled++
		}
	}
	if scheduled < visits {
		return 0
	}
	return scheduled - visits
}
