package runtimetest

import (
	"context"
	"time"

	"github.com/stepwise-go/stepwise/internal/taskrun"
)

// TaskTime is the clock of task handlers that need the execution's time:
// given a handler's context, it returns the virtual time at which the
// task's attempt started ($$.State.EnteredTime on the first attempt,
// later by the retry intervals on a retry). Pass it where a handler takes a clock, for example
// jobstatus.Checker{Clock: runtimetest.TaskTime}. Outside a task it
// returns Epoch.
func TaskTime(ctx context.Context) time.Time {
	if t, ok := taskrun.TaskTime(ctx); ok {
		return t
	}
	return Epoch
}
