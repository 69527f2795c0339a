package tasks_test

import (
	"context"
	"errors"
	"fmt"

	"github.com/stepwise-go/stepwise/tasks"
	"github.com/stepwise-go/stepwise/value"
)

type Order struct {
	ID  string `json:"id"`
	Qty int    `json:"qty"`
}

type Receipt struct {
	ID    string `json:"id"`
	Total int    `json:"total"`
}

// OutOfStock names the error Retry and Catch see.
type OutOfStock struct{ ID string }

func (e OutOfStock) Error() string     { return "order " + e.ID + " is out of stock" }
func (e OutOfStock) ErrorName() string { return "Orders.OutOfStock" }

func ExampleHandlers_Handle() {
	var handlers tasks.Handlers
	// An aws-lambda-go handler, registered for a Lambda function: every
	// lambda:invoke task whose FunctionName names "Charge" calls it.
	err := handlers.Handle("Charge", func(ctx context.Context, o Order) (Receipt, error) {
		if o.Qty > 10 {
			return Receipt{}, OutOfStock{o.ID}
		}
		return Receipt{ID: o.ID, Total: 5 * o.Qty}, nil
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	respond := tasks.Chain(&handlers) // in a run: Chain(mockCase, &handlers, tasks.StubEcho())
	for _, qty := range []int{3, 11} {
		in, _ := value.FromGo(map[string]any{
			"FunctionName": "arn:aws:lambda:us-east-1:123456789012:function:Charge",
			"Payload":      map[string]any{"id": "o1", "qty": qty},
		})
		out, _, err := respond.Respond(context.Background(), &tasks.Request{
			State: "Charge card", Resource: "arn:aws:states:::lambda:invoke", Input: in,
		})
		var failure *tasks.Failure
		if errors.As(err, &failure) {
			fmt.Println("fails:", failure.Name, failure.Cause)
			continue
		}
		payload, _ := out.(*value.Object).Get("Payload")
		status, _ := out.(*value.Object).Get("StatusCode")
		fmt.Println("Payload:", string(value.Marshal(payload)), "StatusCode:", status)
	}
	// A handler that does not fit lambda.Start's rules is refused at once.
	fmt.Println(handlers.Handle("Ship", func(a, b string) {}))
	// Output:
	// Payload: {"id":"o1","total":15} StatusCode: 200
	// fails: Orders.OutOfStock {"errorMessage":"order o1 is out of stock","errorType":"Orders.OutOfStock"}
	// tasks: handler for "Ship": it takes two arguments, but the first is string, not context.Context
}

func ExampleStubEcho() {
	in, _ := value.ParseString(`{"TableName": "Orders", "Key": {"id": {"S": "o1"}}}`)
	out, _, _ := tasks.StubEcho().Respond(context.Background(), &tasks.Request{
		State: "Get order", Resource: "arn:aws:states:::dynamodb:getItem", Input: in,
	})
	item, _ := out.(*value.Object).Get("Item")
	fmt.Println(out.(*value.Object).Keys())
	fmt.Println(string(value.Marshal(item)))
	// Output:
	// [Item SdkHttpMetadata SdkResponseMetadata]
	// {"id":{"S":"o1"}}
}
