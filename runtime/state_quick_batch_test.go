package runtime_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stepwise-go/stepwise/runtime"
	"github.com/stepwise-go/stepwise/value"
)

// passChain is n Pass states, P0 … Pn-1, ending in last (a state's JSON
// without Type "Pass" fields, named "Last").
func passChain(n int, last string) string {
	var b strings.Builder
	b.WriteString(`{"StartAt": "P0", "States": {`)
	for i := 0; i < n; i++ {
		next := fmt.Sprintf("P%d", i+1)
		if i == n-1 {
			next = "Last"
		}
		fmt.Fprintf(&b, `"P%d": {"Type": "Pass", "Next": %q},`, i, next)
	}
	b.WriteString(`"Last": ` + last + `}}`)
	return b.String()
}

// Quick states are recorded in batches; a task that waits must find every
// event before it in the history, as GetExecutionHistory would show it.
func TestBatchedEventsRecordedBeforeAWait(t *testing.T) {
	const n = 21 // not a multiple of the batch
	task := `{"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
	  "Parameters": {"QueueUrl": "q", "MessageBody": {"t.$": "$$.Task.Token"}}, "End": true}`
	cb := runtime.NewCallbacks()
	ex := start(t, passChain(n, task), `{"x": 1}`, &runtime.Options{Callbacks: cb})
	p := pendingOne(t, cb)
	events := ex.History()
	// ExecutionStarted, n pairs, TaskStateEntered, TaskScheduled, TaskStarted, TaskSubmitted
	if got, want := len(events), 1+2*n; got < want+2 {
		t.Fatalf("%d events while the task waits, want at least %d", got, want+2)
	}
	for i, e := range events[:1+2*n] { // the first state entered follows event 0, as in AWS
		if e.ID != int64(i+1) || (i > 1 && e.PreviousEventID != int64(i)) {
			t.Fatalf("event %d: id %d prev %d", i, e.ID, e.PreviousEventID)
		}
	}
	if e := events[2*n]; e.Type != "PassStateExited" || !strings.Contains(string(value.Marshal(e.Details)), fmt.Sprintf(`"P%d"`, n-1)) {
		t.Fatalf("event %d is %s %s, want P%d's PassStateExited", 2*n+1, e.Type, value.Marshal(e.Details), n-1)
	}
	if e := events[2*n+1]; e.Type != "TaskStateEntered" || e.PreviousEventID != int64(2*n+1) {
		t.Fatalf("after the chain: %s after %d", e.Type, e.PreviousEventID)
	}
	if err := cb.SendTaskSuccess(p.Token, value.NewObject(0)); err != nil {
		t.Fatal(err)
	}
	if r := waitResult(t, ex); r.Status != runtime.Succeeded {
		t.Fatalf("status %s", r.Status)
	}
}

// Execute runs on the calling goroutine: cancelling its context from
// another one aborts it, and its history ends with ExecutionAborted after
// every batched event.
func TestExecuteCancelled(t *testing.T) {
	prog := compile(t, passChain(13, `{"Type": "Wait", "Seconds": 3600, "End": true}`))
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	began := time.Now()
	ex := prog.Execute(ctx, nil, &runtime.Options{RealTime: true})
	if d := time.Since(began); d > 5*time.Second {
		t.Fatalf("Execute returned after %v", d)
	}
	r := ex.Result()
	if r == nil || r.Status != runtime.Aborted {
		t.Fatalf("result %+v, want ABORTED", r)
	}
	events := ex.History()
	var types []string
	for _, e := range events {
		types = append(types, e.Type)
	}
	if len(events) != 1+2*13+2 || types[len(types)-2] != "WaitStateEntered" || types[len(types)-1] != "ExecutionAborted" {
		t.Fatalf("history %v", types)
	}
}

// An execution whose context has ended before it starts ends ABORTED
// without entering a state, and Run gives its result.
func TestRunWithEndedContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	r, events := compile(t, passChain(3, `{"Type": "Succeed"}`)).Run(ctx, nil, nil)
	if r == nil || r.Status != runtime.Aborted {
		t.Fatalf("result %+v, want ABORTED", r)
	}
	if len(events) != 2 || events[1].Type != "ExecutionAborted" {
		t.Fatalf("%d events, last %s", len(events), events[len(events)-1].Type)
	}
}

// A history limit that falls inside a batch ends the execution at the
// same event as recording one by one: after the limit's event, not at
// the batch's end.
func TestHistoryLimitInsideABatch(t *testing.T) {
	for _, limit := range []int{19, 20} { // after an exited event, after an entered one
		r, events := run(t, passChain(30, `{"Type": "Succeed"}`), `{}`, &runtime.Options{MaxTransitions: limit})
		if r.Status != runtime.Failed || r.Error != "States.Runtime" {
			t.Fatalf("limit %d: %s %s", limit, r.Status, r.Error)
		}
		if len(events) != limit+1 {
			t.Fatalf("limit %d: %d events", limit, len(events))
		}
		last := events[limit]
		if last.Type != "ExecutionFailed" || last.PreviousEventID != int64(limit) {
			t.Fatalf("limit %d: last event %s after %d", limit, last.Type, last.PreviousEventID)
		}
		wantType := "PassStateExited"
		if limit%2 == 0 {
			wantType = "PassStateEntered"
		}
		if e := events[limit-1]; e.Type != wantType {
			t.Fatalf("limit %d: event %d is %s, want %s", limit, limit, e.Type, wantType)
		}
	}
}
