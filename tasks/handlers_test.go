package tasks

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/aws/aws-lambda-go/lambda/messages"
	"github.com/aws/aws-lambda-go/lambdacontext"

	"github.com/stepwise-go/stepwise/value"
)

type order struct {
	ID  string `json:"id"`
	Qty int    `json:"qty"`
}

type receipt struct {
	ID    string `json:"id"`
	Total int    `json:"total"`
}

func TestHandleSignatures(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name    string
		fn      any
		wantErr string
	}{
		{"func()", func() {}, ""},
		{"func(ctx)", func(context.Context) {}, ""},
		{"func(In)", func(order) {}, ""},
		{"func(any)", func(any) {}, ""},
		{"func(ctx, In) error", func(context.Context, order) error { return nil }, ""},
		{"func(ctx, In) (Out, error)", func(context.Context, order) (receipt, error) { return receipt{}, nil }, ""},
		{"func() error", func() error { return nil }, ""},
		{"lambda.Handler", rawHandler("{}"), ""},
		{"nil", nil, "handler is nil"},
		{"nil func", (func())(nil), "nil function"},
		{"not a func", 42, "is a int, not a function"},
		{"three args", func(context.Context, order, int) {}, "takes 3 arguments"},
		{"two args, first not ctx", func(order, order) {}, "the first is tasks.order, not context.Context"},
		{"interface arg", func(fmt.Stringer) {}, "an interface other than context.Context"},
		{"Out only", func() receipt { return receipt{} }, "which is not an error"},
		{"second not error", func() (receipt, int) { return receipt{}, 0 }, "the second, int, is not an error"},
		{"three results", func() (int, int, error) { return 0, 0, nil }, "returns 3 values"},
	}
	_ = ctx
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var h Handlers
			err := h.Handle("S", tt.fn)
			if tt.wantErr == "" && err != nil {
				t.Fatalf("want accepted, got %v", err)
			}
			if tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
				t.Fatalf("want an error containing %q, got %v", tt.wantErr, err)
			}
		})
	}
}

type rawHandler string

func (r rawHandler) Invoke(context.Context, []byte) ([]byte, error) { return []byte(r), nil }

func TestHandleDuplicates(t *testing.T) {
	var h Handlers
	noop := func() {}
	if err := h.Handle("", noop); err == nil {
		t.Error("an empty name must be refused")
	}
	if err := h.Handle("F", noop); err != nil {
		t.Fatal(err)
	}
	if err := h.Handle("F", noop); err == nil || !strings.Contains(err.Error(), "registered already") {
		t.Errorf("a second F: %v", err)
	}
	if err := h.Handle("arn:aws:lambda:us-east-1:123456789012:function:F", noop); err == nil || !strings.Contains(err.Error(), `which "F" registered already`) {
		t.Errorf("F by ARN: %v", err)
	}
	if err := h.Handle("Some State", noop); err != nil {
		t.Errorf("a state name with a space: %v", err)
	}
}

// named returns a handler that answers with its own name.
func named(name string) func(context.Context, any) (string, error) {
	return func(context.Context, any) (string, error) { return name, nil }
}

func TestHandlersMatching(t *testing.T) {
	var h Handlers
	for _, key := range []string{"ByState", "F", "arn:aws:lambda:us-east-1:123456789012:function:G", "${SubmitJobFunctionArn}", "arn:aws:states:::dynamodb:getItem"} {
		if err := h.Handle(key, named(key)); err != nil {
			t.Fatal(err)
		}
	}
	invoke := "arn:aws:states:::lambda:invoke"
	tests := []struct {
		name, state, resource, input string
		want                         string // the handler's name, or "" for unanswered
	}{
		{"state name wins", "ByState", invoke, `{"FunctionName": "F"}`, "ByState"},
		{"FunctionName by name", "X", invoke, `{"FunctionName": "F"}`, "F"},
		{"FunctionName by ARN", "X", invoke, `{"FunctionName": "arn:aws:lambda:us-east-1:123456789012:function:F"}`, "F"},
		{"FunctionName with qualifier", "X", invoke, `{"FunctionName": "F:prod"}`, "F"},
		{"FunctionName partial ARN", "X", invoke, `{"FunctionName": "123456789012:function:G"}`, "arn:aws:lambda:us-east-1:123456789012:function:G"},
		{"FunctionName placeholder as written", "X", invoke, `{"FunctionName": "${SubmitJobFunctionArn}"}`, "${SubmitJobFunctionArn}"},
		{"legacy ARN", "X", "arn:aws:lambda:us-east-1:123456789012:function:F", `{}`, "F"},
		{"legacy ARN exact", "X", "arn:aws:lambda:us-east-1:123456789012:function:G", `{}`, "arn:aws:lambda:us-east-1:123456789012:function:G"},
		{"resource", "X", "arn:aws:states:::dynamodb:getItem", `{}`, "arn:aws:states:::dynamodb:getItem"},
		{"other function", "X", invoke, `{"FunctionName": "H"}`, ""},
		{"other resource", "X", "arn:aws:states:::dynamodb:putItem", `{}`, ""},
		{"FunctionName outside lambda:invoke is ignored", "X", "arn:aws:states:::sns:publish", `{"FunctionName": "F"}`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, ok, err := h.Respond(context.Background(), &Request{State: tt.state, Resource: tt.resource, Input: mustValue(t, tt.input)})
			if tt.want == "" {
				if ok {
					t.Fatalf("want unanswered, got %v %v", out, err)
				}
				return
			}
			if !ok || err != nil {
				t.Fatalf("ok=%v err=%v", ok, err)
			}
			if o, isObj := out.(*value.Object); isObj {
				out, _ = o.Get("Payload")
			}
			if out != tt.want {
				t.Fatalf("answered by %v, want %s", out, tt.want)
			}
		})
	}
}

