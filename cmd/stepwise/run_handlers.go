package main

import (
	"context"
	"crypto/rand"
	"fmt"
	"time"

	"github.com/stepwise-go/stepwise/constructs/workflows/functions"
	"github.com/stepwise-go/stepwise/internal/taskrun"
	"github.com/stepwise-go/stepwise/tasks"
)

// handlerSetup reads --handlers and returns the Go handlers it names, or
// nil when it is empty. "builtin" is the project's own Lambda functions
// (constructs/workflows/functions: JobPoller's submitjob and jobstatus,
// by the FunctionName placeholders its definition uses), on the
// execution's clock.
func handlerSetup(f *runFlags) (tasks.Responder, error) {
	switch f.handlers {
	case "":
		return nil, nil
	case "builtin":
		h := &tasks.Handlers{}
		if err := functions.Register(h, executionClock, rand.Reader); err != nil {
			return nil, err
		}
		return h, nil
	}
	return nil, fmt.Errorf("--handlers: want builtin, not %q", f.handlers)
}

// executionClock is the time on the execution's clock (virtual unless
// --real-time) at which the task's state was entered.
func executionClock(ctx context.Context) time.Time {
	if t, ok := taskrun.TaskTime(ctx); ok {
		return t
	}
	return time.Now() // not a task of a local execution
}
