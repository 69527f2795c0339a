package studio_test

import (
	"context"
	"fmt"
	"net/http/httptest"
	"strings"
	"time"

	"github.com/stepwise-go/stepwise/runtime"
	"github.com/stepwise-go/stepwise/studio"
	"github.com/stepwise-go/stepwise/value"
)

// A studio for one definition, asked for its workflow list as the page
// does. A real program calls ListenAndServe instead (or mounts the
// Server, an http.Handler); requests must name the configured address in
// their Host header.
func ExampleNew() {
	s, err := studio.New(studio.Config{Addr: "127.0.0.1:8084", Workflows: []studio.Workflow{
		{Name: "Hello", Source: "hello.asl.json", Definition: []byte(`{"StartAt": "Hi", "States": {"Hi": {"Type": "Pass", "End": true}}}`)},
	}})
	if err != nil {
		panic(err)
	}
	req := httptest.NewRequest("GET", "/api/workflows", nil)
	req.Host = "127.0.0.1:8084"
	w := httptest.NewRecorder()
	s.ServeHTTP(w, req)
	fmt.Println(w.Code, strings.Contains(w.Body.String(), `"Hello"`))

	req.Host = "evil.example:8084" // DNS rebinding: another name for this address
	w = httptest.NewRecorder()
	s.ServeHTTP(w, req)
	fmt.Println(w.Code)
	// Output:
	// 200 true
	// 403
}

// The trace of an execution whose task failed twice, was retried, and
// went on: what run --trace and the studio draw.
func ExampleTraceOf() {
	prog, err := runtime.CompileDefinition([]byte(`{"StartAt": "Call", "States": {
		"Call": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"FunctionName": "F"},
			"Retry": [{"ErrorEquals": ["Busy"], "IntervalSeconds": 3, "BackoffRate": 1}], "Next": "Done"},
		"Done": {"Type": "Succeed"}}}`))
	if err != nil {
		panic(err)
	}
	attempts := 0
	busyTwice := func(context.Context, *runtime.TaskRequest) (value.Value, error) {
		if attempts++; attempts <= 2 {
			return nil, &runtime.TaskError{Name: "Busy"}
		}
		return "ok", nil
	}
	start := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	ex := prog.Start(context.Background(), value.NewObject(0), &runtime.Options{Clock: func() time.Time { return start }, Tasks: busyTwice})
	ex.Wait(context.Background())

	trace := studio.TraceOf(ex.History())
	call := trace.Step("Call")
	fmt.Println(trace.Status, trace.Duration)
	fmt.Println("Call:", call.Status, call.Visits, "visit,", call.Retries, "retries,", call.Duration)
	fmt.Println("Done ran:", trace.Step("Done") != nil)
	// Output:
	// SUCCEEDED 6s
	// Call: SUCCEEDED 1 visit, 2 retries, 6s
	// Done ran: true
}
