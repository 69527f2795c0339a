package taskrun

import (
	"context"
	"errors"

	"github.com/stepwise-go/stepwise/runtime"
	"github.com/stepwise-go/stepwise/tasks"
	"github.com/stepwise-go/stepwise/value"
)

// Handler adapts r to runtime.Options.Tasks for one execution of the
// state machine called machine (the name mock files use; "" when there is
// none, as in TestState). Make a new one, with a new tasks.MockCase, for
// every execution: a mock test case counts invocations per execution.
//
// The rules, for a task that does not wait for a token:
//   - an answer is the task's result;
//   - a *tasks.Failure fails the task with its name and cause, which
//     Retry and Catch see;
//   - no answer (r is nil, answers ok=false, or answers a
//     *tasks.UnhandledError) stops the execution through runtime.Stop with
//     a *tasks.UnhandledError naming the state and how to answer it;
//   - any other error stops the execution through runtime.Stop, except
//     when ctx is done: then the context's error is returned (the run is
//     stopping, not the task failing).
//
// For a task that waits for a task token (.waitForTaskToken, activities)
// the responder's answer is the token's answer, as in Step Functions
// Local: a result is sent with SendTaskSuccess, a *tasks.Failure with
// SendTaskFailure. When nothing answers, the task keeps waiting for
// someone to send the token (through runtime.Options.Callbacks), or times
// out.
//
// Every request's ctx carries the virtual time its attempt started at
// (see TaskTime), so handlers can run on the execution's clock.
func Handler(machine string, r tasks.Responder) runtime.TaskHandler {
	return func(ctx context.Context, req *runtime.TaskRequest) (value.Value, error) {
		var out value.Value
		var ok bool
		var err error
		if r != nil {
			ctx = withTaskTime(ctx, req.Now)
			out, ok, err = r.Respond(ctx, &tasks.Request{StateMachine: machine, State: req.State, Resource: req.Resource,
				Input: req.Parameters, Context: req.Context})
		}
		var unhandled *tasks.UnhandledError
		if !ok || errors.As(err, &unhandled) {
			if req.Token != "" {
				return nil, nil // nothing answers the token here: it waits for someone to send it
			}
			return nil, runtime.Stop(&tasks.UnhandledError{StateMachine: machine, State: req.State, Resource: req.Resource})
		}
		var f *tasks.Failure
		if errors.As(err, &f) {
			if req.Token != "" {
				return nil, req.Callbacks().SendTaskFailure(req.Token, f.Name, f.Cause)
			}
			return nil, &runtime.TaskError{Name: f.Name, Cause: f.Cause}
		}
		if err != nil {
			if ctx.Err() != nil {
				return nil, err
			}
			return nil, runtime.Stop(err)
		}
		if req.Token != "" {
			return nil, req.Callbacks().SendTaskSuccess(req.Token, out)
		}
		return out, nil
	}
}
