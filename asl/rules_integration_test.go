package asl_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/stepwise-go/stepwise/asl"
)

// resourceTask is a one-Task definition calling resource.
func resourceTask(resource string) string {
	return one(`{"Type": "Task", "Resource": "` + resource + `", "End": true}`)
}

// expressMap runs resource inside a Distributed Map whose children are
// executions of executionType.
func expressMap(executionType, resource string) string {
	return one(`{"Type": "Map", "End": true, "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "` + executionType + `"},
		"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "` + resource + `", "End": true}}}}`)
}

const activity = "arn:aws:states:us-east-1:123456789012:activity:approve"

func init() {
	ruleCases = append(ruleCases, []struct {
		code      asl.Code
		bad, good string
	}{
		// AWS's table of optimized integrations (asl/integrations.go).
		{asl.CodeInvalidResource, resourceTask("arn:aws:states:::dynamodb:query"), resourceTask("arn:aws:states:::aws-sdk:dynamodb:query")},
		{asl.CodeInvalidResource, resourceTask("arn:aws:states:::lambda:invoke.sync"), resourceTask("arn:aws:states:::lambda:invoke.waitForTaskToken")},
		{asl.CodeInvalidResource, resourceTask("arn:aws:states:::dynamodb:putItem.waitForTaskToken"), resourceTask("arn:aws:states:::dynamodb:putItem")},
		{asl.CodeInvalidResource, resourceTask("arn:aws:states:::ecs:runTask.sync:2"), resourceTask("arn:aws:states:::states:startExecution.sync:2")},
		{asl.CodeInvalidResource, resourceTask("arn:aws:states:::aws-sdk:s3:getObject.sync"), resourceTask("arn:aws:states:::aws-sdk:s3:getObject.waitForTaskToken")},
		{asl.CodeInvalidResource, resourceTask("arn:aws:states:::sqs:sendMessage.waitForToken"), resourceTask("arn:aws:states:::sqs:sendMessage.waitForTaskToken")},
		{asl.CodeInvalidResource, resourceTask("arn:aws:states:::aws-sdk:s3"), resourceTask("arn:aws:states:::batch:submitJob.sync")},
		// Express rules inside a Distributed Map of Express children
		// apply in a Standard machine too.
		{asl.CodeExpressPattern, expressMap("EXPRESS", "arn:aws:states:::batch:submitJob.sync"), expressMap("STANDARD", "arn:aws:states:::batch:submitJob.sync")},
		{asl.CodeExpressPattern, expressMap("EXPRESS", "arn:aws:states:::sqs:sendMessage.waitForTaskToken"), expressMap("EXPRESS", "arn:aws:states:::sqs:sendMessage")},
		{asl.CodeExpressActivity, expressMap("EXPRESS", activity), expressMap("STANDARD", activity)},
	}...)
}

// TestExpressRules: an Express machine refuses .sync, .waitForTaskToken
// and activities anywhere (inline Maps and Parallel branches included),
// and accepts the same definition as Standard; a Distributed Map of
// Standard children lifts the rules inside it.
func TestExpressRules(t *testing.T) {
	parallel := func(resource string) string {
		return one(`{"Type": "Parallel", "End": true, "Branches": [{"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "` + resource + `", "End": true}}}]}`)
	}
	cases := []struct {
		name string
		def  string
		code asl.Code // "" when the Express machine is valid
	}{
		{"sync", resourceTask("arn:aws:states:::states:startExecution.sync"), asl.CodeExpressPattern},
		{"sync:2", resourceTask("arn:aws:states:::states:startExecution.sync:2"), asl.CodeExpressPattern},
		{"callback", resourceTask("arn:aws:states:::lambda:invoke.waitForTaskToken"), asl.CodeExpressPattern},
		{"SDK callback", resourceTask("arn:aws:states:::aws-sdk:s3:listBuckets.waitForTaskToken"), asl.CodeExpressPattern},
		{"activity", resourceTask(activity), asl.CodeExpressActivity},
		{"in a Parallel branch", parallel("arn:aws:states:::ecs:runTask.sync"), asl.CodeExpressPattern},
		{"request-response", resourceTask("arn:aws:states:::lambda:invoke"), ""},
		{"Lambda function ARN", resourceTask("arn:aws:lambda:us-east-1:123456789012:function:F"), ""},
		{"Standard children of a Distributed Map", expressMap("STANDARD", "arn:aws:states:::batch:submitJob.sync"), ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := asl.Options{Type: asl.Express}.ParseAndValidate([]byte(tc.def))
			if tc.code == "" {
				if len(diags) > 0 {
					t.Errorf("Express: want no problems, got\n%s", diags)
				}
			} else if !slices.Contains(diags.Codes(), tc.code) || !strings.Contains(diags.Error(), "Express") {
				t.Errorf("Express: want a %s problem that says Express, got\n%s", tc.code, diags)
			}
			if _, diags := asl.ParseAndValidate([]byte(tc.def)); len(diags) > 0 {
				t.Errorf("Standard: want no problems, got\n%s", diags)
			}
		})
	}
}

func TestParseMachineType(t *testing.T) {
	for in, want := range map[string]asl.MachineType{"STANDARD": asl.Standard, "express": asl.Express} {
		if got, err := asl.ParseMachineType(in); err != nil || got != want {
			t.Errorf("ParseMachineType(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := asl.ParseMachineType("FAST"); err == nil || !strings.Contains(err.Error(), "FAST") {
		t.Errorf("ParseMachineType(FAST): error %v, want one naming FAST", err)
	}
	_, diags := asl.Options{Type: "FAST"}.ParseAndValidate([]byte(one(`{"Type": "Succeed"}`)))
	if !slices.Contains(diags.Codes(), asl.CodeInvalidValue) {
		t.Errorf("Options{Type: FAST}: want an invalid-value problem, got %v", diags)
	}
}
