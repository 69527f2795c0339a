package runtime

import (
	"context"
	"math/rand/v2"
	"time"

	"github.com/stepwise-go/stepwise/value"
)

// Options configure one execution. The zero value (or nil) runs a
// Standard execution on a virtual clock starting now, with context values
// made up in the account 123456789012 and region us-east-1.
type Options struct {
	// Name is the execution name ($$.Execution.Name); default a random
	// UUID.
	Name string
	// ExecutionArn is $$.Execution.Id; default built from StateMachineArn
	// and Name.
	ExecutionArn string
	// RoleArn is $$.Execution.RoleArn; default
	// arn:aws:iam::123456789012:role/StepFunctionsRole.
	RoleArn string
	// StateMachineArn is $$.StateMachine.Id; default built from
	// StateMachineName.
	StateMachineArn string
	// StateMachineName is $$.StateMachine.Name; default "StateMachine".
	StateMachineName string
	// Type is STANDARD (the default) or EXPRESS.
	Type string
	// Clock gives the start time of the execution (and, with RealTime,
	// every reading of the time); default time.Now.
	Clock func() time.Time
	// Rand is the random source for jitter, $random() and UUIDs: numbers
	// in [0, 1). Default: a source seeded from the execution name, so one
	// named execution always draws the same numbers.
	Rand func() float64
	// MaxTransitions bounds the history: an execution that would record
	// more events fails with States.Runtime. Default 25,000 (AWS's cap on
	// Standard histories).
	MaxTransitions int
	// Tasks runs Task states. Without it, a Task state fails the
	// execution (Result.Err is ErrNoTaskHandler), except one that waits
	// for a task token (.waitForTaskToken or an activity): that one just
	// waits for its answer.
	Tasks TaskHandler
	// Callbacks routes task tokens (SendTaskSuccess, SendTaskFailure,
	// SendTaskHeartbeat) and activity tasks (GetActivityTask) to this
	// execution; share one value among every execution of a host. When
	// set, a task waiting for a token holds the virtual clock still, since
	// someone may yet answer. Default nil: the execution has a private
	// one (Execution.Callbacks), and a token only the task handler itself
	// answers; a wait nobody can end jumps on the virtual clock to the
	// task's TimeoutSeconds or HeartbeatSeconds, or the execution's
	// longest duration (a year for Standard, five minutes for Express).
	Callbacks *Callbacks
	// StateMachines resolves the state machine ARN of a
	// states:startExecution task (request-response, .sync, .sync:2,
	// .waitForTaskToken) to the program that runs in-process as a nested
	// execution, with options derived from this one (same clock reading,
	// tasks, callbacks and resolver). Default nil: such tasks go to Tasks
	// like any other.
	StateMachines StateMachineResolver
	// RealTime makes Wait states, retry intervals and timeouts really
	// wait; by default time is virtual and advances at once.
	RealTime bool
	// TimeScale multiplies every real wait (RealTime only); default 1.
	TimeScale float64
	// S3Root is the local directory that stands for Amazon S3 in a
	// Distributed Map's ItemReader and ResultWriter: bucket B, key K is
	// the file S3Root/B/K. Default "": a Distributed Map that reads or
	// writes S3 fails the execution (ErrNoS3Root).
	S3Root string
	// ExpressionTimeout bounds the wall time of one JSONata evaluation, so
	// a runaway expression (an endless tail-recursive lambda) fails the
	// state with States.QueryEvaluationError (U1001) instead of hanging;
	// default 10 seconds.
	ExpressionTimeout time.Duration
}

// TaskHandler runs a Task state's work and returns its result, the raw
// service response before ResultSelector and ResultPath. Return a
// *TaskError to fail the task with a named error.
type TaskHandler func(ctx context.Context, req *TaskRequest) (value.Value, error)

