package tasks_test

import (
	"context"
	"errors"
	"fmt"

	"github.com/stepwise-go/stepwise/tasks"
	"github.com/stepwise-go/stepwise/value"
)

func ExampleParseMockFile() {
	mocks, err := tasks.ParseMockFile([]byte(`{
	  "StateMachines": {"Orders": {"TestCases": {"RetryPath": {"Charge": "ChargeRetry"}}}},
	  "MockedResponses": {
	    "ChargeRetry": {
	      "0-1": {"Throw": {"Error": "Lambda.TooManyRequestsException", "Cause": "slow down"}},
	      "2":   {"Return": {"StatusCode": 200, "Payload": {"charged": true}}}
	    }
	  }
	}`), "mocks.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	// One MockCase per execution: it counts each state's invocations.
	run, err := mocks.Case("Orders", "RetryPath")
	if err != nil {
		fmt.Println(err)
		return
	}
	for i := 0; i < 4; i++ {
		out, _, err := run.Respond(context.Background(), &tasks.Request{State: "Charge", Resource: "arn:aws:states:::lambda:invoke"})
		var failure *tasks.Failure
		switch {
		case errors.As(err, &failure):
			fmt.Println("fails with", failure.Name)
		case err != nil:
			fmt.Println("stops the run:", err)
		default:
			fmt.Println("returns", string(value.Marshal(out)))
		}
	}
	// Output:
	// fails with Lambda.TooManyRequestsException
	// fails with Lambda.TooManyRequestsException
	// returns {"StatusCode":200,"Payload":{"charged":true}}
	// stops the run: mock test case "RetryPath" of "Orders": state "Charge" was invoked 4 times, but its mocked response "ChargeRetry" answers only invocations 0-2: add a key "3" (or extend a range) for it
}

func ExampleParseMockFile_problems() {
	_, err := tasks.ParseMockFile([]byte(`{
	  "StateMachines": {"Orders": {"TestCases": {"Happy": {"Charge": "ChargeOK", "Ship": "ShipOK"}}}},
	  "MockedResponses": {"ChargeOK": {"0-x": {"Return": {}}, "1": {"Return": {}, "Throw": {"Error": "E"}}}}
	}`), "mocks.json")
	fmt.Println(err)
	// Output:
	// mocks.json: /MockedResponses/ChargeOK/0-x: invalid invocation range: want an invocation number such as "0" or an inclusive range such as "1-2"
	// mocks.json: /MockedResponses/ChargeOK/1: a response has both Return and Throw: it either returns or throws
	// mocks.json: /StateMachines/Orders/TestCases/Happy/Ship: mocked response "ShipOK" is not defined in /MockedResponses
}
