package server

import (
	"context"
	"errors"
	"strings"

	"github.com/stepwise-go/stepwise/runtime"
	"github.com/stepwise-go/stepwise/tasks"
	"github.com/stepwise-go/stepwise/value"
)

// responder builds the task responder of one execution of the machine
// called machine: the mock file's test case (when one is named), then
// Options.Responder, then the echo stub. It returns nil when nothing can
// answer, so that a Task state fails the execution saying how to answer
// it. A test case the mock file does not have is a ValidationException.
func (s *Server) responder(machine, testCase string) (tasks.Responder, error) {
	var chain []tasks.Responder
	if testCase != "" {
		if s.opts.Mocks == nil {
			return nil, newError(errValidation, "the state machine ARN names the test case %q but the server has no mock file (start it with --mocks FILE)", testCase)
		}
		mc, err := s.opts.Mocks.Case(machine, testCase)
		if err != nil {
			cases := s.opts.Mocks.TestCases(machine)
			return nil, newError(errValidation, "%v (the mock file's test cases for %s: %s)", err, machine, strings.Join(cases, ", "))
		}
		chain = append(chain, mc)
	}
	if s.opts.Responder != nil {
		chain = append(chain, s.opts.Responder)
	}
	if s.opts.StubEcho {
		chain = append(chain, tasks.StubEcho())
	}
	if len(chain) == 0 {
		return nil, nil
	}
	return tasks.Chain(chain...), nil
}

// taskHandler adapts a tasks.Responder to runtime.Options.Tasks for one
// execution of the machine called machine. A *tasks.Failure fails the
// task (Retry and Catch see it); any other error, and a request nothing
// answers, stops the execution through runtime.Stop. (The CLI's `run`
// has the same adapter; package tasks does not import the runtime.)
//
// For a task that waits for a task token (.waitForTaskToken, activities)
// the responder's answer is the token's answer, as in Step Functions
// Local; when nothing answers, the task waits for SendTaskSuccess or
// SendTaskFailure through the API, or times out.
func taskHandler(machine string, r tasks.Responder) runtime.TaskHandler {
	return func(ctx context.Context, req *runtime.TaskRequest) (value.Value, error) {
		treq := &tasks.Request{StateMachine: machine, State: req.State, Resource: req.Resource, Input: req.Parameters, Context: req.Context}
		if r == nil {
			if req.Token != "" {
				return nil, nil
			}
			return nil, runtime.Stop(&tasks.UnhandledError{StateMachine: machine, State: req.State, Resource: req.Resource})
		}
		out, ok, err := r.Respond(ctx, treq)
		if !ok {
			if req.Token != "" {
				return nil, nil
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
