package tasks

import (
	"context"
	"regexp"
	"strings"
	"testing"

	"github.com/stepwise-go/stepwise/value"
)

func mustValue(t testing.TB, s string) value.Value {
	t.Helper()
	v, err := value.ParseString(s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// at reads a dotted path ("Tasks.0.LastStatus") from v.
func at(v value.Value, dotted string) value.Value {
	for _, k := range strings.Split(dotted, ".") {
		switch x := v.(type) {
		case *value.Object:
			v, _ = x.Get(k)
		case []value.Value:
			i := int(k[0] - '0')
			if i >= len(x) {
				return nil
			}
			v = x[i]
		default:
			return nil
		}
	}
	return v
}

var uuidRE = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)

func TestStubEchoShapes(t *testing.T) {
	ctxObj := `{"State": {"Name": "S", "EnteredTime": "2024-05-06T07:08:09.123Z", "RetryCount": 0}}`
	tests := []struct {
		name, resource, input string
		keys                  string            // the result's top-level keys, in order ("" = not an object)
		want                  map[string]string // dotted path → JSON
		uuids                 []string          // dotted paths holding generated UUIDs
	}{
		{"lambda invoke", "arn:aws:states:::lambda:invoke", `{"FunctionName": "F", "Payload": {"a": 1}}`,
			"ExecutedVersion Payload SdkHttpMetadata SdkResponseMetadata StatusCode",
			map[string]string{"Payload": `{"a":1}`, "StatusCode": `200`, "ExecutedVersion": `"$LATEST"`, "SdkHttpMetadata.HttpStatusCode": `200`,
				"SdkHttpMetadata.HttpHeaders.Content-Length": `"7"`, "SdkHttpMetadata.HttpHeaders.Date": `"Mon, 06 May 2024 07:08:09 GMT"`,
				"SdkHttpMetadata.AllHttpHeaders.X-Amz-Executed-Version": `["$LATEST"]`},
			[]string{"SdkResponseMetadata.RequestId", "SdkHttpMetadata.HttpHeaders.x-amzn-RequestId"}},
		{"lambda invoke without payload", "arn:aws:states:::lambda:invoke", `{"FunctionName": "F"}`,
			"ExecutedVersion Payload SdkHttpMetadata SdkResponseMetadata StatusCode", map[string]string{"Payload": `null`}, nil},
		{"lambda invoke waiting for a token", "arn:aws:states:::lambda:invoke.waitForTaskToken", `{"Payload": {"token": "t"}}`,
			"Payload", map[string]string{"Payload.token": `"t"`}, nil},
		{"legacy lambda", "arn:aws:lambda:us-east-1:123456789012:function:F", `{"a": [1]}`,
			"a", map[string]string{"a": `[1]`}, nil},
		{"sns publish", "arn:aws:states:::sns:publish", `{"TopicArn": "arn", "Message": "hi"}`,
			"MessageId SdkHttpMetadata SdkResponseMetadata", map[string]string{"SdkHttpMetadata.HttpHeaders.Content-Type": `"text/xml"`}, []string{"MessageId"}},
		{"sqs send string", "arn:aws:states:::sqs:sendMessage", `{"QueueUrl": "q", "MessageBody": "hello"}`,
			"MD5OfMessageBody MessageId SdkHttpMetadata SdkResponseMetadata", map[string]string{"MD5OfMessageBody": `"5d41402abc4b2a76b9719d911017c592"`}, []string{"MessageId"}},
		{"sqs send object", "arn:aws:states:::sqs:sendMessage", `{"QueueUrl": "q", "MessageBody": {"a": 1}}`,
			"MD5OfMessageBody MessageId SdkHttpMetadata SdkResponseMetadata", map[string]string{"MD5OfMessageBody": `"bb6cb5c68df4652941caf652a366f2d8"`}, nil},
		{"dynamodb getItem", "arn:aws:states:::dynamodb:getItem", `{"TableName": "T", "Key": {"id": {"S": "1"}}}`,
			"Item SdkHttpMetadata SdkResponseMetadata", map[string]string{"Item.id.S": `"1"`}, nil},
		{"dynamodb putItem", "arn:aws:states:::dynamodb:putItem", `{"TableName": "T", "Item": {"id": {"S": "1"}}}`,
			"SdkHttpMetadata SdkResponseMetadata", nil, nil},
		{"dynamodb putItem ALL_OLD", "arn:aws:states:::dynamodb:putItem", `{"TableName": "T", "Item": {"id": {"S": "1"}}, "ReturnValues": "ALL_OLD"}`,
			"Attributes SdkHttpMetadata SdkResponseMetadata", map[string]string{"Attributes.id.S": `"1"`}, nil},
		{"dynamodb updateItem", "arn:aws:states:::dynamodb:updateItem", `{"Key": {"id": {"S": "1"}}, "ReturnValues": "ALL_NEW"}`,
			"Attributes SdkHttpMetadata SdkResponseMetadata", map[string]string{"Attributes.id.S": `"1"`}, nil},
		{"dynamodb deleteItem", "arn:aws:states:::dynamodb:deleteItem", `{"Key": {"id": {"S": "1"}}}`,
			"SdkHttpMetadata SdkResponseMetadata", nil, nil},
		{"start execution", "arn:aws:states:::states:startExecution", `{"StateMachineArn": "arn:aws:states:r:1:stateMachine:Child", "Name": "run1", "Input": {"x": 1}}`,
			"ExecutionArn SdkHttpMetadata SdkResponseMetadata StartDate",
			map[string]string{"ExecutionArn": `"arn:aws:states:r:1:execution:Child:run1"`, "StartDate": `1714979289123`}, nil},
		{"start execution sync", "arn:aws:states:::states:startExecution.sync", `{"StateMachineArn": "arn:aws:states:r:1:stateMachine:Child", "Input": {"x": 1}}`,
			"ExecutionArn Input InputDetails Name Output OutputDetails StartDate StateMachineArn Status StopDate",
			map[string]string{"Input": `"{\"x\":1}"`, "Output": `"{\"x\":1}"`, "Status": `"SUCCEEDED"`, "InputDetails.Included": `true`}, []string{"Name"}},
		{"start execution sync:2", "arn:aws:states:::states:startExecution.sync:2", `{"StateMachineArn": "arn:aws:states:r:1:stateMachine:Child", "Input": "{\"x\":1}"}`,
			"ExecutionArn Input InputDetails Name Output OutputDetails StartDate StateMachineArn Status StopDate",
			map[string]string{"Input": `{"x":1}`, "Output": `{"x":1}`, "StateMachineArn": `"arn:aws:states:r:1:stateMachine:Child"`}, nil},
		{"ecs runTask sync", "arn:aws:states:::ecs:runTask.sync", `{"Cluster": "c", "TaskDefinition": "td", "Overrides": {"ContainerOverrides": []}}`,
			"Failures Tasks", map[string]string{"Tasks.0.LastStatus": `"STOPPED"`, "Tasks.0.Containers.0.ExitCode": `0`, "Tasks.0.Overrides": `{"ContainerOverrides":[]}`, "Tasks.0.ClusterArn": `"c"`}, nil},
		{"ecs runTask", "arn:aws:states:::ecs:runTask", `{"Cluster": "c"}`,
			"Failures Tasks", map[string]string{"Tasks.0.LastStatus": `"PROVISIONING"`}, nil},
		{"batch submitJob sync", "arn:aws:states:::batch:submitJob.sync", `{"JobName": "j", "JobQueue": "q", "JobDefinition": "d", "Parameters": {"p": "1"}}`,
			"Attempts Container CreatedAt JobArn JobDefinition JobId JobName JobQueue Parameters StartedAt Status StoppedAt",
			map[string]string{"Status": `"SUCCEEDED"`, "JobName": `"j"`, "Parameters": `{"p":"1"}`, "Container.ExitCode": `0`}, []string{"JobId"}},
		{"batch submitJob", "arn:aws:states:::batch:submitJob", `{"JobName": "j"}`, "JobArn JobId JobName", map[string]string{"JobName": `"j"`}, nil},
		{"glue startJobRun sync", "arn:aws:states:::glue:startJobRun.sync", `{"JobName": "g", "Arguments": {"--k": "v"}}`,
			"Arguments Attempt CompletedOn ExecutionTime Id JobName JobRunState StartedOn",
			map[string]string{"JobRunState": `"SUCCEEDED"`, "JobName": `"g"`, "Arguments": `{"--k":"v"}`}, nil},
		{"glue startJobRun", "arn:aws:states:::glue:startJobRun", `{"JobName": "g"}`, "JobRunId", nil, nil},
		{"http invoke", "arn:aws:states:::http:invoke", `{"ApiEndpoint": "https://x", "Method": "POST", "RequestBody": {"q": 1}}`,
			"Headers ResponseBody StatusCode StatusText", map[string]string{"ResponseBody": `{"q":1}`, "StatusCode": `200`, "StatusText": `"OK"`, "Headers.Content-Type": `["application/json"]`}, nil},
		{"apigateway invoke", "arn:aws:states:::apigateway:invoke", `{"ApiEndpoint": "x", "Method": "GET"}`,
			"Headers ResponseBody StatusCode StatusText", map[string]string{"ResponseBody": `{}`}, nil},
		{"events putEvents", "arn:aws:states:::events:putEvents", `{"Entries": [{"Detail": {}}, {"Detail": {}}]}`,
			"Entries FailedEntryCount", map[string]string{"FailedEntryCount": `0`}, []string{"Entries.0.EventId", "Entries.1.EventId"}},
		{"sdk dynamodb getItem", "arn:aws:states:::aws-sdk:dynamodb:getItem", `{"TableName": "T", "Key": {"id": {"S": "1"}}}`,
			"Item", map[string]string{"Item.id.S": `"1"`}, nil},
		{"sdk other", "arn:aws:states:::aws-sdk:s3:listBuckets", `{"a": 1}`, "a", nil, nil},
		{"activity", "arn:aws:states:us-east-1:123456789012:activity:A", `"text"`, "", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := &Request{State: "S", Resource: tt.resource, Input: mustValue(t, tt.input), Context: mustValue(t, ctxObj)}
			out, ok, err := StubEcho().Respond(context.Background(), req)
			if !ok || err != nil {
				t.Fatalf("ok=%v err=%v", ok, err)
			}
			o, isObject := out.(*value.Object)
			if tt.keys == "" {
				if isObject || !value.Equal(out, req.Input) {
					t.Fatalf("want the input back, got %s", value.Marshal(out))
				}
				return
			}
			if !isObject || strings.Join(o.Keys(), " ") != tt.keys {
				t.Fatalf("keys = %v, want %s\n%s", o.Keys(), tt.keys, value.Marshal(out))
			}
			for p, want := range tt.want {
				if got := string(value.Marshal(at(out, p))); got != want {
					t.Errorf("%s = %s, want %s", p, got, want)
				}
			}
			for _, p := range tt.uuids {
				if s, _ := at(out, p).(string); !uuidRE.MatchString(s) {
					t.Errorf("%s = %v, want a UUID", p, at(out, p))
				}
			}
			again, _, _ := StubEcho().Respond(context.Background(), req)
			if !value.Equal(out, again) {
				t.Errorf("the same request must give the same response")
			}
		})
	}
}

