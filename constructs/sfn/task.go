package sfn

import (
	"time"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/jsontree"
)

// Task runs one unit of work through its Resource: a Lambda function, an
// activity, or a service integration such as
// "arn:aws:states:::lambda:invoke". Without Next it ends its block. See
// https://docs.aws.amazon.com/step-functions/latest/dg/state-task.html
type Task struct {
	base
	jsonataFields
	arguments *jsontree.Value
	input     *languageInput
	inOut
	results
	flow
	errorHandling
	resource      string
	parameters    *jsontree.Value
	credentials   *jsontree.Value
	timeout       *asl.IntOrExpr
	timeoutPath   *string
	heartbeat     *asl.IntOrExpr
	heartbeatPath *string
	extras        taskExtras // IAM statements (policy.go)
}

// NewTask returns a Task state named name that runs resource (an ARN, or a
// "${Name}" placeholder substituted at deploy time).
func NewTask(name, resource string) *Task {
	return &Task{base: newBase(name), resource: resource}
}

// Comment sets the state's Comment. Default: none.
func (t *Task) Comment(text string) *Task {
	t.comment = &text
	return t
}

// InputPath selects the part of the input the task works on. Default: "$".
func (t *Task) InputPath(path Path) *Task {
	t.inputPath = pathField(path)
	return t
}

// DiscardInput sets InputPath to null: the task works on {}.
func (t *Task) DiscardInput() *Task {
	t.inputPath = nullField()
	return t
}

// Parameters sets the payload template sent to the resource: usually a
// map or struct that converts to a JSON object (see Path for ".$"
// members), but any JSON value is allowed (a string, a slice, a number,
// json.RawMessage). Default: none (the input as selected by InputPath is
// sent).
func (t *Task) Parameters(template any) *Task {
	t.parameters = payload(&t.base, "Parameters", template, jsonPathMode, false)
	return t
}

// ResultSelector reshapes the resource's result with a payload template
// before ResultPath applies: usually an object (see Path for ".$"
// members), but any JSON value is allowed. Default: none (the raw result).
func (t *Task) ResultSelector(template any) *Task {
	t.resultSelector = payload(&t.base, "ResultSelector", template, jsonPathMode, false)
	return t
}

// ResultPath says where in the input the result goes. Default: "$" (the
// result replaces the input).
func (t *Task) ResultPath(path Path) *Task {
	t.resultPath = pathField(path)
	return t
}

// DiscardResult sets ResultPath to null: the output is the input.
func (t *Task) DiscardResult() *Task {
	t.resultPath = nullField()
	return t
}

// OutputPath selects the part of the output passed on. Default: "$".
func (t *Task) OutputPath(path Path) *Task {
	t.outputPath = pathField(path)
	return t
}

// DiscardOutput sets OutputPath to null: the task passes on {}.
func (t *Task) DiscardOutput() *Task {
	t.outputPath = nullField()
	return t
}

// Timeout sets TimeoutSeconds, after which the task fails with
// States.Timeout; it replaces TimeoutPath and TimeoutExpr. d must be whole
// seconds (else a recorded problem, rounded up). Default: none, for which
// AWS allows 99999999 seconds (the ASL specification says 60).
func (t *Task) Timeout(d time.Duration) *Task {
	t.timeout = &asl.IntOrExpr{Int: seconds(&t.probs, []any{"TimeoutSeconds"}, "Timeout", d)}
	t.timeoutPath = nil
	return t
}

// TimeoutPath sets TimeoutSecondsPath, a reference path to the timeout in
// the input (JSONPath states); it replaces Timeout and TimeoutExpr.
func (t *Task) TimeoutPath(path Path) *Task {
	t.timeoutPath = pathPtr(path)
	t.timeout = nil
	return t
}

// TimeoutExpr sets TimeoutSeconds to a JSONata expression written as
// "{% … %}" (see Expr) that gives the number of seconds; only in JSONata
// states. It replaces Timeout and TimeoutPath. An expr not written that
// way is a recorded problem, and the call is ignored. Default: none.
func (t *Task) TimeoutExpr(expr string) *Task {
	if checkExpr(&t.probs, "TimeoutSeconds", "TimeoutExpr", expr) {
		t.timeout, t.timeoutPath = &asl.IntOrExpr{Expr: expr}, nil
	}
	return t
}

