package tasks

import (
	"context"
	"errors"
	"fmt"

	"github.com/stepwise-go/stepwise/value"
)

// Chain returns a Responder that asks each of rs in turn and returns the
// first answer. When none answers, it answers with an *UnhandledError that
// names the state and the resource and says how to answer it. A nested
// Chain that found no answer counts as "not mine", so chains compose. Nil
// responders are skipped.
func Chain(rs ...Responder) Responder {
	list := make([]Responder, 0, len(rs))
	for _, r := range rs {
		if r != nil {
			list = append(list, r)
		}
	}
	return chain(list)
}

type chain []Responder

func (c chain) Respond(ctx context.Context, req *Request) (value.Value, bool, error) {
	for _, r := range c {
		out, ok, err := r.Respond(ctx, req)
		if !ok {
			continue
		}
		var unhandled *UnhandledError
		if errors.As(err, &unhandled) {
			continue
		}
		return out, true, err
	}
	return nil, true, &UnhandledError{StateMachine: req.StateMachine, State: req.State, Resource: req.Resource}
}

// UnhandledError is Chain's answer when no responder answered a task: the
// run stops, since the task has nothing to call.
type UnhandledError struct {
	StateMachine string
	State        string
	Resource     string
}

// Error says which task went unanswered and the three ways to answer it.
func (e *UnhandledError) Error() string {
	machine := e.StateMachine
	if machine == "" {
		machine = "MACHINE"
	}
	return fmt.Sprintf("task state %q (resource %s) has no handler and no mock: "+
		"map it to a mocked response in a test case of the --mocks file "+
		`({"StateMachines": {%q: {"TestCases": {"TEST": {%q: "RESPONSE"}}}}, "MockedResponses": {"RESPONSE": {"0": {"Return": {}}}}}), `+
		"answer every task with --stub-tasks echo, "+
		"or register a Go function with tasks.Handlers.Handle(%q, fn)",
		e.State, e.Resource, machine, e.State, e.State)
}
