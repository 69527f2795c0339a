package integrations_test

import (
	"strings"
	"testing"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/constructs/iam"
	"github.com/stepwise-go/stepwise/constructs/integrations"
	"github.com/stepwise-go/stepwise/constructs/sfn"
	"github.com/stepwise-go/stepwise/snapshots"
)

var (
	fn    = integrations.LambdaFunction("WorkFunction")
	topic = integrations.SNSTopic("EventsTopic")
	queue = integrations.SQSQueue("Jobs")
	table = integrations.DynamoTable("Readings")
	child = integrations.StateMachineRef("Child")
)

// cases builds one task per integration and pattern; each is rendered in
// a JSONPath and a JSONata machine and its IAM statements are printed.
var cases = []struct {
	name string
	task func() *sfn.Task
}{
	{"LambdaInvoke", func() *sfn.Task {
		return integrations.LambdaInvoke("Call", integrations.LambdaInvokeProps{Function: fn})
	}},
	{"LambdaInvokeCallback", func() *sfn.Task {
		return integrations.LambdaInvoke("Call", integrations.LambdaInvokeProps{Function: integrations.LambdaFunctionARN("arn:aws:lambda:us-east-1:123456789012:function:Work:live"),
			Payload: map[string]any{"token": sfn.Path("$$.Task.Token"), "order": sfn.Path("$.order['id']")}, Pattern: integrations.WaitForTaskToken, NoServiceRetry: true})
	}},
	{"SNSPublish", func() *sfn.Task {
		return integrations.SNSPublish("Notify", integrations.SNSPublishProps{Topic: topic, Message: sfn.Path("$.message"), Subject: "Order"})
	}},
	{"SQSSendMessageCallback", func() *sfn.Task {
		return integrations.SQSSendMessage("Enqueue", integrations.SQSSendMessageProps{Queue: queue, Pattern: integrations.WaitForTaskToken,
			MessageBody: map[string]any{"input": sfn.Path("$"), "token": sfn.Path("$$.Task.Token")}})
	}},
	{"DynamoGetItem", func() *sfn.Task {
		return integrations.DynamoGetItem("Get", integrations.DynamoGetItemProps{Table: table, Key: map[string]any{"id": integrations.DynamoS(sfn.Path("$.id"))}, ConsistentRead: true})
	}},
	{"DynamoPutItem", func() *sfn.Task {
		return integrations.DynamoPutItem("Put", integrations.DynamoPutItemProps{Table: table,
			Item: map[string]any{"id": integrations.DynamoS(sfn.Path("$.id")), "value": integrations.DynamoN(sfn.Path("$.value"))}})
	}},
	{"DynamoUpdateItem", func() *sfn.Task {
		return integrations.DynamoUpdateItem("Update", integrations.DynamoUpdateItemProps{Table: integrations.DynamoTableNamed("readings"),
			Key: map[string]any{"id": integrations.DynamoS(sfn.Path("$.id"))}, UpdateExpression: "SET #v = :v",
			ExpressionAttributeNames: map[string]any{"#v": "value"}, ExpressionAttributeValues: map[string]any{":v": integrations.DynamoN(sfn.Path("$.value"))}})
	}},
	{"DynamoDeleteItem", func() *sfn.Task {
		return integrations.DynamoDeleteItem("Delete", integrations.DynamoDeleteItemProps{Table: table, Key: map[string]any{"id": integrations.DynamoS("x")}})
	}},
	{"ECSRunTaskSync", func() *sfn.Task {
		return integrations.ECSRunTask("Run", integrations.ECSRunTaskProps{Cluster: integrations.ResourceRef("Cluster"), TaskDefinition: integrations.ResourceRef("TaskDef"),
			LaunchType: "FARGATE", PassRoles: []integrations.Role{integrations.RoleRef("TaskRole"), integrations.RoleRef("ExecutionRole")},
			NetworkConfiguration: map[string]any{"AwsvpcConfiguration": map[string]any{"Subnets": []string{"subnet-1"}}}, Pattern: integrations.RunJob})
	}},
	{"BatchSubmitJobSync", func() *sfn.Task {
		return integrations.BatchSubmitJob("Submit", integrations.BatchSubmitJobProps{JobName: "nightly", JobQueue: integrations.ResourceRef("Queue"),
			JobDefinition: integrations.ResourceRef("JobDef"), Pattern: integrations.RunJob})
	}},
	{"GlueStartJobRunSync", func() *sfn.Task {
		return integrations.GlueStartJobRun("Crunch", integrations.GlueStartJobRunProps{Job: integrations.GlueJobNamed("crunch"),
			Arguments: map[string]any{"--day": sfn.Path("$.day")}, Pattern: integrations.RunJob})
	}},
	{"StartExecutionSync", func() *sfn.Task {
		return integrations.StartExecution("Child", integrations.StartExecutionProps{StateMachine: child, AssociateWithParent: true, Pattern: integrations.RunJob})
	}},
	{"StartExecution", func() *sfn.Task {
		return integrations.StartExecution("Child", integrations.StartExecutionProps{
			StateMachine: integrations.StateMachineARN("arn:aws:states:us-east-1:123456789012:stateMachine:Child"), Input: map[string]any{"id": sfn.Path("$.id")}})
	}},
	{"EventBridgePutEvents", func() *sfn.Task {
		return integrations.EventBridgePutEvents("Emit", integrations.EventBridgePutEventsProps{Entries: []integrations.EventEntry{
			{Source: "stepwise.orders", DetailType: "OrderPlaced", Detail: sfn.Path("$.order")},
			{Bus: integrations.EventBusRef("Audit"), Source: "stepwise.orders", DetailType: "Audit", Detail: map[string]any{"id": sfn.Path("$.order.id")}},
		}})
	}},
	{"HTTPInvoke", func() *sfn.Task {
		return integrations.HTTPInvoke("Charge", integrations.HTTPInvokeProps{Connection: integrations.ConnectionRef("Stripe"),
			Endpoint: "https://api.stripe.com/v1/charges", Method: "POST", RequestBody: map[string]any{"amount": sfn.Path("$.amount")}})
	}},
	{"APIGatewayInvoke", func() *sfn.Task {
		return integrations.APIGatewayInvoke("Call API", integrations.APIGatewayInvokeProps{API: integrations.RestAPIRef("Orders"), Stage: "prod",
			Method: "post", Path: "/orders", RequestBody: sfn.Path("$"), AuthType: "IAM_ROLE"})
	}},
	{"BedrockInvokeModel", func() *sfn.Task {
		return integrations.BedrockInvokeModel("Summarize", integrations.BedrockInvokeModelProps{Model: integrations.BedrockModel("amazon.titan-text-express-v1"),
			Body: map[string]any{"inputText": sfn.Path("$.text")}})
	}},
	{"RunActivity", func() *sfn.Task {
		return integrations.RunActivity("Approve", integrations.ResourceRef("Approval"))
	}},
	{"CallAWS", func() *sfn.Task {
		return integrations.CallAWS("Describe", integrations.CallAWSProps{Service: "sfn", Action: "describeExecution",
			Parameters: map[string]any{"ExecutionArn": sfn.Path("$.executionArn")}, Resources: []string{iam.ARN("states", "execution:*")}})
	}},
	{"CallAWSCallback", func() *sfn.Task {
		return integrations.CallAWS("Ask", integrations.CallAWSProps{Service: "sesv2", Action: "sendEmail", Pattern: integrations.WaitForTaskToken,
			Parameters: map[string]any{"FromEmailAddress": "a@example.com", "Content": map[string]any{"Simple": map[string]any{
				"Subject": map[string]any{"Data": "Approve?"}, "Body": map[string]any{"Text": map[string]any{"Data": sfn.Path("States.Format('token {}', $$.Task.Token)")}}}}},
			Resources: []string{iam.ARN("ses", "identity/example.com")}})
	}},
}

