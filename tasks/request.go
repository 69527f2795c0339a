package tasks

import (
	"context"

	"github.com/stepwise-go/stepwise/value"
)

// Request is one invocation of a Task state. A retry is a new Request.
type Request struct {
	// StateMachine is the state machine's name, as mock files name it.
	StateMachine string
	// State is the Task state's name.
	State string
	// Resource is the Task's Resource ARN, with its suffix: for example
	// "arn:aws:states:::lambda:invoke", "arn:aws:states:::dynamodb:getItem",
	// "arn:aws:states:::states:startExecution.sync:2",
	// "arn:aws:states:::aws-sdk:s3:listBuckets" or the legacy Lambda form
	// "arn:aws:lambda:us-east-1:123456789012:function:F".
	Resource string
	// Input is the effective parameters: the result of Parameters or
	// Arguments, or the state input when the state has neither.
	Input value.Value
	// Context is the context object ($$), or nil. Responders read
	// State.EnteredTime from it (the Date of generated responses) and use
	// it to make generated ids differ between invocations.
	Context value.Value
}

// Failure fails a task with an error name and a cause, what Retry and
// Catch match on and what the TaskFailed event records. Name is never
// empty; Cause may be.
type Failure struct {
	Name  string // the error name, e.g. "Lambda.ServiceException" or "errorString"
	Cause string // the cause; for Lambda functions the error as JSON
}

// Error returns "Name: Cause", or Name when there is no cause.
func (f *Failure) Error() string {
	if f.Cause == "" {
		return f.Name
	}
	return f.Name + ": " + f.Cause
}

// Responder answers task invocations. ok=false means "not mine, ask the
// next one" (out and err are then ignored). With ok=true, err is nil and
// out is the service's raw response; or err is a *Failure, which fails the
// task; or err is any other error, which stops the run.
type Responder interface {
	Respond(ctx context.Context, req *Request) (out value.Value, ok bool, err error)
}

// ResponderFunc adapts a function to a Responder.
type ResponderFunc func(ctx context.Context, req *Request) (value.Value, bool, error)

// Respond calls f.
func (f ResponderFunc) Respond(ctx context.Context, req *Request) (value.Value, bool, error) {
	return f(ctx, req)
}
