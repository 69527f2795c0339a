package tasks_test

// The project's Lambda functions (constructs/workflows/functions, which
// stacks/functions/* deploy with lambda.Start) answer tasks through
// Handlers unchanged: the same signatures and JSON rules as on Lambda.

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"testing"
	"time"

	sfnapi "github.com/aws/aws-sdk-go-v2/service/sfn"

	"github.com/stepwise-go/stepwise/constructs/workflows/functions"
	"github.com/stepwise-go/stepwise/constructs/workflows/functions/approval"
	"github.com/stepwise-go/stepwise/constructs/workflows/functions/jobstatus"
	"github.com/stepwise-go/stepwise/tasks"
	"github.com/stepwise-go/stepwise/value"
)

// recordingSFN is the approval function's Step Functions client: it
// records the token answers.
type recordingSFN struct{ sent []string }

func (r *recordingSFN) SendTaskSuccess(_ context.Context, in *sfnapi.SendTaskSuccessInput, _ ...func(*sfnapi.Options)) (*sfnapi.SendTaskSuccessOutput, error) {
	r.sent = append(r.sent, "success "+*in.TaskToken+" "+*in.Output)
	return &sfnapi.SendTaskSuccessOutput{}, nil
}

func (r *recordingSFN) SendTaskFailure(_ context.Context, in *sfnapi.SendTaskFailureInput, _ ...func(*sfnapi.Options)) (*sfnapi.SendTaskFailureOutput, error) {
	r.sent = append(r.sent, "failure "+*in.TaskToken+" "+*in.Error)
	return &sfnapi.SendTaskFailureOutput{}, nil
}

func TestProjectFunctionsRunLocally(t *testing.T) {
	now := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	clock := func(context.Context) time.Time { return now }
	sfn := &recordingSFN{}
	var h tasks.Handlers
	if err := functions.Register(&h, clock, bytes.NewReader(make([]byte, 64))); err != nil {
		t.Fatal(err)
	}
	if err := h.Handle("ApprovalFunction", approval.Decider{SFN: sfn}.Decide); err != nil {
		t.Fatal(err)
	}
	parse := func(text string) value.Value {
		v, err := value.ParseString(text)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	invoke := func(state, function string, payload value.Value) (value.Value, error) {
		in := value.NewObject(2)
		in.Set("FunctionName", function)
		in.Set("Payload", payload)
		out, ok, err := h.Respond(context.Background(), &tasks.Request{StateMachine: "JobPoller", State: state, Resource: "arn:aws:states:::lambda:invoke", Input: in})
		if !ok {
			t.Fatalf("%s not answered", state)
		}
		if err != nil {
			return nil, err
		}
		p, _ := out.(*value.Object).Get("Payload") // "OutputPath": "$.Payload"
		return p, nil
	}
	field := func(v value.Value, key string) value.Value {
		o, _ := v.(*value.Object)
		if o == nil {
			return nil
		}
		x, _ := o.Get(key)
		return x
	}

	// JobPoller, the failing job: Submit Job, then Get Job Status with $.guid.
	job, err := invoke("Submit Job", functions.SubmitJobFunction, parse(`{"fail": true, "durationSeconds": 1}`))
	if err != nil || string(value.Marshal(job)) != `{"guid":"F1735689601-0000000000000000","status":"SUBMITTED","waitSeconds":5}` {
		t.Fatalf("Submit Job: %s, %v", value.Marshal(job), err)
	}
	status, err := invoke("Get Job Status", functions.GetStatusFunction, field(job, "guid"))
	if err != nil || field(status, "status") != "RUNNING" || field(status, "waitSeconds") != float64(jobstatus.PollSeconds) {
		t.Fatalf("Get Job Status: %s, %v", value.Marshal(status), err)
	}
	now = now.Add(time.Second)
	if status, err = invoke("Get Job Status", functions.GetStatusFunction, field(job, "guid")); err != nil || field(status, "status") != "FAILED" {
		t.Fatalf("Get Job Status a second later: %s, %v", value.Marshal(status), err)
	}
	// A foreign job id: the function's error, as the Lambda Go runtime names it.
	_, err = invoke("Get Job Status", functions.GetStatusFunction, "nonsense")
	var f *tasks.Failure
	if !errors.As(err, &f) || f.Name != "errorString" || f.Cause != `{"errorMessage":"job id \"nonsense\" is not one of ours","errorType":"errorString"}` {
		t.Fatalf("foreign job id: %v", err)
	}

	// approval, invoked with an API Gateway proxy event as its payload.
	page, err := invoke("Decide", "arn:aws:lambda:us-east-1:123456789012:function:ApprovalFunction",
		parse(`{"queryStringParameters": {"action": "approve", "token": "tok"}}`))
	if err != nil || field(page, "statusCode") != float64(http.StatusOK) || len(sfn.sent) != 1 || sfn.sent[0] != `success tok {"decision":"approve"}` {
		t.Fatalf("approval: %s, %v, %q", value.Marshal(page), err, sfn.sent)
	}
	page, err = invoke("Decide", "ApprovalFunction", parse(`{"queryStringParameters": {"token": "tok"}}`))
	if err != nil || field(page, "statusCode") != float64(http.StatusBadRequest) || len(sfn.sent) != 1 {
		t.Fatalf("approval without an action: %s, %v, %q", value.Marshal(page), err, sfn.sent)
	}
}