func TestStubEchoIDsDifferByInvocation(t *testing.T) {
	req := func(retry float64) *Request {
		c := value.NewObject(1)
		c.Set("State", object("RetryCount", retry))
		return &Request{State: "S", Resource: "arn:aws:states:::sns:publish", Input: value.NewObject(0), Context: c}
	}
	a, _, _ := StubEcho().Respond(context.Background(), req(0))
	b, _, _ := StubEcho().Respond(context.Background(), req(1))
	if value.Equal(at(a, "MessageId"), at(b, "MessageId")) {
		t.Errorf("a retry must get a new MessageId")
	}
}

func TestStubEchoNoDateWithoutContext(t *testing.T) {
	out, _, _ := StubEcho().Respond(context.Background(), &Request{Resource: "arn:aws:states:::lambda:invoke", Input: value.NewObject(0)})
	if at(out, "SdkHttpMetadata.HttpHeaders.Date") != nil {
		t.Errorf("without a context object there is no date to report")
	}
}

func TestMatchShape(t *testing.T) {
	for _, tt := range []struct {
		pattern, key string
		want         bool
	}{
		{"*", "x", true},
		{"*.waitForTaskToken", "lambda:invoke.waitForTaskToken", true},
		{"*.waitForTaskToken", "lambda:invoke", false},
		{"aws-sdk:*", "aws-sdk:s3:listBuckets", true},
		{"aws-sdk:*", "lambda:invoke", false},
		{"lambda:invoke", "lambda:invoke", true},
		{"lambda:invoke", "lambda:invoke.sync", false},
	} {
		if got := matchShape(tt.pattern, tt.key); got != tt.want {
			t.Errorf("matchShape(%q, %q) = %v", tt.pattern, tt.key, got)
		}
	}
}