func TestHandlersLambdaInvokeShape(t *testing.T) {
	var h Handlers
	var got order
	var lc *lambdacontext.LambdaContext
	h.Handle("Charge", func(ctx context.Context, in order) (receipt, error) {
		got = in
		lc, _ = lambdacontext.FromContext(ctx)
		return receipt{ID: in.ID, Total: in.Qty * 5}, nil
	})
	req := &Request{State: "Charge", Resource: "arn:aws:states:::lambda:invoke",
		Input: mustValue(t, `{"FunctionName": "arn:aws:lambda:r:1:function:Charge", "Payload": {"id": "o1", "qty": 3}}`)}
	out, _, err := h.Respond(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	if got != (order{"o1", 3}) {
		t.Errorf("the handler got %+v, want the Payload", got)
	}
	if lc == nil || lc.InvokedFunctionArn != "arn:aws:lambda:r:1:function:Charge" || !uuidRE.MatchString(lc.AwsRequestID) {
		t.Errorf("LambdaContext = %+v", lc)
	}
	o := out.(*value.Object)
	if strings.Join(o.Keys(), " ") != "ExecutedVersion Payload SdkHttpMetadata SdkResponseMetadata StatusCode" {
		t.Errorf("keys %v", o.Keys())
	}
	if p := string(value.Marshal(at(out, "Payload"))); p != `{"id":"o1","total":15}` {
		t.Errorf("Payload = %s", p)
	}
	if cl := at(out, "SdkHttpMetadata.HttpHeaders.Content-Length"); cl != "22" {
		t.Errorf("Content-Length = %v", cl)
	}

	// The same function in the legacy form: the whole input, the result itself.
	legacy := &Request{State: "Charge", Resource: "arn:aws:lambda:r:1:function:Charge", Input: mustValue(t, `{"id": "o2", "qty": 1}`)}
	out, _, _ = h.Respond(context.Background(), legacy)
	if s := string(value.Marshal(out)); s != `{"id":"o2","total":5}` {
		t.Errorf("legacy result = %s", s)
	}

	// .waitForTaskToken: the result is the task's result, unwrapped.
	wait := &Request{State: "Charge", Resource: "arn:aws:states:::lambda:invoke.waitForTaskToken", Input: mustValue(t, `{"Payload": {"id": "o3", "qty": 2}}`)}
	out, _, _ = h.Respond(context.Background(), wait)
	if s := string(value.Marshal(out)); s != `{"id":"o3","total":10}` {
		t.Errorf("waitForTaskToken result = %s", s)
	}
}

func TestHandlersMissingPayloadIsEmptyObject(t *testing.T) {
	var h Handlers
	var raw json.RawMessage
	h.Handle("S", func(in json.RawMessage) error { raw = in; return nil })
	out, _, err := h.Respond(context.Background(), &Request{State: "S", Resource: "arn:aws:states:::lambda:invoke", Input: mustValue(t, `{"FunctionName": "F"}`)})
	if err != nil || string(raw) != "{}" || !value.IsNull(at(out, "Payload")) {
		t.Fatalf("raw=%s out=%s err=%v", raw, value.Marshal(out), err)
	}
}

func TestHandlersRawBytes(t *testing.T) {
	var h Handlers
	h.Handle("S", rawHandler("not json"))
	out, _, _ := h.Respond(context.Background(), &Request{State: "S", Resource: "arn:aws:states:::lambda:invoke", Input: value.NewObject(0)})
	if at(out, "Payload") != "not json" {
		t.Errorf("bytes that are not JSON are a string payload: %s", value.Marshal(out))
	}
}

type jobFailed struct{ id string }

func (e jobFailed) Error() string { return "job " + e.id + " failed" }

type namedErr struct{}

func (namedErr) Error() string     { return "no stock" }
func (namedErr) ErrorName() string { return "Orders.OutOfStock" }

func TestHandlersErrors(t *testing.T) {
	tests := []struct {
		name      string
		err       error
		wantName  string
		wantCause string
	}{
		{"errors.New", errors.New("boom"), "errorString", `{"errorMessage":"boom","errorType":"errorString"}`},
		{"fmt.Errorf %w", fmt.Errorf("ctx: %w", errors.New("boom")), "wrapError", `{"errorMessage":"ctx: boom","errorType":"wrapError"}`},
		{"typed value error", jobFailed{"j1"}, "jobFailed", `{"errorMessage":"job j1 failed","errorType":"jobFailed"}`},
		{"typed pointer error", &json.SyntaxError{}, "SyntaxError", ""},
		{"ErrorNamer", namedErr{}, "Orders.OutOfStock", `{"errorMessage":"no stock","errorType":"Orders.OutOfStock"}`},
		{"wrapped ErrorNamer", fmt.Errorf("charge: %w", namedErr{}), "Orders.OutOfStock", `{"errorMessage":"charge: no stock","errorType":"Orders.OutOfStock"}`},
		{"Failure", &Failure{Name: "Custom", Cause: "exact"}, "Custom", "exact"},
		{"InvokeResponse_Error", messages.InvokeResponse_Error{Type: "Lambda.Unknown", Message: "m"}, "Lambda.Unknown", `{"errorMessage":"m","errorType":"Lambda.Unknown"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var h Handlers
			h.Handle("S", func() error { return tt.err })
			_, ok, err := h.Respond(context.Background(), &Request{State: "S", Resource: "arn:aws:states:::lambda:invoke", Input: value.NewObject(0)})
			var f *Failure
			if !ok || !errors.As(err, &f) {
				t.Fatalf("want a *Failure, got %v", err)
			}
			if f.Name != tt.wantName || (tt.wantCause != "" && f.Cause != tt.wantCause) {
				t.Fatalf("got %q / %q, want %q / %q", f.Name, f.Cause, tt.wantName, tt.wantCause)
			}
		})
	}
}

func TestHandlersBadInputIsLambdasUnmarshalError(t *testing.T) {
	var h Handlers
	h.Handle("S", func(in order) error { return nil })
	_, _, err := h.Respond(context.Background(), &Request{State: "S", Resource: "arn:aws:lambda:r:1:function:S", Input: mustValue(t, `{"qty": "three"}`)})
	var f *Failure
	if !errors.As(err, &f) || f.Name != "UnmarshalTypeError" {
		t.Fatalf("want UnmarshalTypeError as lambda.Start reports it, got %v", err)
	}
}

func TestHandlersPanic(t *testing.T) {
	for _, p := range []any{"kaboom", errors.New("kaboom")} {
		var h Handlers
		h.Handle("S", func() { panic(p) })
		_, ok, err := h.Respond(context.Background(), &Request{State: "S", Resource: "arn:aws:states:::lambda:invoke", Input: value.NewObject(0)})
		var f *Failure
		if !ok || !errors.As(err, &f) || f.Name != "States.TaskFailed" || !strings.Contains(f.Cause, "kaboom") || !strings.Contains(f.Cause, "panicked") {
			t.Fatalf("panic(%#v): got %v", p, err)
		}
	}
}

func TestHandlersCancelled(t *testing.T) {
	var h Handlers
	calls := 0
	h.Handle("S", func(ctx context.Context) error { calls++; return ctx.Err() })
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, ok, err := h.Respond(ctx, &Request{State: "S"}); !ok || !errors.Is(err, context.Canceled) || calls != 0 {
		t.Fatalf("a cancelled run must not call the handler: %v, %d calls", err, calls)
	}
	ctx, cancel = context.WithCancel(context.Background())
	h2 := Handlers{}
	h2.Handle("S", func(context.Context) error { cancel(); return errors.New("interrupted") })
	var f *Failure
	if _, _, err := h2.Respond(ctx, &Request{State: "S"}); !errors.Is(err, context.Canceled) || errors.As(err, &f) {
		t.Fatalf("cancelled during the call: want the context's error, not a task failure: %v", err)
	}
}

func TestHandlersConcurrent(t *testing.T) {
	var h Handlers
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(2)
		go func() { defer wg.Done(); h.Handle(fmt.Sprint("S", i), named("x")) }()
		go func() { defer wg.Done(); h.Respond(context.Background(), &Request{State: "S0"}) }()
	}
	wg.Wait()
	if _, ok, _ := h.Respond(context.Background(), &Request{State: "S19"}); !ok {
		t.Fatal("registered concurrently, must be found")
	}
}
