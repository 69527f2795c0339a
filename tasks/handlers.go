package tasks

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-lambda-go/lambdacontext"

	"github.com/stepwise-go/stepwise/value"
)

// Handlers answers tasks with Go functions, registered per state name,
// resource ARN or Lambda function. The zero value is an empty registry
// ready to use; it is safe for concurrent use, registration included.
//
// Functions are called through aws-lambda-go's lambda.NewHandler(fn).Invoke,
// so an aws-lambda-go handler runs as it does under lambda.Start: the same
// accepted signatures and the same JSON rules for its input and output.
//
// A request is matched, first match wins, by:
//  1. the state's name;
//  2. for the Lambda invoke integration (arn:aws:states:::lambda:invoke…),
//     its FunctionName parameter, exactly or by function name, so a handler
//     registered as "F" or as any ARN of F answers FunctionName "F",
//     "F:prod", "123456789012:function:F" or
//     "arn:aws:lambda:us-east-1:123456789012:function:F";
//  3. for the legacy Lambda form (Resource is the function's ARN), the
//     function, in the same ways;
//  4. the Resource exactly as written (e.g. "arn:aws:states:::dynamodb:getItem").
//
// What the function gets and what the task returns depend on the
// resource. For the Lambda invoke integration (request-response) the
// function gets the Payload parameter ({} when absent) and its result is
// wrapped in the integration's response, {"ExecutedVersion", "Payload":
// result, "SdkHttpMetadata", "SdkResponseMetadata", "StatusCode": 200}.
// Otherwise the function gets the effective parameters and its result is
// the task's result: the function's result itself for the legacy Lambda
// form, the raw service response for other integrations. For a
// .waitForTaskToken task the function gets what the service would get (for
// Lambda, the Payload carrying the token) and its result is the task's
// result, as if it had called SendTaskSuccess with it; an error, as if
// SendTaskFailure.
//
// Errors: see FailureFromError. A panic fails the task with
// States.TaskFailed and the panic in the cause; it never crashes the run.
// When ctx is done after the call, the context's error is returned instead
// (the run is stopping, not the task failing).
type Handlers struct {
	mu         sync.RWMutex
	byKey      map[string]*registered // state name, resource ARN, FunctionName as written
	byFunction map[string]*registered // Lambda function name
}

var _ Responder = (*Handlers)(nil)

type registered struct {
	key string
	fn  any // what Handle was given
}

// Handle registers fn for a state name, a resource ARN, or a Lambda
// function (name or ARN). fn must be a function lambda.Start accepts —
// func(), func(ctx), func(In), func(ctx, In), returning nothing, error,
// Out, or (Out, error) — or a lambda.Handler. An invalid fn, an empty
// name, or a name (or function) registered already is an error.
func (h *Handlers) Handle(nameOrARN string, fn any) error {
	if nameOrARN == "" {
		return errors.New("tasks: Handle needs a state name, resource ARN or Lambda function")
	}
	if err := checkHandler(fn); err != nil {
		return fmt.Errorf("tasks: handler for %q: %w", nameOrARN, err)
	}
	r := &registered{key: nameOrARN, fn: fn}
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.byKey == nil {
		h.byKey, h.byFunction = map[string]*registered{}, map[string]*registered{}
	}
	if _, dup := h.byKey[nameOrARN]; dup {
		return fmt.Errorf("tasks: a handler for %q is registered already", nameOrARN)
	}
	name := functionName(nameOrARN)
	if prev, dup := h.byFunction[name]; name != "" && dup {
		return fmt.Errorf("tasks: %q names Lambda function %q, which %q registered already", nameOrARN, name, prev.key)
	}
	h.byKey[nameOrARN] = r
	if name != "" {
		h.byFunction[name] = r
	}
	return nil
}

// lookup finds the handler for req (see Handlers for the order).
func (h *Handlers) lookup(req *Request, res resource) *registered {
	h.mu.RLock()
	defer h.mu.RUnlock()
	if r := h.byKey[req.State]; r != nil {
		return r
	}
	function := res.function
	if res.integration == "lambda:invoke" {
		function, _ = input(req, "FunctionName").(string)
	}
	if function != "" {
		if r := h.byKey[function]; r != nil {
			return r
		}
		if name := functionName(function); name != "" && h.byFunction[name] != nil {
			return h.byFunction[name]
		}
	}
	return h.byKey[req.Resource]
}

// Respond calls the function registered for req, if any (ok=false
// otherwise); see Handlers.
func (h *Handlers) Respond(ctx context.Context, req *Request) (value.Value, bool, error) {
	res := parseResource(req.Resource)
	r := h.lookup(req, res)
	if r == nil {
		return nil, false, nil
	}
	if err := ctx.Err(); err != nil {
		return nil, true, err
	}
	payload := req.Input
	if res.integration == "lambda:invoke" {
		payload = input(req, "Payload")
	}
	data := []byte("{}")
	if payload != nil {
		data = value.Marshal(payload)
	}
	out, err := r.call(ctx, req, data)
	if ctxErr := ctx.Err(); ctxErr != nil {
		return nil, true, ctxErr
	}
	if err != nil {
		return nil, true, err
	}
	result, perr := value.Parse(out)
	if perr != nil {
		result = string(out) // a lambda.Handler may return any bytes
	}
	if res.lambdaInvoke() {
		return lambdaInvokeResponse(req, result, len(out)), true, nil
	}
	return result, true, nil
}

// call invokes the handler, turning an error or a panic into a *Failure.
func (r *registered) call(ctx context.Context, req *Request, payload []byte) (out []byte, err error) {
	defer func() {
		if p := recover(); p != nil {
			out, err = nil, panicFailure(p)
		}
	}()
	lc := &lambdacontext.LambdaContext{AwsRequestID: invocationID(req, "RequestId"), InvokedFunctionArn: invokedARN(req)}
	// A handler from lambda.NewHandler encodes every result into one
	// buffer it keeps, so concurrent invocations (Map iterations, Parallel
	// branches) each need their own.
	out, err = lambda.NewHandler(r.fn).Invoke(lambdacontext.NewContext(ctx, lc), payload)
	if err != nil {
		return nil, FailureFromError(err)
	}
	return bytes.Clone(out), nil
}

// invokedARN is the function ARN the handler sees in its LambdaContext:
// the FunctionName parameter or the legacy resource.
func invokedARN(req *Request) string {
	if res := parseResource(req.Resource); res.function != "" {
		return res.function
	}
	s, _ := input(req, "FunctionName").(string)
	return s
}
