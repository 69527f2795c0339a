package runtime_test

import (
	"context"
	"fmt"
	"time"

	"github.com/stepwise-go/stepwise/runtime"
	"github.com/stepwise-go/stepwise/value"
)

// A .waitForTaskToken task waits until someone sends its token through
// the Callbacks shared with the execution.
func ExampleCallbacks() {
	prog, err := runtime.CompileDefinition([]byte(`{
	  "StartAt": "Approve",
	  "States": {
	    "Approve": {
	      "Type": "Task",
	      "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
	      "Parameters": {"QueueUrl": "approvals", "MessageBody": {"token.$": "$$.Task.Token"}},
	      "TimeoutSeconds": 3600,
	      "End": true
	    }
	  }
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	cb := runtime.NewCallbacks()
	ex := prog.Start(context.Background(), nil, &runtime.Options{Callbacks: cb})
	for len(cb.Pending()) == 0 { // the task sends its message, then waits
		time.Sleep(time.Millisecond)
	}
	task := cb.Pending()[0]
	fmt.Println("waiting:", task.State)
	answer, _ := value.ParseString(`{"approved": true}`)
	if err := cb.SendTaskSuccess(task.Token, answer); err != nil {
		fmt.Println(err)
	}
	res := ex.Wait(context.Background())
	fmt.Println(res.Status, string(value.Marshal(res.Output)))
	// Output:
	// waiting: Approve
	// SUCCEEDED {"approved":true}
}

// An activity worker polls with GetActivityTask and answers with the
// token it gets.
func ExampleCallbacks_GetActivityTask() {
	prog, _ := runtime.CompileDefinition([]byte(`{"StartAt": "Review", "States": {"Review": {
	  "Type": "Task", "Resource": "arn:aws:states:us-east-1:123456789012:activity:review", "End": true}}}`))
	cb := runtime.NewCallbacks()
	arn := cb.CreateActivity("review")
	ex := prog.Start(context.Background(), value.Null, &runtime.Options{Callbacks: cb})
	token, input, _ := cb.GetActivityTask(context.Background(), arn, "worker-1")
	fmt.Println("input:", string(value.Marshal(input)))
	_ = cb.SendTaskSuccess(token, "reviewed")
	fmt.Println(ex.Wait(context.Background()).Output)
	for _, e := range ex.History() {
		fmt.Println(e.Type)
	}
	// Output:
	// input: null
	// reviewed
	// ExecutionStarted
	// TaskStateEntered
	// ActivityScheduled
	// ActivityStarted
	// ActivitySucceeded
	// TaskStateExited
	// ExecutionSucceeded
}
