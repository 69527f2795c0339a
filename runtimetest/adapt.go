package runtimetest

import (
	"context"
	"errors"

	"github.com/stepwise-go/stepwise/runtime"
	"github.com/stepwise-go/stepwise/tasks"
	"github.com/stepwise-go/stepwise/value"
)

// adapt turns a tasks.Responder into a runtime.TaskHandler, as the CLI's
// run does: a *tasks.Failure fails the task (Retry and Catch see it); a
// request nothing answers stops the execution, naming the state, except
// a task waiting for a token, which then waits for the test. For a token
// task the responder's answer is the token's answer.
func adapt(machine string, r tasks.Responder) runtime.TaskHandler {
	return func(ctx context.Context, req *runtime.TaskRequest) (value.Value, error) {
		out, ok, err := r.Respond(ctx, &tasks.Request{StateMachine: machine, State: req.State, Resource: req.Resource,
			Input: req.Parameters, Context: req.Context})
		var unhandled *tasks.UnhandledError
		if req.Token != "" && (!ok || errors.As(err, &unhandled)) {
			return nil, nil // nothing answers the token here: it waits for someone to send it
		}
		if !ok {
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
