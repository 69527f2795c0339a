package runtime

import (
	"fmt"

	"github.com/stepwise-go/stepwise/value"
)

// checkTaskParameters rejects Parameters (or Arguments) that a service
// integration refuses before Step Functions schedules the task: the
// failure is States.Runtime and no TaskScheduled event is recorded.
//
// Checked so far: apigateway:invoke wants every Headers value to be an
// array of strings ({"h": ["v"]}); a plain string fails with "The value
// of the field 'Headers' has an invalid format".
func (t *thread) checkTaskParameters(ts *taskSpec, params value.Value) *failure {
	if ts.resourceType != "apigateway" || (ts.resourceName != "invoke" && ts.resourceName != "invoke.waitForTaskToken") {
		return nil
	}
	o, ok := params.(*value.Object)
	if !ok {
		return nil
	}
	h, ok := o.Get("Headers")
	if !ok {
		return nil
	}
	if !validHeaders(h) {
		return t.runtimeFailure(fmt.Sprintf("The Parameters '%s' could not be used to start the Task: [The value of the field 'Headers' has an invalid format]", jsonText(params)))
	}
	return nil
}

// validHeaders reports whether h is an object of string arrays.
func validHeaders(h value.Value) bool {
	o, ok := h.(*value.Object)
	if !ok {
		return false
	}
	for i := 0; i < o.Len(); i++ {
		_, v := o.At(i)
		a, ok := v.([]value.Value)
		if !ok {
			return false
		}
		for _, s := range a {
			if _, ok := s.(string); !ok {
				return false
			}
		}
	}
	return true
}
