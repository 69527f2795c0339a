package runtime

import (
	"errors"
	"strings"

	"github.com/stepwise-go/stepwise/value"
)

// sendTaskPrefix starts the SDK integrations that answer a task token.
const sendTaskPrefix = "arn:aws:states:::aws-sdk:sfn:sendTask"

// runSendTask answers a task token from a Task state
// (aws-sdk:sfn:sendTaskSuccess, sendTaskFailure, sendTaskHeartbeat)
// through the execution's Callbacks, so a nested execution can answer
// its parent in-process. It runs only when Options.StateMachines is set
// (in-process nested executions); handled is false otherwise.
func (t *thread) runSendTask(params value.Value) (result value.Value, handled bool, f *failure) {
	op, ok := strings.CutPrefix(t.state.task.resource, sendTaskPrefix)
	if !ok || t.ex.opts.StateMachines == nil {
		return nil, false, nil
	}
	obj, _ := params.(*value.Object)
	str := func(k string) string {
		if obj == nil {
			return ""
		}
		v, _ := obj.Get(k)
		s, _ := v.(string)
		return s
	}
	token := str("TaskToken")
	var err error
	switch op {
	case "Success":
		var out value.Value
		if obj != nil {
			out, _ = obj.Get("Output")
		}
		if s, isText := out.(string); isText {
			if out, err = value.ParseString(s); err != nil {
				return nil, true, taskFail("Sfn.InvalidOutputException", "Output is not valid JSON: "+err.Error())
			}
		}
		err = t.ex.cb.SendTaskSuccess(token, out)
	case "Failure":
		err = t.ex.cb.SendTaskFailure(token, str("Error"), str("Cause"))
	case "Heartbeat":
		err = t.ex.cb.SendTaskHeartbeat(token)
	default:
		return nil, false, nil
	}
	switch {
	case errors.Is(err, ErrTaskTimedOut):
		return nil, true, taskFail("Sfn.TaskTimedOutException", err.Error())
	case errors.Is(err, ErrInvalidToken):
		return nil, true, taskFail("Sfn.InvalidTokenException", err.Error())
	case err != nil:
		return nil, true, taskFail("Sfn.TaskDoesNotExistException", err.Error())
	}
	return value.NewObject(0), true, nil
}
