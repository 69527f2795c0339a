package tasks

import (
	"context"
	"strings"

	"github.com/stepwise-go/stepwise/value"
)

// StubEcho returns the Responder behind `--stub-tasks echo`: it answers
// every task with what it was sent, in the shape the task's integration
// returns, so ResultSelector, OutputPath and JSONata expressions written
// for AWS (such as $.Payload or $states.result.Item) work in a dry run.
// It never fails a task; put it last in a Chain. The shapes, first match
// wins (see echoShapes):
//
//	*.waitForTaskToken           the input (as if the callback sent it back)
//	legacy Lambda function ARN   the input (the function's result itself)
//	lambda:invoke                {"ExecutedVersion", "Payload": <input.Payload>, "SdkHttpMetadata", "SdkResponseMetadata", "StatusCode": 200}
//	sns:publish                  {"MessageId", "SdkHttpMetadata", "SdkResponseMetadata"}
//	sqs:sendMessage              {"MD5OfMessageBody", "MessageId", "SdkHttpMetadata", "SdkResponseMetadata"}
//	dynamodb:getItem             {"Item": <input.Key>, "SdkHttpMetadata", "SdkResponseMetadata"}
//	dynamodb:putItem             {"Attributes": <input.Item> when ReturnValues asks for them, "SdkHttpMetadata", "SdkResponseMetadata"}
//	dynamodb:updateItem/deleteItem  the same with <input.Key>
//	states:startExecution        {"ExecutionArn", "SdkHttpMetadata", "SdkResponseMetadata", "StartDate"}
//	states:startExecution.sync   the execution's description, Status SUCCEEDED, Output = Input (JSON text)
//	states:startExecution.sync:2 the same with Input and Output as JSON values
//	ecs:runTask(.sync)           {"Failures": [], "Tasks": [a task echoing Overrides, STOPPED with exit code 0 for .sync]}
//	batch:submitJob              {"JobArn", "JobId", "JobName"}; .sync: the job's description, Status SUCCEEDED
//	glue:startJobRun             {"JobRunId"}; .sync: the job run, JobRunState SUCCEEDED
//	http:invoke, apigateway:invoke  {"Headers", "ResponseBody": <input.RequestBody>, "StatusCode": 200, "StatusText": "OK"}
//	events:putEvents             {"Entries": [{"EventId"} for each entry], "FailedEntryCount": 0}
//	aws-sdk:dynamodb:getItem     {"Item": <input.Key>}
//	anything else (aws-sdk:*, activities, …)  the input
//
// Generated ids are UUIDs derived from the request and dates come from the
// context object's State.EnteredTime, so a run is reproducible.
func StubEcho() Responder { return stubEcho{} }

type stubEcho struct{}

func (stubEcho) Respond(ctx context.Context, req *Request) (value.Value, bool, error) {
	key := shapeKey(parseResource(req.Resource))
	for _, s := range echoShapes {
		if matchShape(s.pattern, key) {
			return s.shape(req), true, nil
		}
	}
	return req.Input, true, nil
}

// echoShape is one row of StubEcho's table: a resource pattern (the
// integration with its suffix, "lambda:function" for the legacy Lambda
// form; a trailing or leading '*' matches any rest) and its shape.
type echoShape struct {
	pattern string
	shape   func(req *Request) value.Value
}

var echoShapes = []echoShape{
	{"*.waitForTaskToken", echoInput},
	{"lambda:function", echoInput},
	{"lambda:invoke", echoLambdaInvoke},
	{"sns:publish", echoSNSPublish},
	{"sqs:sendMessage", echoSQSSendMessage},
	{"dynamodb:getItem", echoDynamoGetItem(true)},
	{"dynamodb:putItem", echoDynamoWrite("Item")},
	{"dynamodb:updateItem", echoDynamoWrite("Key")},
	{"dynamodb:deleteItem", echoDynamoWrite("Key")},
	{"states:startExecution", echoStartExecution},
	{"states:startExecution.sync", echoExecution(false)},
	{"states:startExecution.sync:2", echoExecution(true)},
	{"ecs:runTask", echoECSRunTask(false)},
	{"ecs:runTask.sync", echoECSRunTask(true)},
	{"batch:submitJob", echoBatchSubmitJob},
	{"batch:submitJob.sync", echoBatchJob},
	{"glue:startJobRun", echoGlueStartJobRun},
	{"glue:startJobRun.sync", echoGlueJobRun},
	{"http:invoke", echoHTTP},
	{"apigateway:invoke", echoHTTP},
	{"events:putEvents", echoPutEvents},
	{"aws-sdk:dynamodb:getItem", echoDynamoGetItem(false)},
	{"*", echoInput},
}

