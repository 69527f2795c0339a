package main

import (
	"context"
	"errors"

	"github.com/stepwise-go/stepwise/runtime"
	"github.com/stepwise-go/stepwise/tasks"
	"github.com/stepwise-go/stepwise/value"
)

// taskHandler adapts a tasks.Responder to runtime.Options.Tasks, for one
// execution of the state machine named machine (the name mock files use).
// Make a new one, with a new MockCase, for every execution.
//
// (It lives here, not in package tasks, so that tasks does not depend on
// the runtime: only the CLI, the local server and tests import runtime.)
// A *tasks.Failure fails the task with its name and cause (Retry and Catch see
// it); any other error, and a request no responder answers, stops the
// execution through runtime.Stop, since the task has nothing to call.
//
// For a task that waits for a task token (.waitForTaskToken, activities)
// the responder's answer is the token's answer, as in Step Functions
// Local (the echo stub so succeeds it with the task's input); when no
// responder answers, the task keeps waiting for someone to send the
// token (through runtime.Options.Callbacks), or times out.
func taskHandler(machine string, r tasks.Responder) runtime.TaskHandler {
	return func(ctx context.Context, req *runtime.TaskRequest) (value.Value, error) {
		treq := &tasks.Request{StateMachine: machine, State: req.State, Resource: req.Resource, Input: req.Parameters, Context: req.Context}
		out, ok, err := r.Respond(ctx, treq)
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
