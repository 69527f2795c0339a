package runtime_test

import (
	"context"
	"strings"
	"testing"

	"github.com/stepwise-go/stepwise/runtime"
	"github.com/stepwise-go/stepwise/value"
)

// echoTasks answers every task with its parameters.
func echoTasks(_ context.Context, req *runtime.TaskRequest) (value.Value, error) {
	return req.Parameters, nil
}

// eventDetails returns the details of the first event of type typ as
// JSON text, or "" when there is none.
func eventDetails(evs []runtime.Event, typ string) string {
	for _, e := range evs {
		if e.Type == typ {
			if e.Details == nil {
				return "{}"
			}
			return jsonOf(e.Details)
		}
	}
	return ""
}

func taskMachine(resource, extra string) string {
	return `{"StartAt":"T","States":{"T":{"Type":"Task","Resource":"` + resource + `","Parameters":{"StateMachineArn":"arn:aws:states:us-east-1:123456789012:stateMachine:Target","Name":"Run1"}` + extra + `,"End":true}}}`
}

// TestTaskResourceNames: resourceType is the service (with aws-sdk:),
// resource the action with its integration pattern.
func TestTaskResourceNames(t *testing.T) {
	tests := []struct{ resource, want string }{
		{"arn:aws:states:::aws-sdk:dynamodb:putItem", `"resourceType":"aws-sdk:dynamodb","resource":"putItem"`},
		{"arn:aws:states:::dynamodb:putItem", `"resourceType":"dynamodb","resource":"putItem"`},
		{"arn:aws:states:::lambda:invoke.waitForTaskToken", `"resourceType":"lambda","resource":"invoke.waitForTaskToken"`},
		{"arn:aws:states:::states:startExecution.sync:2", `"resourceType":"states","resource":"startExecution.sync:2"`},
	}
	for _, tc := range tests {
		t.Run(tc.resource, func(t *testing.T) {
			r, evs := run(t, taskMachine(tc.resource, ""), `{}`, &runtime.Options{Tasks: echoTasks})
			if r.Status != runtime.Succeeded {
				t.Fatalf("status %s %s %s", r.Status, r.Error, r.Cause)
			}
			if got := eventDetails(evs, "TaskStarted"); !strings.Contains(got, tc.want) {
				t.Errorf("TaskStarted details %s, want %s", got, tc.want)
			}
		})
	}
}

// TestTaskCredentials: TaskScheduled carries the evaluated Credentials
// as taskCredentials, and only when the state has them.
func TestTaskCredentials(t *testing.T) {
	tests := []struct{ name, def, want string }{
		{"jsonpath", taskMachine("arn:aws:states:::lambda:invoke", `,"Credentials":{"RoleArn.$":"$.role"}`), `"taskCredentials":{"roleArn":"arn:aws:iam::1:role/R"}`},
		{"jsonata", `{"QueryLanguage":"JSONata","StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Arguments":{},"Credentials":{"RoleArn":"{% $states.input.role %}"},"End":true}}}`, `"taskCredentials":{"roleArn":"arn:aws:iam::1:role/R"}`},
		{"absent", taskMachine("arn:aws:states:::lambda:invoke", ""), ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, evs := run(t, tc.def, `{"role":"arn:aws:iam::1:role/R"}`, &runtime.Options{Tasks: echoTasks})
			got := eventDetails(evs, "TaskScheduled")
			if tc.want == "" && strings.Contains(got, "taskCredentials") || !strings.Contains(got, tc.want) {
				t.Errorf("TaskScheduled details %s, want %q", got, tc.want)
			}
		})
	}
}

// TestTaskSubmitted: a .sync task records TaskSubmitted with the start
// response between TaskStarted and its outcome; a request-response task
// does not.
func TestTaskSubmitted(t *testing.T) {
	_, evs := run(t, taskMachine("arn:aws:states:::states:startExecution.sync", ""), `{}`, &runtime.Options{Tasks: echoTasks})
	var types []string
	for _, e := range evs {
		types = append(types, e.Type)
	}
	if got := strings.Join(types, ","); !strings.Contains(got, "TaskStarted,TaskSubmitted,TaskSucceeded") {
		t.Fatalf("events %s", got)
	}
	want := `"ExecutionArn":"arn:aws:states:us-east-1:123456789012:execution:Target:Run1"`
	if got := eventDetails(evs, "TaskSubmitted"); !strings.Contains(got, strings.ReplaceAll(want, `"`, `\"`)) {
		t.Errorf("TaskSubmitted %s lacks %s", got, want)
	}
	_, evs = run(t, taskMachine("arn:aws:states:::states:startExecution", ""), `{}`, &runtime.Options{Tasks: echoTasks})
	if got := eventDetails(evs, "TaskSubmitted"); got != "" {
		t.Errorf("request-response task recorded TaskSubmitted %s", got)
	}
}

// TestAPIGatewayHeaders: apigateway:invoke fails with States.Runtime,
// before scheduling, when a header value is not an array of strings.
func TestAPIGatewayHeaders(t *testing.T) {
	def := `{"StartAt":"A","States":{"A":{"Type":"Task","Resource":"arn:aws:states:::apigateway:invoke","Parameters":{"ApiEndpoint":"x","Method":"GET","Headers.$":"$.h"},"End":true}}}`
	tests := []struct {
		headers string
		status  runtime.Status
	}{
		{`{"h":["a","b"]}`, runtime.Succeeded},
		{`{"h":"a"}`, runtime.Failed},
		{`{"h":[1]}`, runtime.Failed},
	}
	for _, tc := range tests {
		r, evs := run(t, def, `{"h":`+tc.headers+`}`, &runtime.Options{Tasks: echoTasks})
		if r.Status != tc.status {
			t.Errorf("%s: status %s (%s), want %s", tc.headers, r.Status, r.Cause, tc.status)
		}
		if tc.status == runtime.Failed {
			if r.Error != "States.Runtime" || !strings.Contains(r.Cause, "The value of the field 'Headers' has an invalid format") {
				t.Errorf("%s: %s %s", tc.headers, r.Error, r.Cause)
			}
			if eventDetails(evs, "TaskScheduled") != "" {
				t.Errorf("%s: task was scheduled", tc.headers)
			}
		}
	}
}
