package taskrun

import (
	"context"
	"time"

	"github.com/stepwise-go/stepwise/value"
)

type taskTimeKey struct{}

// TaskTime returns the time, on the execution's clock (virtual unless the
// run is real-time), at which the state of the task being answered was
// entered: $$.State.EnteredTime, which a retry of the same visit keeps.
// ok is false when ctx is not a task request's context from Handler.
func TaskTime(ctx context.Context) (t time.Time, ok bool) {
	t, ok = ctx.Value(taskTimeKey{}).(time.Time)
	return t, ok
}

// withTaskTime adds $$.State.EnteredTime of contextObject to ctx, when it
// has one that parses.
func withTaskTime(ctx context.Context, contextObject value.Value) context.Context {
	root, ok := contextObject.(*value.Object)
	if !ok {
		return ctx
	}
	state, _ := root.Get("State")
	st, ok := state.(*value.Object)
	if !ok {
		return ctx
	}
	entered, _ := st.Get("EnteredTime")
	text, ok := entered.(string)
	if !ok {
		return ctx
	}
	t, err := time.Parse(time.RFC3339Nano, text)
	if err != nil {
		return ctx
	}
	return context.WithValue(ctx, taskTimeKey{}, t.UTC())
}
