package tasks

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-lambda-go/lambda/messages"
)

// ErrorNamer is implemented by errors that choose the error name a task
// fails with, the name Retry and Catch match on, instead of their Go type
// name.
type ErrorNamer interface {
	ErrorName() string
}

// FailureFromError turns a Go handler's error into the failure AWS Lambda's
// Go runtime reports, which Step Functions passes on:
//   - a *Failure (anywhere in the chain) is kept as it is;
//   - an aws-lambda-go messages.InvokeResponse_Error is reported as given;
//   - otherwise the name is ErrorName() when the error (or one it wraps)
//     implements ErrorNamer, else the error's Go type name without package
//     and pointer, as the Go runtime's errorType does ("errorString" for
//     errors.New, "wrapError" for fmt.Errorf with %w; an unnamed type
//     gives "States.TaskFailed"), and the cause is the Lambda error
//     document {"errorMessage": err.Error(), "errorType": name}.
func FailureFromError(err error) *Failure {
	var f *Failure
	if errors.As(err, &f) {
		c := *f
		return &c
	}
	var ire messages.InvokeResponse_Error
	if errors.As(err, &ire) {
		return lambdaFailure(ire.Type, ire.Message)
	}
	var pire *messages.InvokeResponse_Error
	if errors.As(err, &pire) && pire != nil {
		return lambdaFailure(pire.Type, pire.Message)
	}
	var namer ErrorNamer
	if errors.As(err, &namer) && namer.ErrorName() != "" {
		return lambdaFailure(namer.ErrorName(), err.Error())
	}
	return lambdaFailure(typeName(err), err.Error())
}

// typeName is the Go type's name without package, through one pointer.
func typeName(v any) string {
	t := reflect.TypeOf(v)
	if t == nil {
		return ""
	}
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.Name()
}

func lambdaFailure(name, message string) *Failure {
	if name == "" {
		name = "States.TaskFailed"
	}
	doc, _ := json.Marshal(struct {
		Message string `json:"errorMessage"`
		Type    string `json:"errorType"`
	}{message, name})
	return &Failure{Name: name, Cause: string(doc)}
}

// panicFailure reports a handler's panic: States.TaskFailed, with the
// panic value and its type in the Lambda error document.
func panicFailure(p any) *Failure {
	doc, _ := json.Marshal(struct {
		Message string `json:"errorMessage"`
		Type    string `json:"errorType"`
	}{fmt.Sprint(p), typeName(p)})
	return &Failure{Name: "States.TaskFailed", Cause: "the handler panicked: " + string(doc)}
}

var errorType = reflect.TypeFor[error]()

type contextInterface = context.Context

// checkHandler applies lambda.Start's rules for handler functions at
// registration, where aws-lambda-go would only fail at the first call.
func checkHandler(fn any) error {
	if fn == nil {
		return errors.New("handler is nil")
	}
	if _, ok := fn.(lambda.Handler); ok {
		return nil
	}
	t := reflect.TypeOf(fn)
	if t.Kind() != reflect.Func {
		return fmt.Errorf("handler is a %s, not a function", t.Kind())
	}
	if reflect.ValueOf(fn).IsNil() {
		return errors.New("handler is a nil function")
	}
	ctx := reflect.TypeFor[contextInterface]()
	isContext := func(a reflect.Type) bool {
		return a.Kind() == reflect.Interface && ctx.Implements(a) && a.Implements(ctx)
	}
	switch t.NumIn() {
	case 0:
	case 1:
		if a := t.In(0); a.Kind() == reflect.Interface && a.NumMethod() > 0 && !isContext(a) {
			return fmt.Errorf("its argument is an interface other than context.Context: %s", a)
		}
	case 2:
		if !isContext(t.In(0)) {
			return fmt.Errorf("it takes two arguments, but the first is %s, not context.Context", t.In(0))
		}
	default:
		return fmt.Errorf("it takes %d arguments; handlers take at most two (context.Context, input)", t.NumIn())
	}
	switch t.NumOut() {
	case 0:
	case 1:
		if !t.Out(0).Implements(errorType) {
			return fmt.Errorf("it returns one value, %s, which is not an error: return (%s, error)", t.Out(0), t.Out(0))
		}
	case 2:
		if !t.Out(1).Implements(errorType) {
			return fmt.Errorf("it returns two values, but the second, %s, is not an error", t.Out(1))
		}
	default:
		return fmt.Errorf("it returns %d values; handlers return at most (output, error)", t.NumOut())
	}
	return nil
}
