package server

import (
	"context"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sfn"
	"github.com/aws/aws-sdk-go-v2/service/sfn/types"
)

// TestSDKTestState runs one state through TestState with the SDK, at
// DEBUG level, and a refused request comes back typed.
func TestSDKTestState(t *testing.T) {
	_, c := newTestServer(t, Options{})
	ctx := context.Background()
	out, err := c.TestState(ctx, &sfn.TestStateInput{
		Definition:      aws.String(`{"Type": "Pass", "Parameters": {"sum.$": "States.MathAdd($.a, 2)"}, "ResultPath": "$.r", "Next": "After"}`),
		Input:           aws.String(`{"a": 1}`),
		InspectionLevel: types.InspectionLevelDebug,
	})
	if err != nil {
		t.Fatal(err)
	}
	if out.Status != types.TestExecutionStatusSucceeded || aws.ToString(out.Output) != `{"a":1,"r":{"sum":3}}` || aws.ToString(out.NextState) != "After" {
		t.Errorf("TestState = %s %s next %s", out.Status, aws.ToString(out.Output), aws.ToString(out.NextState))
	}
	if out.InspectionData == nil || aws.ToString(out.InspectionData.AfterParameters) != `{"sum":3}` {
		t.Errorf("inspectionData = %+v", out.InspectionData)
	}
	failed, err := c.TestState(ctx, &sfn.TestStateInput{
		Definition: aws.String(`{"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"FunctionName": "f"}, "End": true}`),
		RoleArn:    aws.String(testRole),
		Mock:       &types.MockInput{ErrorOutput: &types.MockErrorOutput{Error: aws.String("Boom"), Cause: aws.String("mocked")}},
	})
	if err != nil || failed.Status != types.TestExecutionStatusFailed || aws.ToString(failed.Error) != "Boom" {
		t.Errorf("mocked failure = %+v, %v", failed, err)
	}
	_, err = c.TestState(ctx, &sfn.TestStateInput{Definition: aws.String(`{"Type": "Nope"}`)})
	if !isType[*types.InvalidDefinition](err) {
		t.Errorf("bad state: %v, want InvalidDefinition", err)
	}
}