func shapeKey(r resource) string {
	if r.function != "" {
		return "lambda:function"
	}
	return r.integration + r.suffix
}

func matchShape(pattern, key string) bool {
	switch {
	case pattern == "*":
		return true
	case strings.HasPrefix(pattern, "*"):
		return strings.HasSuffix(key, pattern[1:])
	case strings.HasSuffix(pattern, "*"):
		return strings.HasPrefix(key, pattern[:len(pattern)-1])
	}
	return pattern == key
}

// object builds an object from key, value pairs, skipping nil values.
func object(kv ...value.Value) *value.Object {
	o := value.NewObject(len(kv) / 2)
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] != nil {
			o.Set(kv[i].(string), kv[i+1])
		}
	}
	return o
}

func input(req *Request, key string) value.Value { return path(req.Input, key) }

func inputString(req *Request, key, otherwise string) string {
	if s, ok := input(req, key).(string); ok {
		return s
	}
	return otherwise
}

func echoInput(req *Request) value.Value { return req.Input }

func echoLambdaInvoke(req *Request) value.Value {
	payload := input(req, "Payload")
	return lambdaInvokeResponse(req, payload, len(value.Marshal(payload)))
}

func echoSNSPublish(req *Request) value.Value {
	o := object("MessageId", invocationID(req, "MessageId"))
	return withSdkMetadata(o, req, "text/xml", 294)
}

func echoSQSSendMessage(req *Request) value.Value {
	o := object("MD5OfMessageBody", md5Hex(messageBody(input(req, "MessageBody"))), "MessageId", invocationID(req, "MessageId"))
	return withSdkMetadata(o, req, "application/x-amz-json-1.0", 106)
}

// messageBody is the text SQS receives: a string as it is, any other
// value as its JSON text (Step Functions serialises it).
func messageBody(v value.Value) string {
	if s, ok := v.(string); ok {
		return s
	}
	if v == nil {
		return ""
	}
	return string(value.Marshal(v))
}

func echoDynamoGetItem(metadata bool) func(*Request) value.Value {
	return func(req *Request) value.Value {
		o := object("Item", input(req, "Key"))
		if !metadata {
			return o
		}
		return withSdkMetadata(o, req, "application/x-amz-json-1.0", len(value.Marshal(o))+2)
	}
}

// echoDynamoWrite answers putItem, updateItem and deleteItem: DynamoDB
// returns Attributes only when ReturnValues asks for them (not NONE).
func echoDynamoWrite(attributes string) func(*Request) value.Value {
	return func(req *Request) value.Value {
		o := value.NewObject(3)
		if rv := inputString(req, "ReturnValues", "NONE"); rv != "NONE" {
			if a := input(req, attributes); a != nil {
				o.Set("Attributes", a)
			}
		}
		return withSdkMetadata(o, req, "application/x-amz-json-1.0", len(value.Marshal(o)))
	}
}

// executionARN is the ARN of a started execution: the state machine's ARN
// with "execution" for "stateMachine" and the execution's name appended.
func executionARN(req *Request) (arn, name string) {
	machine := inputString(req, "StateMachineArn", "arn:aws:states:us-east-1:123456789012:stateMachine:StateMachine")
	name = inputString(req, "Name", invocationID(req, "Name"))
	return strings.Replace(machine, ":stateMachine:", ":execution:", 1) + ":" + name, name
}

func echoStartExecution(req *Request) value.Value {
	arn, _ := executionARN(req)
	o := object("ExecutionArn", arn)
	withSdkMetadata(o, req, "application/x-amz-json-1.0", 163)
	o.Set("StartDate", epochMillis(req))
	return o
}

// echoExecution describes the started execution as DescribeExecution
// does, succeeded with its input as its output. sync:2 keeps Input and
// Output as JSON values; .sync gives them as JSON text.
func echoExecution(jsonValues bool) func(*Request) value.Value {
	return func(req *Request) value.Value {
		arn, name := executionARN(req)
		in := input(req, "Input")
		if in == nil {
			in = value.NewObject(0)
		}
		var io value.Value = in
		if s, isText := in.(string); jsonValues && isText {
			if parsed, err := value.ParseString(s); err == nil {
				io = parsed
			}
		} else if !jsonValues && !isText {
			io = string(value.Marshal(in))
		}
		start := epochMillis(req)
		return object(
			"ExecutionArn", arn,
			"Input", io,
			"InputDetails", object("Included", true),
			"Name", name,
			"Output", io,
			"OutputDetails", object("Included", true),
			"StartDate", start,
			"StateMachineArn", inputString(req, "StateMachineArn", "arn:aws:states:us-east-1:123456789012:stateMachine:StateMachine"),
			"Status", "SUCCEEDED",
			"StopDate", start,
		)
	}
}

