package server

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sfn"
	"github.com/aws/aws-sdk-go-v2/service/sfn/types"
)

// approvalMachine sends its task token in an SQS message and waits.
const approvalMachine = `{
  "StartAt": "Approve",
  "States": {
    "Approve": {
      "Type": "Task",
      "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
      "Parameters": {"QueueUrl": "approvals", "MessageBody": {"token.$": "$$.Task.Token", "order.$": "$.order"}},
      "TimeoutSeconds": 3600,
      "End": true
    }
  }
}`

// waitToken reads the task token from the execution's TaskScheduled
// event, as a worker reading the SQS message would.
func waitToken(t *testing.T, c *sfn.Client, execArn *string) string {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		h, err := c.GetExecutionHistory(context.Background(), &sfn.GetExecutionHistoryInput{ExecutionArn: execArn})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range h.Events {
			if e.Type == types.HistoryEventTypeTaskScheduled {
				var p struct {
					MessageBody struct {
						Token string `json:"token"`
					}
				}
				if err := json.Unmarshal([]byte(aws.ToString(e.TaskScheduledEventDetails.Parameters)), &p); err != nil {
					t.Fatal(err)
				}
				return p.MessageBody.Token
			}
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatal("no TaskScheduled event after 10s")
	return ""
}

// TestSDKTaskTokenRoundTrip: a .waitForTaskToken task waits (RUNNING)
// until the SDK sends its token; a second answer is TaskTimedOut.
func TestSDKTaskTokenRoundTrip(t *testing.T) {
	_, c := newTestServer(t, Options{})
	ctx := context.Background()
	arn := createMachine(t, c, "Approval", approvalMachine, "")
	for _, approve := range []bool{true, false} {
		start, err := c.StartExecution(ctx, &sfn.StartExecutionInput{StateMachineArn: aws.String(arn), Input: aws.String(`{"order": 42}`)})
		if err != nil {
			t.Fatal(err)
		}
		token := waitToken(t, c, start.ExecutionArn)
		d, err := c.DescribeExecution(ctx, &sfn.DescribeExecutionInput{ExecutionArn: start.ExecutionArn})
		if err != nil || d.Status != types.ExecutionStatusRunning {
			t.Fatalf("waiting execution = %+v, %v; want RUNNING", d, err)
		}
		if _, err := c.SendTaskHeartbeat(ctx, &sfn.SendTaskHeartbeatInput{TaskToken: aws.String(token)}); err != nil {
			t.Errorf("SendTaskHeartbeat: %v", err)
		}
		if approve {
			_, err = c.SendTaskSuccess(ctx, &sfn.SendTaskSuccessInput{TaskToken: aws.String(token), Output: aws.String(`{"approved": true}`)})
		} else {
			_, err = c.SendTaskFailure(ctx, &sfn.SendTaskFailureInput{TaskToken: aws.String(token), Error: aws.String("Rejected"), Cause: aws.String("no budget")})
		}
		if err != nil {
			t.Fatal(err)
		}
		d = waitDone(t, c, aws.ToString(start.ExecutionArn))
		switch {
		case approve && (d.Status != types.ExecutionStatusSucceeded || aws.ToString(d.Output) != `{"approved":true}`):
			t.Errorf("approved: %s %s", d.Status, aws.ToString(d.Output))
		case !approve && (d.Status != types.ExecutionStatusFailed || aws.ToString(d.Error) != "Rejected" || aws.ToString(d.Cause) != "no budget"):
			t.Errorf("rejected: %s %s %s", d.Status, aws.ToString(d.Error), aws.ToString(d.Cause))
		}
		_, err = c.SendTaskSuccess(ctx, &sfn.SendTaskSuccessInput{TaskToken: aws.String(token), Output: aws.String(`{}`)})
		if !isType[*types.TaskTimedOut](err) {
			t.Errorf("answering a closed task: %v, want TaskTimedOut", err)
		}
	}
	_, err := c.SendTaskSuccess(ctx, &sfn.SendTaskSuccessInput{TaskToken: aws.String("forged"), Output: aws.String(`{}`)})
	if !isType[*types.InvalidToken](err) {
		t.Errorf("a forged token: %v, want InvalidToken", err)
	}
	start, err := c.StartExecution(ctx, &sfn.StartExecutionInput{StateMachineArn: aws.String(arn), Input: aws.String(`{"order": 1}`)})
	if err != nil {
		t.Fatal(err)
	}
	token := waitToken(t, c, start.ExecutionArn)
	_, err = c.SendTaskSuccess(ctx, &sfn.SendTaskSuccessInput{TaskToken: aws.String(token), Output: aws.String(`{not json`)})
	if !isType[*types.InvalidOutput](err) {
		t.Errorf("output not JSON: %v, want InvalidOutput", err)
	}
}

// TestSDKActivityWorker: a worker polls GetActivityTask, gets the task's
// token and input, and answers; with nothing scheduled the poll ends
// without a token.
func TestSDKActivityWorker(t *testing.T) {
	_, c := newTestServer(t, Options{ActivityPoll: 50 * time.Millisecond})
	ctx := context.Background()
	act, err := c.CreateActivity(ctx, &sfn.CreateActivityInput{Name: aws.String("review")})
	if err != nil {
		t.Fatal(err)
	}
	empty, err := c.GetActivityTask(ctx, &sfn.GetActivityTaskInput{ActivityArn: act.ActivityArn, WorkerName: aws.String("w1")})
	if err != nil || empty.TaskToken != nil {
		t.Errorf("poll with nothing scheduled = %+v, %v; want no token", empty, err)
	}
	def := `{"StartAt": "Review", "States": {"Review": {"Type": "Task", "Resource": "` + aws.ToString(act.ActivityArn) + `", "End": true}}}`
	arn := createMachine(t, c, "Reviews", def, "")
	start, err := c.StartExecution(ctx, &sfn.StartExecutionInput{StateMachineArn: aws.String(arn), Input: aws.String(`{"doc": "a"}`)})
	if err != nil {
		t.Fatal(err)
	}
	var task *sfn.GetActivityTaskOutput
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); {
		task, err = c.GetActivityTask(ctx, &sfn.GetActivityTaskInput{ActivityArn: act.ActivityArn, WorkerName: aws.String("w1")})
		if err != nil {
			t.Fatal(err)
		}
		if task.TaskToken != nil {
			break
		}
	}
	if task.TaskToken == nil || aws.ToString(task.Input) != `{"doc":"a"}` {
		t.Fatalf("GetActivityTask = %+v", task)
	}
	if _, err := c.SendTaskSuccess(ctx, &sfn.SendTaskSuccessInput{TaskToken: task.TaskToken, Output: aws.String(`"reviewed"`)}); err != nil {
		t.Fatal(err)
	}
	if d := waitDone(t, c, aws.ToString(start.ExecutionArn)); d.Status != types.ExecutionStatusSucceeded || aws.ToString(d.Output) != `"reviewed"` {
		t.Errorf("execution = %s %s", d.Status, aws.ToString(d.Output))
	}
	_, err = c.GetActivityTask(ctx, &sfn.GetActivityTaskInput{ActivityArn: aws.String("arn:aws:states:us-east-1:123456789012:activity:none")})
	if !isType[*types.ActivityDoesNotExist](err) {
		t.Errorf("unknown activity: %v, want ActivityDoesNotExist", err)
	}
}