// Heartbeat sets HeartbeatSeconds: the task fails with
// States.HeartbeatTimeout when the resource sends no heartbeat for that
// long. It must be shorter than the timeout and whole seconds (else a
// recorded problem, rounded up); it replaces HeartbeatPath and
// HeartbeatExpr. Default: none.
func (t *Task) Heartbeat(d time.Duration) *Task {
	t.heartbeat = &asl.IntOrExpr{Int: seconds(&t.probs, []any{"HeartbeatSeconds"}, "Heartbeat", d)}
	t.heartbeatPath = nil
	return t
}

// HeartbeatPath sets HeartbeatSecondsPath, a reference path to the
// heartbeat interval in the input (JSONPath states); it replaces Heartbeat
// and HeartbeatExpr.
func (t *Task) HeartbeatPath(path Path) *Task {
	t.heartbeatPath = pathPtr(path)
	t.heartbeat = nil
	return t
}

// HeartbeatExpr sets HeartbeatSeconds to a JSONata expression written as
// "{% … %}" (see Expr) that gives the number of seconds; only in JSONata
// states. It replaces Heartbeat and HeartbeatPath. An expr not written
// that way is a recorded problem, and the call is ignored. Default: none.
func (t *Task) HeartbeatExpr(expr string) *Task {
	if checkExpr(&t.probs, "HeartbeatSeconds", "HeartbeatExpr", expr) {
		t.heartbeat, t.heartbeatPath = &asl.IntOrExpr{Expr: expr}, nil
	}
	return t
}

// Credentials makes the task run with the IAM role roleArn (rendered as
// {"RoleArn": roleArn}); it replaces CredentialsFrom. Default: the state
// machine's own role.
func (t *Task) Credentials(roleArn string) *Task {
	t.credentials = jsontree.NewObject().Set("RoleArn", jsontree.NewString(roleArn))
	return t
}

// CredentialsFrom sets Credentials to a payload template, for credentials
// that are not a literal role: a map or struct that converts to a JSON
// object, such as map[string]any{"RoleArn": sfn.Path("$.role")} (a Path
// member renders as "RoleArn.$", resolved at run time; in JSONata states
// write "{% … %}" strings instead). A value that is not an object is a
// recorded problem. It replaces Credentials. Default: the state machine's
// own role.
func (t *Task) CredentialsFrom(template any) *Task {
	t.credentials = payload(&t.base, "Credentials", template, jsonPathMode, true)
	return t
}

// Retry appends retriers, tried in order when the task fails. A nil
// retrier is a recorded problem. Default: no retries.
func (t *Task) Retry(retriers ...*Retrier) *Task {
	t.addRetry(&t.base, retriers)
	return t
}

// Catch appends a catcher: when the task fails with one of its errors
// (after retries), the workflow continues at handler's start. Catchers are
// tried in order. Default: none (an error fails the block).
func (t *Task) Catch(c *Catcher, handler Chainable) *Task {
	t.addCatch(&t.base, c, handler)
	return t
}

// Next continues the task at next's start and returns the chain from the
// task to next's ends. A second Next to a different state is a recorded
// problem.
func (t *Task) Next(next Chainable) *Chain { return chainNext(t, next) }

func (t *Task) startState() State {
	if t == nil {
		return nil
	}
	return t
}

func (t *Task) endStates() []nextable {
	if t == nil {
		return nil
	}
	return []nextable{t}
}

func (t *Task) appendSuccessors(dst []State) []State {
	return t.appendHandlers(append(dst, t.next))
}

func (t *Task) toModel(b *builder, at site, _ []*asl.Graph) asl.State {
	params, args := t.parameters, t.arguments
	if t.input != nil {
		params, args = t.input.pick(b.languageOf(&t.base), at, params, args)
	}
	return &asl.Task{
		Base:                 t.common(),
		Resource:             t.resource,
		InputOutput:          t.inOut.model(),
		Parameters:           params,
		Arguments:            args,
		Jsonata:              t.jsonataFields.model(&t.base, at),
		Results:              t.results.model(),
		Credentials:          t.credentials,
		TimeoutSeconds:       t.timeout,
		TimeoutSecondsPath:   t.timeoutPath,
		HeartbeatSeconds:     t.heartbeat,
		HeartbeatSecondsPath: t.heartbeatPath,
		ErrorHandling:        t.errorHandling.model(b, at, b.languageOf(&t.base)),
		Transition:           t.transition(),
	}
}
