package sfn

// ErrorName is the name of an error that Retry and Catch match (an entry of
// ErrorEquals). Besides the predefined States.* names below, a task's own
// errors match by name: ErrorName("Lambda.ServiceException"), or an untyped
// string constant such as "PaymentDeclined".
type ErrorName string

// The errors that Step Functions itself raises. See
// https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html
const (
	// ErrAll matches every error but States.DataLimitExceeded and
	// States.Runtime. It must be the only name of its retrier or catcher,
	// and that retrier or catcher must be the last one.
	ErrAll ErrorName = "States.ALL"
	// ErrHeartbeatTimeout: a Task sent no heartbeat within HeartbeatSeconds.
	ErrHeartbeatTimeout ErrorName = "States.HeartbeatTimeout"
	// ErrTimeout: a Task ran longer than TimeoutSeconds, or the execution
	// longer than the machine's TimeoutSeconds.
	ErrTimeout ErrorName = "States.Timeout"
	// ErrTaskFailed matches every error except States.Timeout.
	ErrTaskFailed ErrorName = "States.TaskFailed"
	// ErrPermissions: the execution lacked the privileges to run the code.
	ErrPermissions ErrorName = "States.Permissions"
	// ErrResultPathMatchFailure: ResultPath could not be applied to the input.
	ErrResultPathMatchFailure ErrorName = "States.ResultPathMatchFailure"
	// ErrParameterPathFailure: a path in Parameters could not be resolved.
	ErrParameterPathFailure ErrorName = "States.ParameterPathFailure"
	// ErrBranchFailed: a branch of a Parallel state failed.
	ErrBranchFailed ErrorName = "States.BranchFailed"
	// ErrNoChoiceMatched: no Choice rule matched and there is no default.
	ErrNoChoiceMatched ErrorName = "States.NoChoiceMatched"
	// ErrIntrinsicFailure: an intrinsic function call failed.
	ErrIntrinsicFailure ErrorName = "States.IntrinsicFailure"
	// ErrExceedToleratedFailureThreshold: a Distributed Map's failures
	// exceeded the tolerated threshold.
	ErrExceedToleratedFailureThreshold ErrorName = "States.ExceedToleratedFailureThreshold"
	// ErrItemReaderFailed: a Distributed Map could not read its items.
	ErrItemReaderFailed ErrorName = "States.ItemReaderFailed"
	// ErrResultWriterFailed: a Distributed Map could not write its results.
	ErrResultWriterFailed ErrorName = "States.ResultWriterFailed"
	// ErrQueryEvaluationError: a JSONata expression could not be evaluated.
	ErrQueryEvaluationError ErrorName = "States.QueryEvaluationError"
	// ErrDataLimitExceeded: an input, output or result exceeded the payload
	// limit (256 KiB). ErrAll does not match it.
	ErrDataLimitExceeded ErrorName = "States.DataLimitExceeded"
	// ErrRuntime: an execution-level runtime error, such as a reference path
	// that does not resolve. ErrAll does not match it.
	ErrRuntime ErrorName = "States.Runtime"
)

// errorNames converts names to ErrorEquals. The result is never nil, so an
// empty list renders as [] and the validator reports it.
func errorNames(names []ErrorName) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = string(n)
	}
	return out
}
