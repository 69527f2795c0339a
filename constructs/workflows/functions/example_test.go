package functions_test

import (
	"bytes"
	"context"
	"fmt"
	"time"

	"github.com/stepwise-go/stepwise/constructs/workflows/functions"
	"github.com/stepwise-go/stepwise/tasks"
	"github.com/stepwise-go/stepwise/value"
)

// The project's own Lambda functions answer JobPoller's Lambda tasks
// locally, on a clock and a random source the host gives.
func ExampleRegister() {
	now := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	clock := func(context.Context) time.Time { return now }
	var h tasks.Handlers
	if err := functions.Register(&h, clock, bytes.NewReader(make([]byte, 8))); err != nil {
		panic(err)
	}
	in, _ := value.ParseString(`{"FunctionName": "${SubmitJobFunctionArn}", "Payload": {"durationSeconds": 10, "fail": true}}`)
	out, _, err := h.Respond(context.Background(), &tasks.Request{StateMachine: "JobPoller", State: "Submit Job",
		Resource: "arn:aws:states:::lambda:invoke", Input: in})
	payload, _ := out.(*value.Object).Get("Payload")
	fmt.Println(string(value.Marshal(payload)), err)
	// Output:
	// {"guid":"F1735689610-0000000000000000","status":"SUBMITTED","waitSeconds":5} <nil>
}
