package runtime_test

import (
	"context"
	"fmt"

	"github.com/stepwise-go/stepwise/runtime"
	"github.com/stepwise-go/stepwise/value"
)

func Example() {
	prog, err := runtime.CompileDefinition([]byte(`{
	  "StartAt": "Greet",
	  "States": {
	    "Greet": {"Type": "Pass", "Parameters": {"greeting.$": "$.name"}, "Next": "Nap"},
	    "Nap": {"Type": "Wait", "Seconds": 86400, "End": true}
	  }
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	input, _ := value.ParseString(`{"name": "world"}`)
	res, history := prog.Run(context.Background(), input, nil) // a day's Wait ends at once
	fmt.Println(res.Status, string(value.Marshal(res.Output)))
	for _, e := range history {
		fmt.Println(e.ID, e.PreviousEventID, e.Type)
	}
	// Output:
	// SUCCEEDED {"greeting":"world"}
	// 1 0 ExecutionStarted
	// 2 0 PassStateEntered
	// 3 2 PassStateExited
	// 4 3 WaitStateEntered
	// 5 4 WaitStateExited
	// 6 5 ExecutionSucceeded
}

// Execute runs the execution on the calling goroutine; the returned
// execution has ended.
func ExampleProgram_Execute() {
	prog, err := runtime.CompileDefinition([]byte(`{"StartAt": "Hi",
	  "States": {"Hi": {"Type": "Pass", "Result": "hello", "End": true}}}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	ex := prog.Execute(context.Background(), nil, nil)
	res := ex.Result()
	fmt.Println(res.Status, string(value.Marshal(res.Output)), len(ex.History()))
	// Output:
	// SUCCEEDED "hello" 4
}
