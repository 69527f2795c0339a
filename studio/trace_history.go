package studio

import (
	"strings"
	"time"

	"github.com/stepwise-go/stepwise/diagram"
	"github.com/stepwise-go/stepwise/runtime"
)

// TraceOf reads an execution's history (runtime.Execution.History, or a
// history file's events) into a Trace: which states ran, how each ended,
// how long they took, how often they were retried and how many items
// each Map state iterated over. A history without a terminal event gives
// a RUNNING trace, so it can be drawn while the execution goes on.
func TraceOf(events []runtime.Event) *diagram.Trace {
	r := &traceReader{
		t:     &diagram.Trace{Status: "RUNNING", Steps: map[string]*diagram.StepTrace{}},
		owner: map[int64]string{},
		types: map[int64]string{},
		open:  map[string][]time.Time{},
	}
	for i := range events {
		r.read(&events[i])
	}
	r.finish(events)
	return r.t
}

// traceReader follows a history event by event.
type traceReader struct {
	t *diagram.Trace
	// owner maps an event id to the state it belongs to: the state
	// entered, or the owner of the event it follows.
	owner map[int64]string
	// types maps an event id to its type.
	types map[int64]string
	// open holds the entry times of the visits not ended yet, per state.
	open map[string][]time.Time
	// attempts counts the work started per state (task scheduled, Map or
	// Parallel started), to find the retries.
	attempts map[string]int
}

func (r *traceReader) step(name string) *diagram.StepTrace {
	st := r.t.Steps[name]
	if st == nil {
		st = &diagram.StepTrace{}
		r.t.Steps[name] = st
	}
	return st
}

// read takes one event.
func (r *traceReader) read(e *runtime.Event) {
	name := detailName(e)
	r.types[e.ID] = e.Type
	switch {
	case strings.HasSuffix(e.Type, "StateEntered"):
		r.caught(e)
		st := r.step(name)
		st.Visits++
		r.open[name] = append(r.open[name], e.Timestamp)
		r.owner[e.ID] = name
		if e.Type == "FailStateEntered" {
			r.close(name, e.Timestamp, diagram.StepFailed)
		}
		return
	case strings.HasSuffix(e.Type, "StateExited"):
		status := diagram.StepSucceeded
		if failure(r.types[e.PreviousEventID]) {
			status = diagram.StepCaught // a Catch took the failure
		}
		r.close(name, e.Timestamp, status)
		return
	case e.Type == "MapIterationStarted" && name != "":
		r.step(name).Iterations++
	}
	owner := r.owner[e.PreviousEventID]
	r.owner[e.ID] = owner
	if owner == "" {
		return
	}
	switch e.Type {
	case "TaskScheduled", "LambdaFunctionScheduled", "MapStateStarted", "ParallelStateStarted":
		if r.attempts == nil {
			r.attempts = map[string]int{}
		}
		r.attempts[owner]++
		if st := r.step(owner); r.attempts[owner] > st.Visits {
			st.Retries = r.attempts[owner] - st.Visits
		}
	}
}

// caught ends, as CAUGHT, the open visit of the state a StateEntered event
// follows when that event is a failure: a state left after a failure
// without StateExited was left by a Catch.
func (r *traceReader) caught(e *runtime.Event) {
	if !failure(r.types[e.PreviousEventID]) {
		return
	}
	prev := r.owner[e.PreviousEventID]
	if prev == "" || len(r.open[prev]) == 0 {
		return
	}
	r.close(prev, e.Timestamp, diagram.StepCaught)
}

// close ends the oldest open visit of a state with the given status.
func (r *traceReader) close(name string, at time.Time, status diagram.StepStatus) {
	st := r.step(name)
	st.Status = st.Status.Worse(status)
	if q := r.open[name]; len(q) > 0 {
		st.Duration += at.Sub(q[0])
		r.open[name] = q[1:]
	}
}

// finish sets the execution's status and ends the visits still open: as
// FAILED when the execution has ended, RUNNING when it goes on.
func (r *traceReader) finish(events []runtime.Event) {
	if len(events) == 0 {
		return
	}
	first, last := events[0], events[len(events)-1]
	r.t.Duration = last.Timestamp.Sub(first.Timestamp)
	status := diagram.StepRunning
	switch last.Type {
	case "ExecutionSucceeded":
		r.t.Status = "SUCCEEDED"
	case "ExecutionFailed":
		r.t.Status, status = "FAILED", diagram.StepFailed
	case "ExecutionTimedOut":
		r.t.Status, status = "TIMED_OUT", diagram.StepFailed
	case "ExecutionAborted":
		r.t.Status, status = "ABORTED", diagram.StepFailed
	}
	for name, q := range r.open {
		for range q {
			r.close(name, last.Timestamp, status)
		}
	}
}

// failure reports whether an event type records a failure (TaskFailed,
// LambdaFunctionTimedOut, MapStateFailed, …).
func failure(typ string) bool {
	return strings.HasSuffix(typ, "Failed") || strings.HasSuffix(typ, "TimedOut")
}

// detailName is the "name" detail of an event, or "".
func detailName(e *runtime.Event) string {
	if e.Details == nil {
		return ""
	}
	v, _ := e.Details.Get("name")
	s, _ := v.(string)
	return s
}
