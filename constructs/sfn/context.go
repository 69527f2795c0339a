package sfn

// Paths into the context object: what Step Functions knows about the
// running execution, state and task. Use them as Path values
// (map[string]any{"token": sfn.ContextTaskToken} renders "token.$":
// "$$.Task.Token"), and their JSONata form with Path.JSONata.
const (
	ContextExecutionID           Path = "$$.Execution.Id"
	ContextExecutionInput        Path = "$$.Execution.Input"
	ContextExecutionName         Path = "$$.Execution.Name"
	ContextExecutionRoleArn      Path = "$$.Execution.RoleArn"
	ContextExecutionStartTime    Path = "$$.Execution.StartTime"
	ContextExecutionRedriveCount Path = "$$.Execution.RedriveCount"
	ContextStateName             Path = "$$.State.Name"
	ContextStateEnteredTime      Path = "$$.State.EnteredTime"
	ContextStateRetryCount       Path = "$$.State.RetryCount"
	ContextStateMachineID        Path = "$$.StateMachine.Id"
	ContextStateMachineName      Path = "$$.StateMachine.Name"
	ContextTaskToken             Path = "$$.Task.Token" // only in wait-for-callback tasks
	ContextMapItemIndex          Path = "$$.Map.Item.Index"
	ContextMapItemValue          Path = "$$.Map.Item.Value"
)

// Dynamic is a value computed when the state runs: a Path, or an intrinsic
// function call made with package states (states.Format, states.UUID, …).
// Inside a payload its key gets the ".$" suffix. The set is open so that
// other packages can make such values.
type Dynamic interface {
	// Expression returns the value's ASL text (a JSONPath or an intrinsic
	// function call) and the problems found when it was made.
	Expression() (text string, problems []string)
}

// Expression implements Dynamic.
func (p Path) Expression() (string, []string) { return string(p), nil }
