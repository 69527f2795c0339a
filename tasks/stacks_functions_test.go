package tasks

// The project's Lambda functions (stacks/functions/submitjob, jobstatus,
// approval) are package main with unexported handlers, so they cannot be
// imported. These are copies of their signatures and JSON shapes, with
// deterministic bodies, to show the functions run locally unchanged once
// they are importable (move each handler into an importable package, e.g.
// stacks/functions/submitjob/job, and keep main.go as lambda.Start(job.Submit)).

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/aws/aws-lambda-go/events"

	"github.com/stepwise-go/stepwise/value"
)

// submitjob's types and signature: func(context.Context, Request) (Job, error).
type submitRequest struct {
	DurationSeconds int  `json:"durationSeconds"`
	WaitSeconds     int  `json:"waitSeconds"`
	Fail            bool `json:"fail"`
}

type submittedJob struct {
	GUID        string `json:"guid"`
	Status      string `json:"status"`
	WaitSeconds int    `json:"waitSeconds"`
}

func submitCopy(_ context.Context, req submitRequest) (submittedJob, error) {
	if req.WaitSeconds <= 0 {
		req.WaitSeconds = 5
	}
	outcome := "S"
	if req.Fail {
		outcome = "F"
	}
	return submittedJob{GUID: outcome + "0-ab", Status: "SUBMITTED", WaitSeconds: req.WaitSeconds}, nil
}

// jobstatus's signature: func(context.Context, string) (Status, error),
// given just the job id ("InputPath": "$.guid", "Payload.$": "$").
func statusCopy(_ context.Context, guid string) (submittedJob, error) {
	end, _, ok := strings.Cut(guid, "-")
	if !ok || len(end) < 2 {
		return submittedJob{}, fmt.Errorf("job id %q is not one of ours", guid)
	}
	s := submittedJob{GUID: guid, Status: "SUCCEEDED", WaitSeconds: 5}
	if end[0] == 'F' {
		s.Status = "FAILED"
	}
	return s, nil
}

// approval's signature: func(context.Context, events.APIGatewayProxyRequest)
// (events.APIGatewayProxyResponse, error).
func approvalCopy(_ context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	switch req.QueryStringParameters["action"] {
	case "approve", "reject":
		return events.APIGatewayProxyResponse{StatusCode: http.StatusOK, Body: "recorded\n"}, nil
	case "":
		return events.APIGatewayProxyResponse{}, errors.New("throttled")
	}
	return events.APIGatewayProxyResponse{StatusCode: http.StatusBadRequest, Body: "The action must be approve or reject.\n"}, nil
}

func TestProjectFunctionsRunLocally(t *testing.T) {
	var h Handlers
	for key, fn := range map[string]any{
		"${SubmitJobFunctionArn}": submitCopy,
		"${GetStatusFunctionArn}": statusCopy,
		"ApprovalFunction":        approvalCopy,
	} {
		if err := h.Handle(key, fn); err != nil {
			t.Fatal(err)
		}
	}
	invoke := func(state, function string, payload value.Value) (value.Value, error) {
		in := object("FunctionName", function, "Payload", payload)
		out, ok, err := h.Respond(context.Background(), &Request{StateMachine: "JobPoller", State: state, Resource: "arn:aws:states:::lambda:invoke", Input: in})
		if !ok {
			t.Fatalf("%s not answered", state)
		}
		return at(out, "Payload"), err // "OutputPath": "$.Payload"
	}

	// JobPoller, the failing job: Submit Job, then Get Job Status with $.guid.
	job, err := invoke("Submit Job", "${SubmitJobFunctionArn}", mustValue(t, `{"fail": true, "durationSeconds": 1}`))
	if err != nil || string(value.Marshal(job)) != `{"guid":"F0-ab","status":"SUBMITTED","waitSeconds":5}` {
		t.Fatalf("Submit Job: %s, %v", value.Marshal(job), err)
	}
	status, err := invoke("Get Job Status", "${GetStatusFunctionArn}", at(job, "guid"))
	if err != nil || at(status, "status") != "FAILED" {
		t.Fatalf("Get Job Status: %s, %v", value.Marshal(status), err)
	}
	// A foreign job id: the function's error, as the Lambda Go runtime names it.
	_, err = invoke("Get Job Status", "${GetStatusFunctionArn}", "nonsense")
	var f *Failure
	if !errors.As(err, &f) || f.Name != "errorString" || f.Cause != `{"errorMessage":"job id \"nonsense\" is not one of ours","errorType":"errorString"}` {
		t.Fatalf("foreign job id: %v", err)
	}

	// approval, invoked with an API Gateway proxy event as its payload.
	page, err := invoke("Decide", "arn:aws:lambda:us-east-1:123456789012:function:ApprovalFunction",
		mustValue(t, `{"queryStringParameters": {"action": "approve", "token": "tok"}}`))
	if err != nil || at(page, "statusCode") != 200.0 || at(page, "body") != "recorded\n" {
		t.Fatalf("approval: %s, %v", value.Marshal(page), err)
	}
	_, err = invoke("Decide", "ApprovalFunction", mustValue(t, `{"queryStringParameters": {"token": "tok"}}`))
	if !errors.As(err, &f) || f.Name != "errorString" {
		t.Fatalf("approval failure: %v", err)
	}
}
