package runtime

import (
	"errors"
	"fmt"

	"github.com/stepwise-go/stepwise/value"
)

// Error names Step Functions uses, as Retry and Catch match them.
const (
	ErrAll                      = "States.ALL"
	ErrRuntime                  = "States.Runtime"
	ErrTaskFailed               = "States.TaskFailed"
	ErrTimeout                  = "States.Timeout"
	ErrNoChoiceMatched          = "States.NoChoiceMatched"
	ErrIntrinsicFailure         = "States.IntrinsicFailure"
	ErrQueryEvaluation          = "States.QueryEvaluationError"
	ErrDataLimitExceeded        = "States.DataLimitExceeded"
	ErrExceedToleratedFailure   = "States.ExceedToleratedFailureThreshold"
	ErrBranchFailed             = "States.BranchFailed"
	ErrItemReaderFailed         = "States.ItemReaderFailed"
	ErrResultWriterFailed       = "States.ResultWriterFailed"
	ErrResultPathMatchFailure   = "States.ResultPathMatchFailure"
	ErrParameterPathFailure     = "States.ParameterPathFailure"
	maxPayloadBytes             = 262144
	defaultMaxTransitions       = 25000
	causeToleratedFailure       = "The specified tolerated failure threshold was exceeded"
	causeHistoryLimitTemplate   = "The execution reached the limit of %d history events."
	causeNoTaskHandlerTemplate  = "the Task state '%s' calls %s, but no task handler is set: give Options.Tasks (stepwise run: mock the task)"
	causeDataLimitTaskTemplate  = "The state/task '%s' returned a result with a size exceeding the maximum number of bytes service limit."
	causeDataLimitInputTemplate = "The state '%s' received an input with a size exceeding the maximum number of bytes service limit."
)

// TaskError is returned by a task handler to fail the Task with a named
// error that Retry and Catch match on, for example
// &TaskError{Name: "Lambda.ServiceException", Cause: "…"}. Any other error
// from a handler fails the Task with States.TaskFailed and the error's
// text as the cause.
type TaskError struct {
	Name  string // the error name; "" means States.TaskFailed
	Cause string // the cause text; may be empty
}

// Error implements the error interface.
func (e *TaskError) Error() string {
	if e.Cause == "" {
		return e.Name
	}
	return e.Name + ": " + e.Cause
}

// failure is a workflow error: a value that Retry and Catch match on and
// that ends the execution when nothing handles it.
type failure struct {
	Error    string
	Cause    string
	HasError bool
	HasCause bool
	// evaluation marks a JSONata failure, logged as EvaluationFailed
	// before the state fails.
	evaluation bool
	location   string // the field, for EvaluationFailed
	logged     bool   // EvaluationFailed has been recorded
	// afterEntered makes EvaluationFailed point at the StateEntered event
	// (JSONata Wait Timestamp) rather than copy its previousEventId.
	afterEntered bool
	// task marks an error a task handler raised (States.TaskFailed
	// matches it).
	task bool
	// fatal failures end the execution at once: no Retry or Catch.
	fatal bool
	// host is the Go error behind a host failure (no task handler, …).
	host error
}

// fail makes a failure with an error name and a cause.
func fail(name, cause string) *failure {
	return &failure{Error: name, Cause: cause, HasError: true, HasCause: true}
}

// failf makes a failure whose cause is formatted.
func failf(name, format string, args ...any) *failure {
	return fail(name, fmt.Sprintf(format, args...))
}

// statePrefix starts the cause of a runtime error in a state.
func statePrefix(state string, enteredID int64) string {
	return fmt.Sprintf("An error occurred while executing the state '%s' (entered at the event id #%d). ", state, enteredID)
}

// errorOutput is the {"Error","Cause"} object a catcher receives.
func (f *failure) errorOutput() *value.Object {
	o := value.NewObject(2)
	o.Set("Error", f.Error)
	o.Set("Cause", f.Cause)
	return o
}

// matches reports whether a Retry or Catch ErrorEquals list applies to f.
// States.ALL matches every error except States.Runtime (AWS's rule);
// States.TaskFailed matches every error a task raised.
func (f *failure) matches(names []string, fromTask bool) bool {
	for _, n := range names {
		switch {
		case n == f.Error:
			return true
		case n == ErrAll && f.Error != ErrRuntime:
			return true
		case n == ErrTaskFailed && fromTask && f.Error != ErrRuntime && f.Error != ErrTimeout && f.Error != ErrDataLimitExceeded:
			return true
		}
	}
	return false
}

var (
	// ErrNoTaskHandler is the host error behind a Task run without
	// Options.Tasks.
	ErrNoTaskHandler = errors.New("no task handler")
)
