package runtime

import (
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/stepwise-go/stepwise/value"
)

// StateMachineResolver finds the program of a state machine ARN for
// states:startExecution tasks (Options.StateMachines). Returning a nil
// program and nil error leaves the task to the TaskHandler (a mock, a
// stub); an error fails the task with
// StepFunctions.StateMachineDoesNotExistException.
type StateMachineResolver func(arn string) (*Program, error)

// errMachineDoesNotExist is the task error of a startExecution whose
// state machine the resolver does not know.
const errMachineDoesNotExist = "StepFunctions.StateMachineDoesNotExistException"

// startExecutionPattern reports whether a resource starts a nested
// execution, and its pattern: "", ".sync", ".sync:2" or
// ".waitForTaskToken".
func startExecutionPattern(resource string) (pattern string, ok bool) {
	rest, found := strings.CutPrefix(resource, "arn:aws:states:::states:startExecution")
	if !found {
		return "", false
	}
	switch rest {
	case "", ".sync", ".sync:2", ".waitForTaskToken":
		return rest, true
	}
	return "", false
}

// children holds the nested executions an execution started.
type children struct {
	mu   sync.Mutex
	list []*Execution
}

// Children returns the nested executions this execution started through
// states:startExecution tasks, in start order.
func (ex *Execution) Children() []*Execution {
	ex.kids.mu.Lock()
	defer ex.kids.mu.Unlock()
	return append([]*Execution(nil), ex.kids.list...)
}

// startChild starts the nested execution params ask for. It returns a
// nil execution and no failure when the resolver leaves the task to the
// TaskHandler.
func (t *thread) startChild(params value.Value) (*Execution, *failure) {
	resolve := t.ex.opts.StateMachines
	if resolve == nil {
		return nil, nil
	}
	obj, _ := params.(*value.Object)
	var arn, name string
	var input value.Value
	if obj != nil {
		a, _ := obj.Get("StateMachineArn")
		arn, _ = a.(string)
		n, _ := obj.Get("Name")
		name, _ = n.(string)
		input, _ = obj.Get("Input")
	}
	if arn == "" {
		return nil, taskFail("StepFunctions.InvalidArnException", "states:startExecution needs a StateMachineArn")
	}
	prog, err := resolve(arn)
	if err != nil {
		return nil, taskFail(errMachineDoesNotExist, err.Error())
	}
	if prog == nil {
		return nil, nil
	}
	if s, ok := input.(string); ok {
		v, err := value.ParseString(s)
		if err != nil {
			return nil, taskFail("StepFunctions.InvalidExecutionInputException", fmt.Sprintf("Input is not valid JSON: %v", err))
		}
		input = v
	}
	if name == "" {
		name = newUUID(t.ex.random)
	}
	po := t.ex.opts
	startAt := t.ex.now()
	machineName := arn[strings.LastIndex(arn, ":")+1:]
	child := prog.start(t.ex.ctx, input, t.ex.hold, &Options{Name: name, StateMachineArn: arn, StateMachineName: machineName,
		RoleArn: po.RoleArn, Clock: func() time.Time { return startAt }, RealTime: po.RealTime, TimeScale: po.TimeScale,
		Tasks: po.Tasks, Callbacks: t.ex.cb, StateMachines: po.StateMachines, ExpressionTimeout: po.ExpressionTimeout})
	t.ex.kids.mu.Lock()
	t.ex.kids.list = append(t.ex.kids.list, child)
	t.ex.kids.mu.Unlock()
	return child, nil
}

// taskFail is a failure a task raised.
func taskFail(name, cause string) *failure {
	f := fail(name, cause)
	f.task = true
	return f
}

// startResponse is StartExecution's answer: {ExecutionArn, StartDate}.
func startResponse(child *Execution) *value.Object {
	return details("ExecutionArn", child.opts.ExecutionArn, "StartDate", epochMillis(child.opts.start))
}

// epochMillis is a time as the number of milliseconds since 1970, the
// way task results carry AWS timestamps.
func epochMillis(t time.Time) float64 { return float64(t.UnixMilli()) }

// describeChild is DescribeExecution's answer for an ended child, keys
// in AWS's (alphabetical) order; jsonValues gives Input and Output as
// JSON (.sync:2) rather than JSON text (.sync).
func describeChild(child *Execution, r *Result, jsonValues bool) *value.Object {
	asJSON := func(v value.Value) value.Value {
		if jsonValues {
			return v
		}
		return jsonText(v)
	}
	included := details("Included", true)
	o := value.NewObject(12)
	if r.Status != Succeeded {
		if r.Cause != "" {
			o.Set("Cause", r.Cause)
		}
		if r.Error != "" {
			o.Set("Error", r.Error)
		}
	}
	o.Set("ExecutionArn", child.opts.ExecutionArn)
	o.Set("Input", asJSON(child.input))
	o.Set("InputDetails", included)
	o.Set("Name", child.opts.Name)
	if r.Status == Succeeded {
		out := r.Output
		if out == nil {
			out = value.Null
		}
		o.Set("Output", asJSON(out))
		o.Set("OutputDetails", details("Included", true))
	}
	o.Set("StartDate", epochMillis(child.opts.start))
	o.Set("StateMachineArn", child.opts.StateMachineArn)
	o.Set("Status", string(r.Status))
	o.Set("StopDate", epochMillis(child.stopDate()))
	return o
}

// stopDate is when an ended execution ended: its last event's time.
func (ex *Execution) stopDate() time.Time {
	h := ex.History()
	if len(h) == 0 {
		return ex.opts.start
	}
	return h[len(h)-1].Timestamp
}

// runStartExecution runs a request-response or .sync states:startExecution
// task in-process. handled is false when the resolver leaves the task to
// the TaskHandler.
func (t *thread) runStartExecution(st *state, pattern string, params value.Value) (result value.Value, handled bool, f *failure) {
	child, f := t.startChild(params)
	if child == nil && f == nil {
		return nil, false, nil
	}
	t.emitTask(st.task, "Started", nil)
	if f != nil {
		t.emitTask(st.task, "Failed", errorDetails(f.Error, f.Cause))
		return nil, true, f
	}
	if pattern == "" {
		return startResponse(child), true, nil
	}
	t.emitTask(st.task, "Submitted", details("output", jsonText(startResponse(child)), "outputDetails", notTruncated()))
	select {
	case <-child.Done():
	case <-t.cx.Done():
		return nil, true, &failure{fatal: true}
	}
	r := child.result
	// The parent waited as long as the child ran.
	if !t.ex.clock.Sleep(t.cx, child.stopDate().Sub(child.opts.start)) {
		return nil, true, &failure{fatal: true}
	}
	desc := describeChild(child, r, pattern == ".sync:2")
	if r.Status != Succeeded {
		f := taskFail(ErrTaskFailed, jsonText(desc))
		t.emitTask(st.task, "Failed", errorDetails(f.Error, f.Cause))
		return nil, true, f
	}
	return desc, true, nil
}
