package runtime

import "errors"

// StopError is returned (wrapped by Stop) by a task handler that cannot
// answer at all — a mock file without a response for this invocation, a
// task nothing is set up to run. It is not a task failure: Retry and
// Catch do not see it. The execution ends FAILED with States.Runtime, the
// error's text as the cause, and Result.Err set to Err.
type StopError struct{ Err error }

func (e *StopError) Error() string { return e.Err.Error() }
func (e *StopError) Unwrap() error { return e.Err }

// Stop wraps err so that a task handler returning it stops the execution
// instead of failing the task; see StopError. Stop(nil) is nil.
func Stop(err error) error {
	if err == nil {
		return nil
	}
	return &StopError{Err: err}
}

// stopFailure is the fatal failure behind a StopError, or nil when err
// does not carry one.
func stopFailure(err error) *failure {
	var se *StopError
	if !errors.As(err, &se) {
		return nil
	}
	return &failure{Error: ErrRuntime, Cause: se.Err.Error(), HasError: true, HasCause: true, fatal: true, host: se.Err}
}