func echoECSRunTask(sync bool) func(*Request) value.Value {
	return func(req *Request) value.Value {
		cluster := inputString(req, "Cluster", "arn:aws:ecs:us-east-1:123456789012:cluster/default")
		id := strings.ReplaceAll(invocationID(req, "Task"), "-", "")
		task := object(
			"ClusterArn", cluster,
			"Containers", []value.Value{object("ExitCode", exitCode(sync), "LastStatus", lastStatus(sync), "Name", "app")},
			"DesiredStatus", "STOPPED",
			"LastStatus", lastStatus(sync),
			"LaunchType", inputString(req, "LaunchType", "FARGATE"),
			"Overrides", input(req, "Overrides"),
			"StopCode", stopCode(sync),
			"TaskArn", "arn:aws:ecs:us-east-1:123456789012:task/default/"+id,
			"TaskDefinitionArn", inputString(req, "TaskDefinition", "arn:aws:ecs:us-east-1:123456789012:task-definition/app:1"),
		)
		return object("Failures", []value.Value{}, "Tasks", []value.Value{task})
	}
}

func exitCode(sync bool) value.Value {
	if sync {
		return 0.0
	}
	return nil
}

func lastStatus(sync bool) string {
	if sync {
		return "STOPPED"
	}
	return "PROVISIONING"
}

func stopCode(sync bool) value.Value {
	if sync {
		return "EssentialContainerExited"
	}
	return nil
}

func batchJobID(req *Request) (id, name, arn string) {
	id = invocationID(req, "JobId")
	name = inputString(req, "JobName", "job")
	return id, name, "arn:aws:batch:us-east-1:123456789012:job/" + id
}

func echoBatchSubmitJob(req *Request) value.Value {
	id, name, arn := batchJobID(req)
	return object("JobArn", arn, "JobId", id, "JobName", name)
}

func echoBatchJob(req *Request) value.Value {
	id, name, arn := batchJobID(req)
	at := epochMillis(req)
	return object(
		"Attempts", []value.Value{object("Container", object("ExitCode", 0.0), "StartedAt", at, "StoppedAt", at)},
		"Container", object("Command", path(req.Input, "ContainerOverrides", "Command"), "Environment", path(req.Input, "ContainerOverrides", "Environment"), "ExitCode", 0.0),
		"CreatedAt", at,
		"JobArn", arn,
		"JobDefinition", inputString(req, "JobDefinition", "arn:aws:batch:us-east-1:123456789012:job-definition/job:1"),
		"JobId", id,
		"JobName", name,
		"JobQueue", inputString(req, "JobQueue", "arn:aws:batch:us-east-1:123456789012:job-queue/queue"),
		"Parameters", input(req, "Parameters"),
		"StartedAt", at,
		"Status", "SUCCEEDED",
		"StoppedAt", at,
	)
}

func glueRunID(req *Request) string {
	return "jr_" + strings.ReplaceAll(invocationID(req, "JobRunId"), "-", "")
}

func echoGlueStartJobRun(req *Request) value.Value {
	return object("JobRunId", glueRunID(req))
}

func echoGlueJobRun(req *Request) value.Value {
	at := epochMillis(req)
	return object(
		"Arguments", input(req, "Arguments"),
		"Attempt", 0.0,
		"CompletedOn", at,
		"ExecutionTime", 0.0,
		"Id", glueRunID(req),
		"JobName", inputString(req, "JobName", "job"),
		"JobRunState", "SUCCEEDED",
		"StartedOn", at,
	)
}

func echoHTTP(req *Request) value.Value {
	body := input(req, "RequestBody")
	if body == nil {
		body = value.NewObject(0)
	}
	size := len(value.Marshal(body))
	if s, ok := body.(string); ok {
		size = len(s)
	}
	headers := object(
		"Connection", []value.Value{"keep-alive"},
		"Content-Length", []value.Value{itoa(size)},
		"Content-Type", []value.Value{"application/json"},
		"x-amzn-RequestId", []value.Value{invocationID(req, "RequestId")},
	)
	return object("Headers", headers, "ResponseBody", body, "StatusCode", 200.0, "StatusText", "OK")
}

func echoPutEvents(req *Request) value.Value {
	entries, _ := input(req, "Entries").([]value.Value)
	out := make([]value.Value, len(entries))
	for i := range entries {
		out[i] = object("EventId", invocationID(req, "EventId"+itoa(i)))
	}
	return object("Entries", out, "FailedEntryCount", 0.0)
}
