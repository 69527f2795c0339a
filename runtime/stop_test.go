package runtime_test

import (
	"context"
	"errors"
	"testing"

	"github.com/stepwise-go/stepwise/runtime"
	"github.com/stepwise-go/stepwise/value"
)

// TestStopEndsTheRunPastCatch: a handler that returns runtime.Stop(err)
// ends the execution FAILED with Result.Err = err, from the top level,
// inside a Parallel branch and inside a Map iteration; a Catch on
// States.ALL does not absorb it. A plain error is a task failure the
// Catch does absorb.
func TestStopEndsTheRunPastCatch(t *testing.T) {
	errNoAnswer := errors.New("no mocked response for invocation 2")
	task := `{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","End":true}`
	catchAll := `"Catch":[{"ErrorEquals":["States.ALL"],"Next":"Caught"}]`
	caught := `"Caught":{"Type":"Pass","Result":"caught","End":true}`
	machines := map[string]string{
		"top level": `{"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",` + catchAll + `,"End":true},` + caught + `}}`,
		"parallel branch": `{"StartAt":"P","States":{"P":{"Type":"Parallel",` + catchAll + `,"End":true,"Branches":[
			{"StartAt":"W","States":{"W":{"Type":"Pass","End":true}}},
			{"StartAt":"T","States":{"T":` + task + `}}]},` + caught + `}}`,
		"map iteration": `{"StartAt":"M","States":{"M":{"Type":"Map",` + catchAll + `,"End":true,
			"ItemProcessor":{"StartAt":"T","States":{"T":` + task + `}}},` + caught + `}}`,
	}
	for name, def := range machines {
		t.Run(name, func(t *testing.T) {
			stop := func(context.Context, *runtime.TaskRequest) (value.Value, error) {
				return nil, runtime.Stop(errNoAnswer)
			}
			r, _ := run(t, def, `[1,2,3]`, &runtime.Options{Tasks: stop})
			if r.Status != runtime.Failed || !errors.Is(r.Err, errNoAnswer) || r.Error != runtime.ErrRuntime || r.Cause != errNoAnswer.Error() {
				t.Errorf("Stop: %+v, want FAILED, States.Runtime, Err %v", r, errNoAnswer)
			}
			plain := func(context.Context, *runtime.TaskRequest) (value.Value, error) { return nil, errNoAnswer }
			r, _ = run(t, def, `[1,2,3]`, &runtime.Options{Tasks: plain})
			if r.Status != runtime.Succeeded || jsonOf(r.Output) != `"caught"` || r.Err != nil {
				t.Errorf("plain error: %+v, want the Catch to take it", r)
			}
		})
	}
}
