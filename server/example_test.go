package server_test

import (
	"context"
	"fmt"
	"net/http/httptest"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/sfn"

	"github.com/stepwise-go/stepwise/server"
)

// An application's aws-sdk-go-v2 client talks to the local endpoint
// instead of AWS: BaseEndpoint points at it, any credentials do.
func Example() {
	srv, err := server.New(server.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer srv.Close()
	endpoint := httptest.NewServer(srv) // or http.ListenAndServe("127.0.0.1:8083", srv)
	defer endpoint.Close()

	ctx := context.Background()
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("us-east-1"),
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider("local", "local", "")))
	client := sfn.NewFromConfig(cfg, func(o *sfn.Options) {
		o.BaseEndpoint = aws.String(endpoint.URL)
		o.APIOptions = append(o.APIOptions, server.NoHostPrefix) // for StartSyncExecution
	})

	machine, err := client.CreateStateMachine(ctx, &sfn.CreateStateMachineInput{
		Name:       aws.String("Hello"),
		RoleArn:    aws.String("arn:aws:iam::123456789012:role/StepFunctionsRole"),
		Type:       "EXPRESS",
		Definition: aws.String(`{"StartAt": "Greet", "States": {"Greet": {"Type": "Pass", "Parameters": {"greeting.$": "States.Format('Hello, {}!', $.name)"}, "End": true}}}`),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	out, err := client.StartSyncExecution(ctx, &sfn.StartSyncExecutionInput{
		StateMachineArn: machine.StateMachineArn,
		Name:            aws.String("first"),
		Input:           aws.String(`{"name": "stepwise"}`),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(aws.ToString(machine.StateMachineArn))
	fmt.Println(out.Status, aws.ToString(out.Output))
	// Output:
	// arn:aws:states:us-east-1:123456789012:stateMachine:Hello
	// SUCCEEDED {"greeting":"Hello, stepwise!"}
}