func TestIntegrations(t *testing.T) {
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m := sfn.NewStateMachine("M", tc.task())
			got, err := m.Synth()
			if err != nil {
				t.Fatalf("JSONPath: %v", err)
			}
			snapshots.Check(t, "integrations/"+tc.name+".asl.json", got)
			statements := m.PolicyStatements()
			for _, s := range statements {
				if p := s.Problems(); len(p) > 0 {
					t.Errorf("statement %v: %v", s, p)
				}
			}
			snapshots.Check(t, "integrations/"+tc.name+".iam.json", iam.Document(statements))
			if strings.Contains(tc.name, "CallAWSCallback") {
				return // its token travels through an intrinsic function: no JSONata form
			}
			got, err = sfn.NewStateMachine("M", tc.task()).QueryLanguage(sfn.JSONata).Synth()
			if err != nil {
				t.Fatalf("JSONata: %v", err)
			}
			snapshots.Check(t, "integrations/"+tc.name+".jsonata.asl.json", got)
		})
	}
}

// TestPatterns: each builder rejects the patterns its service does not
// support, with a message that names those it does.
func TestPatterns(t *testing.T) {
	token := map[string]any{"token": sfn.Path("$$.Task.Token")}
	bad := map[string]*sfn.Task{
		"lambda:invoke":        integrations.LambdaInvoke("T", integrations.LambdaInvokeProps{Function: fn, Pattern: integrations.RunJob}),
		"dynamodb:putItem":     integrations.DynamoPutItem("T", integrations.DynamoPutItemProps{Table: table, Item: token, Pattern: integrations.WaitForTaskToken}),
		"batch:submitJob":      integrations.BatchSubmitJob("T", integrations.BatchSubmitJobProps{JobName: token, JobQueue: integrations.ResourceRef("Q"), JobDefinition: integrations.ResourceRef("D"), Pattern: integrations.WaitForTaskToken}),
		"http:invoke":          integrations.HTTPInvoke("T", integrations.HTTPInvokeProps{Connection: integrations.ConnectionRef("C"), Endpoint: "https://x", Method: "GET", Pattern: integrations.RunJob}),
		"aws-sdk:s3:getObject": integrations.CallAWS("T", integrations.CallAWSProps{Service: "s3", Action: "getObject", Resources: []string{"arn:aws:s3:::b/*"}, Pattern: integrations.RunJob}),
		"bedrock:invokeModel":  integrations.BedrockInvokeModel("T", integrations.BedrockInvokeModelProps{Model: integrations.BedrockModel("m"), Body: token, Pattern: integrations.WaitForTaskToken}),
	}
	for resource, task := range bad {
		_, diags := sfn.NewStateMachine("M", task).Build()
		found := false
		for _, d := range diags {
			if d.Code == asl.CodeIntegrationPattern {
				found = true
				if !strings.Contains(d.Message, resource) || !strings.Contains(d.Message, "supports request-response") {
					t.Errorf("%s: unclear message %q", resource, d.Message)
				}
				if !strings.HasPrefix(d.Source, "integrations_test.go:") {
					t.Errorf("%s: source %q, want the caller's line", resource, d.Source)
				}
			}
		}
		if !found {
			t.Errorf("%s: want an integration-pattern problem, got %v", resource, diags)
		}
	}
	good := sfn.NewStateMachine("M", integrations.LambdaInvoke("T", integrations.LambdaInvokeProps{Function: fn, Payload: token, Pattern: integrations.WaitForTaskToken}))
	if _, diags := good.Build(); len(diags) > 0 {
		t.Errorf("supported pattern: %v", diags)
	}
}

