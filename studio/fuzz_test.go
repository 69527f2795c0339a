package studio_test

import (
	"bytes"
	"encoding/binary"
	"testing"
	"time"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/diagram"
	"github.com/stepwise-go/stepwise/runtime"
	"github.com/stepwise-go/stepwise/studio"
	"github.com/stepwise-go/stepwise/value"
)

// fuzzTypes are the event types a random history is made of: those
// TraceOf looks at, and some it does not.
var fuzzTypes = []string{
	"ExecutionStarted", "ExecutionSucceeded", "ExecutionFailed", "ExecutionTimedOut", "ExecutionAborted",
	"TaskStateEntered", "TaskStateExited", "PassStateEntered", "PassStateExited", "ChoiceStateEntered",
	"FailStateEntered", "SucceedStateEntered", "MapStateEntered", "MapStateExited", "MapStateStarted",
	"MapIterationStarted", "MapIterationSucceeded", "ParallelStateStarted", "TaskScheduled", "TaskStarted",
	"TaskFailed", "TaskTimedOut", "TaskSucceeded", "LambdaFunctionScheduled", "LambdaFunctionFailed",
	"WaitStateEntered", "", "Unknown",
}

var fuzzNames = []string{"A", "B", "Map", "", "A"}

// historyOf makes a history of random events from data, 5 bytes an
// event: type, previous event (any id, even a later or missing one),
// name (or none), and a time step that may go backwards.
func historyOf(data []byte) []runtime.Event {
	start := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	var events []runtime.Event
	at := start
	for i := 0; i+5 <= len(data) && len(events) < 2000; i += 5 {
		b := data[i : i+5]
		e := runtime.Event{Type: fuzzTypes[int(b[0])%len(fuzzTypes)], ID: int64(len(events) + 1),
			PreviousEventID: int64(int8(b[1])), Timestamp: at}
		if n := int(b[2]); n < 2*len(fuzzNames) {
			e.Details = value.NewObject(1)
			if n < len(fuzzNames) {
				e.Details.Set("name", fuzzNames[n])
			} else {
				e.Details.Set("name", float64(n)) // not a string
			}
		}
		at = at.Add(time.Duration(int16(binary.BigEndian.Uint16(b[3:5]))) * time.Second)
		events = append(events, e)
	}
	return events
}

// FuzzTraceOf: TraceOf never panics, on any history (events out of order,
// dangling previous ids, names missing or not strings, time going
// backwards), and what it returns can be read and drawn.
func FuzzTraceOf(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{0, 0, 255, 0, 0, 5, 1, 0, 0, 1, 18, 2, 255, 0, 2, 20, 3, 255, 0, 0, 6, 2, 0, 0, 1, 1, 6, 255, 0, 0})
	f.Add([]byte{5, 0, 0, 0, 1, 10, 1, 1, 255, 255, 12, 2, 0, 0, 0, 15, 0, 2, 0, 3, 3, 4, 0, 0, 0})
	m, err := asl.Parse([]byte(`{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "Map"},
		"Map": {"Type": "Map", "ItemProcessor": {"StartAt": "B", "States": {"B": {"Type": "Pass", "End": true}}}, "End": true}}}`))
	if err != nil {
		f.Fatal(err)
	}
	d := diagram.New(m)
	f.Fuzz(func(t *testing.T, data []byte) {
		events := historyOf(data)
		trace := studio.TraceOf(events)
		if trace == nil || trace.Steps == nil {
			t.Fatal("TraceOf returned no trace")
		}
		for name, st := range trace.Steps {
			if st == nil || st.Visits < 0 || st.Retries < 0 || st.Iterations < 0 {
				t.Fatalf("step %q: %+v", name, st)
			}
		}
		if svg := d.TraceSVG(trace); !bytes.HasSuffix(svg, []byte("</svg>\n")) {
			t.Fatalf("the trace picture is cut short")
		}
	})
}
