package taskrun

import (
	"context"
	"time"
)

type taskTimeKey struct{}

// TaskTime returns the time, on the execution's clock (virtual unless the
// run is real-time), at which the attempt being answered started: the
// state's entered time on the first attempt, later by the retry
// intervals on a retry (runtime.TaskRequest.Now). ok is false when ctx is
// not a task request's context from Handler.
func TaskTime(ctx context.Context) (t time.Time, ok bool) {
	t, ok = ctx.Value(taskTimeKey{}).(time.Time)
	return t, ok
}

// withTaskTime adds the attempt's start time to ctx, when it has one.
func withTaskTime(ctx context.Context, now time.Time) context.Context {
	if now.IsZero() {
		return ctx
	}
	return context.WithValue(ctx, taskTimeKey{}, now.UTC())
}
