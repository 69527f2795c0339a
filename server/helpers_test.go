package server

import (
	"context"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/sfn"
	"github.com/aws/aws-sdk-go-v2/service/sfn/types"
)

// newTestServer starts a Server behind a real listener and returns it
// with a real aws-sdk-go-v2 client pointed at it (any credentials, no
// retries, so errors come back at once).
func newTestServer(t *testing.T, opts Options) (*Server, *sfn.Client) {
	t.Helper()
	s, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(s)
	t.Cleanup(func() {
		hs.Close()
		s.Close()
	})
	return s, sdkClient(t, hs.URL)
}

// sdkClient is an SDK client for the endpoint url.
func sdkClient(t testing.TB, url string) *sfn.Client {
	t.Helper()
	cfg, err := config.LoadDefaultConfig(context.Background(),
		config.WithRegion("us-east-1"),
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider("AKIDLOCAL", "local-secret", "")),
		config.WithRetryer(func() aws.Retryer { return aws.NopRetryer{} }))
	if err != nil {
		t.Fatal(err)
	}
	return sfn.NewFromConfig(cfg, func(o *sfn.Options) {
		o.BaseEndpoint = aws.String(url)
		o.APIOptions = append(o.APIOptions, NoHostPrefix)
	})
}

const testRole = "arn:aws:iam::123456789012:role/StepFunctionsRole"

// createMachine creates a state machine and returns its ARN.
func createMachine(t *testing.T, c *sfn.Client, name, definition string, typ types.StateMachineType) string {
	t.Helper()
	out, err := c.CreateStateMachine(context.Background(), &sfn.CreateStateMachineInput{
		Name: aws.String(name), Definition: aws.String(definition), RoleArn: aws.String(testRole), Type: typ})
	if err != nil {
		t.Fatalf("CreateStateMachine %s: %v", name, err)
	}
	return aws.ToString(out.StateMachineArn)
}

// waitDone polls DescribeExecution until the execution has ended.
func waitDone(t *testing.T, c *sfn.Client, arn string) *sfn.DescribeExecutionOutput {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		d, err := c.DescribeExecution(context.Background(), &sfn.DescribeExecutionInput{ExecutionArn: aws.String(arn)})
		if err != nil {
			t.Fatalf("DescribeExecution: %v", err)
		}
		if d.Status != types.ExecutionStatusRunning {
			return d
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s still RUNNING after 10s", arn)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// run starts an execution and waits for its end.
func run(t *testing.T, c *sfn.Client, machineArn, name, input string) *sfn.DescribeExecutionOutput {
	t.Helper()
	in := &sfn.StartExecutionInput{StateMachineArn: aws.String(machineArn), Input: aws.String(input)}
	if name != "" {
		in.Name = aws.String(name)
	}
	out, err := c.StartExecution(context.Background(), in)
	if err != nil {
		t.Fatalf("StartExecution: %v", err)
	}
	return waitDone(t, c, aws.ToString(out.ExecutionArn))
}

// waitMachine is a Pass, a 30-second Wait and a Pass that adds a field.
const waitMachine = `{
  "StartAt": "First",
  "States": {
    "First": {"Type": "Pass", "Next": "Pause"},
    "Pause": {"Type": "Wait", "Seconds": 30, "Next": "Last"},
    "Last": {"Type": "Pass", "Result": "done", "ResultPath": "$.last", "End": true}
  }
}`

// taskMachine has one Lambda task.
const taskMachine = `{
  "StartAt": "Charge",
  "States": {
    "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
      "Parameters": {"FunctionName": "charge", "Payload.$": "$"}, "OutputPath": "$.Payload", "End": true}
  }
}`