// TaskRequest is what a TaskHandler gets for one invocation.
type TaskRequest struct {
	State      string      // the Task state's name
	Resource   string      // its Resource ARN
	Parameters value.Value // the effective Parameters (JSONPath) or Arguments (JSONata)
	Context    value.Value // the context object, $$
	RetryCount int         // 0 on the first attempt
	// Now is when this attempt starts on the execution's clock (virtual
	// unless the run is real-time): later than $$.State.EnteredTime on a
	// retry, by the retry intervals.
	Now time.Time
	// TimeoutSeconds and HeartbeatSeconds are the state's limits, 0 when
	// unset.
	TimeoutSeconds, HeartbeatSeconds int64
	// Token is $$.Task.Token for a task that waits for a task token
	// (.waitForTaskToken or an activity); "" otherwise. The handler's
	// result for such a task is only the request's response: the task's
	// result is what SendTaskSuccess sends for the token, which the
	// handler may do itself (see AnswerToken).
	Token string

	callbacks *Callbacks // where Token is answered
}

// Callbacks is where the request's Token is answered: the execution's
// Options.Callbacks or its private one.
func (r *TaskRequest) Callbacks() *Callbacks { return r.callbacks }

// resolved holds the options with every default filled in.
type resolved struct {
	Options
	start time.Time
}

func resolveOptions(o *Options) *resolved {
	r := &resolved{}
	if o != nil {
		r.Options = *o
	}
	if r.Clock == nil {
		r.Clock = time.Now
	}
	if r.Type == "" {
		r.Type = "STANDARD"
	}
	if r.MaxTransitions <= 0 {
		r.MaxTransitions = defaultMaxTransitions
	}
	if r.TimeScale <= 0 {
		r.TimeScale = 1
	}
	if r.Rand == nil {
		seed := uint64(0)
		for _, c := range r.Name {
			seed = seed*131 + uint64(c)
		}
		if r.Name == "" {
			seed = rand.Uint64()
		}
		src := rand.New(rand.NewPCG(seed, 0x5eed))
		r.Rand = src.Float64
	}
	if r.Name == "" {
		r.Name = newUUID(r.Rand)
	}
	if r.StateMachineName == "" {
		r.StateMachineName = "StateMachine"
	}
	if r.StateMachineArn == "" {
		r.StateMachineArn = "arn:aws:states:us-east-1:123456789012:stateMachine:" + r.StateMachineName
	}
	if r.ExecutionArn == "" {
		r.ExecutionArn = executionArnFor(r.StateMachineArn, r.Name, r.Type)
	}
	if r.RoleArn == "" {
		r.RoleArn = "arn:aws:iam::123456789012:role/StepFunctionsRole"
	}
	r.start = r.Clock().UTC()
	return r
}

// executionArnFor turns a state machine ARN into the ARN of its execution
// name: …:stateMachine:M → …:execution:M:name (express:M:name for EXPRESS).
func executionArnFor(machineArn, name, typ string) string {
	const marker = ":stateMachine:"
	for i := 0; i+len(marker) <= len(machineArn); i++ {
		if machineArn[i:i+len(marker)] == marker {
			kind := ":execution:"
			if typ == "EXPRESS" {
				kind = ":express:"
			}
			return machineArn[:i] + kind + machineArn[i+len(marker):] + ":" + name
		}
	}
	return machineArn + ":" + name
}

// newUUID draws a version-4 UUID from rnd.
func newUUID(rnd func() float64) string {
	const hex = "0123456789abcdef"
	b := make([]byte, 0, 36)
	for i := 0; i < 32; i++ {
		if i == 8 || i == 12 || i == 16 || i == 20 {
			b = append(b, '-')
		}
		d := int(rnd() * 16)
		switch i {
		case 12:
			d = 4
		case 16:
			d = 8 | d&3
		}
		b = append(b, hex[d&15])
	}
	return string(b)
}

// defaultExpressionTimeout is Options.ExpressionTimeout's default.
const defaultExpressionTimeout = 10 * time.Second

// expressionTimeout is the execution's JSONata time limit.
func (ex *Execution) expressionTimeout() time.Duration {
	if ex.opts.ExpressionTimeout > 0 {
		return ex.opts.ExpressionTimeout
	}
	return defaultExpressionTimeout
}