// TestMisuse: missing required props and bad reference names are reported
// at the caller's line.
func TestMisuse(t *testing.T) {
	for name, task := range map[string]*sfn.Task{
		"Function is required":  integrations.LambdaInvoke("T", integrations.LambdaInvokeProps{}),
		"Message is required":   integrations.SNSPublish("T", integrations.SNSPublishProps{Topic: topic}),
		"must be a letter":      integrations.LambdaInvoke("T", integrations.LambdaInvokeProps{Function: integrations.LambdaFunction("my-fn")}),
		"camelCase":             integrations.CallAWS("T", integrations.CallAWSProps{Service: "s3", Action: "GetObject", Resources: []string{"*"}}),
		"PascalCase":            integrations.CallAWS("T", integrations.CallAWSProps{Service: "s3", Action: "getObject", Resources: []string{"*"}, Parameters: map[string]any{"bucket": "b"}}),
		"Resources is required": integrations.CallAWS("T", integrations.CallAWSProps{Service: "s3", Action: "getObject"}),
	} {
		_, diags := sfn.NewStateMachine("M", task).Build()
		if !strings.Contains(diags.Error(), name) || !strings.Contains(diags.Error(), "integrations_test.go:") {
			t.Errorf("want %q at this file's line, got\n%v", name, diags)
		}
	}
}

// TestTaskSource: problems the validator finds in an integration task point
// at the caller's line, not into package integrations.
func TestTaskSource(t *testing.T) {
	task := integrations.SNSPublish("T", integrations.SNSPublishProps{Topic: topic, Message: "m"}).ResultPath("$.a[*]")
	_, diags := sfn.NewStateMachine("M", task).Build()
	if len(diags) != 1 || !strings.HasPrefix(diags[0].Source, "integrations_test.go:") {
		t.Errorf("want one problem at this file's line, got %v", diags)
	}
}

func TestIAMAction(t *testing.T) {
	for _, c := range [][3]string{
		{"sfn", "startExecution", "states:StartExecution"},
		{"cloudwatchlogs", "putLogEvents", "logs:PutLogEvents"},
		{"sesv2", "sendEmail", "ses:SendEmail"},
		{"s3", "getObject", "s3:GetObject"},
		{"efs", "describeFileSystems", "elasticfilesystem:DescribeFileSystems"},
	} {
		if got := integrations.IAMAction(c[0], c[1]); got != c[2] {
			t.Errorf("IAMAction(%s, %s) = %s, want %s", c[0], c[1], got, c[2])
		}
	}
}
