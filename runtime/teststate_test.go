package runtime_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stepwise-go/stepwise/runtime"
	"github.com/stepwise-go/stepwise/value"
)

func i64(n int64) *int64 { return &n }

// tsRun runs a TestState request and returns the response as compact
// JSON, or "Code: Message" for an API error.
func tsRun(t *testing.T, req *runtime.TestStateRequest) string {
	t.Helper()
	resp, err := runtime.TestState(context.Background(), req)
	var apiErr *runtime.APIError
	if errors.As(err, &apiErr) {
		return apiErr.Error()
	}
	if err != nil {
		t.Fatalf("TestState: %v", err)
	}
	return string(value.Marshal(resp.JSON()))
}

func parse(t *testing.T, s string) value.Value {
	t.Helper()
	v, err := value.ParseString(s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestTestStateRules has a passing and a failing case for each rule of
// the API: which states take or need a mock, the mock's shape, state
// names, inspection levels, retries, catchers and Map tolerances.
func TestTestStateRules(t *testing.T) {
	task := `{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"f"},"End":true}`
	retryTask := `{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Retry":[{"ErrorEquals":["Boom"],"IntervalSeconds":2,"MaxAttempts":2,"BackoffRate":3}],"Catch":[{"ErrorEquals":["States.ALL"],"Next":"Handle"}],"End":true}`
	mapDef := `{"Type":"Map","ItemsPath":"$.items","ToleratedFailureCount":1,"ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}`
	boom := &runtime.TestStateMock{ErrorOutput: &runtime.MockErrorOutput{Error: "Boom", Cause: "bang"}}
	tests := []struct {
		name string
		req  runtime.TestStateRequest
		want string // a substring of the response JSON or the API error
	}{
		{"pass runs", runtime.TestStateRequest{Definition: []byte(`{"Type":"Pass","Result":{"a":1},"Next":"After"}`)},
			`{"output":{"a":1},"nextState":"After","status":"SUCCEEDED"}`},
		{"pass refuses a mock", runtime.TestStateRequest{Definition: []byte(`{"Type":"Pass","End":true}`), Mock: &runtime.TestStateMock{Result: `{}`}},
			"ValidationException: State type 'Pass' is not supported when a mock is specified"},
		{"task with a mock result", runtime.TestStateRequest{Definition: []byte(task), Mock: &runtime.TestStateMock{Result: `{"StatusCode":200}`}},
			`{"output":{"StatusCode":200},"status":"SUCCEEDED"}`},
		{"task without mock or role", runtime.TestStateRequest{Definition: []byte(task)},
			"ValidationException: RoleArn must be specified when testing a Task state"},
		{"mock result must be JSON", runtime.TestStateRequest{Definition: []byte(task), Mock: &runtime.TestStateMock{Result: `nope`}},
			"ValidationException: Mocked result must be valid JSON"},
		{"mock has one of result and errorOutput", runtime.TestStateRequest{Definition: []byte(task), Mock: &runtime.TestStateMock{Result: `{}`, ErrorOutput: boom.ErrorOutput}},
			"ValidationException: A test mock should have only one of the following fields: [result, errorOutput]."},
		{"strict mode checks types", runtime.TestStateRequest{Definition: []byte(task), Mock: &runtime.TestStateMock{Result: `{"StatusCode":"200"}`}},
			"Field 'StatusCode' must be a number"},
		{"mode NONE checks nothing", runtime.TestStateRequest{Definition: []byte(task), Mock: &runtime.TestStateMock{Result: `{"StatusCode":"200"}`, FieldValidationMode: "NONE"}},
			`"status":"SUCCEEDED"`},
		{"strict mode wants required fields", runtime.TestStateRequest{Definition: []byte(`{"Type":"Task","Resource":"arn:aws:states:::states:startExecution","Parameters":{"StateMachineArn":"a"},"End":true}`), Mock: &runtime.TestStateMock{Result: `{}`}},
			"Required field 'ExecutionArn' is missing"},
		{"present mode does not", runtime.TestStateRequest{Definition: []byte(`{"Type":"Task","Resource":"arn:aws:states:::states:startExecution","Parameters":{"StateMachineArn":"a"},"End":true}`), Mock: &runtime.TestStateMock{Result: `{}`, FieldValidationMode: "PRESENT"}},
			`"status":"SUCCEEDED"`},
		{"retrier retries: RETRIABLE", runtime.TestStateRequest{Definition: []byte(retryTask), Mock: boom, InspectionLevel: "DEBUG", Config: &runtime.StateConfiguration{RetrierRetryCount: i64(1)}},
			`"errorDetails":{"retryIndex":0,"retryBackoffIntervalSeconds":6}},"status":"RETRIABLE"`},
		{"retries used up: caught", runtime.TestStateRequest{Definition: []byte(retryTask), Mock: boom, InspectionLevel: "DEBUG", Config: &runtime.StateConfiguration{RetrierRetryCount: i64(2)}},
			`"errorDetails":{"catchIndex":0,"retryIndex":0}},"nextState":"Handle","status":"CAUGHT_ERROR"`},
		{"uncaught error: FAILED", runtime.TestStateRequest{Definition: []byte(task), Mock: boom},
			`{"error":"Boom","cause":"bang","status":"FAILED"}`},
		{"INFO has no inspection data", runtime.TestStateRequest{Definition: []byte(`{"Type":"Succeed"}`), InspectionLevel: "INFO"},
			`{"output":{},"status":"SUCCEEDED"}`},
		{"DEBUG has inspection data", runtime.TestStateRequest{Definition: []byte(`{"Type":"Succeed","InputPath":"$.a"}`), Input: parse(t, `{"a":{"b":1}}`), InspectionLevel: "DEBUG"},
			`"inspectionData":{"input":{"a":{"b":1}},"afterInputPath":{"b":1}}`},
		{"unknown inspection level", runtime.TestStateRequest{Definition: []byte(`{"Type":"Succeed"}`), InspectionLevel: "LOUD"},
			"ValidationException: 1 validation error detected"},
		{"machine and state name", runtime.TestStateRequest{Definition: []byte(`{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"B"},"B":{"Type":"Pass","Result":2,"End":true}}}`), StateName: "B"},
			`{"output":2,"status":"SUCCEEDED"}`},
		{"state name not found", runtime.TestStateRequest{Definition: []byte(`{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}`), StateName: "Z"},
			"ValidationException: State not found in definition"},
		{"invalid definition", runtime.TestStateRequest{Definition: []byte(`{"Type":"Nope","End":true}`)},
			"InvalidDefinition: Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: The field 'Type' should have one of these values"},
		{"map needs a mock", runtime.TestStateRequest{Definition: []byte(mapDef), Input: parse(t, `{"items":[1,2]}`)},
			"InvalidDefinition: TestState API does not support Map or Parallel states"},
		{"map within tolerance", runtime.TestStateRequest{Definition: []byte(mapDef), Input: parse(t, `{"items":[1,2,3]}`), Mock: &runtime.TestStateMock{Result: `[1,2,3]`}, Config: &runtime.StateConfiguration{MapIterationFailureCount: i64(1)}},
			`{"output":[1,2,3],"status":"SUCCEEDED"}`},
		{"map beyond tolerance", runtime.TestStateRequest{Definition: []byte(mapDef), Input: parse(t, `{"items":[1,2,3]}`), Mock: &runtime.TestStateMock{Result: `[1,2,3]`}, Config: &runtime.StateConfiguration{MapIterationFailureCount: i64(2)}},
			`"error":"States.ExceedToleratedFailureThreshold"`},
		{"map failure count over the items", runtime.TestStateRequest{Definition: []byte(mapDef), Mock: &runtime.TestStateMock{Result: `[1]`}, Config: &runtime.StateConfiguration{MapIterationFailureCount: i64(2)}},
			"Map iteration failure count must be less than or equal to the number of Map iterations"},
		{"parallel mock matches the branches", runtime.TestStateRequest{Definition: []byte(`{"Type":"Parallel","Branches":[{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}],"End":true}`), Mock: &runtime.TestStateMock{Result: `[1,2]`}},
			"Mocked result must contain the same number of items as number of Parallel branches."},
		{"context as given", runtime.TestStateRequest{Definition: []byte(`{"Type":"Pass","Parameters":{"id.$":"$$.Execution.Id"},"End":true}`), Context: parse(t, `{"Execution":{"Id":"x"}}`)},
			`{"output":{"id":"x"},"status":"SUCCEEDED"}`},
		{"context with an unknown field", runtime.TestStateRequest{Definition: []byte(`{"Type":"Succeed"}`), Context: parse(t, `{"Pokedex":{}}`)},
			"Invalid Context object provided: Field 'Pokedex' is not allowed"},
		{"variables are visible", runtime.TestStateRequest{Definition: []byte(`{"Type":"Pass","QueryLanguage":"JSONata","Output":"{% $x + 1 %}","End":true}`), Variables: parse(t, `{"x":41}`).(*value.Object)},
			`{"output":42,"status":"SUCCEEDED"}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tsRun(t, &tc.req); !strings.Contains(got, tc.want) {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}

// ExampleTestState tests a Task state with a mocked Lambda response and
// reads the inspection data.
func ExampleTestState() {
	input, _ := value.ParseString(`{"who": "world"}`)
	resp, err := runtime.TestState(context.Background(), &runtime.TestStateRequest{
		Definition: []byte(`{
			"Type": "Task",
			"Resource": "arn:aws:states:::lambda:invoke",
			"Parameters": {"FunctionName": "Greeter", "Payload.$": "$.who"},
			"ResultSelector": {"greeting.$": "$.Payload"},
			"ResultPath": "$.result",
			"Next": "Done"
		}`),
		Input:           input,
		InspectionLevel: runtime.InspectDebug,
		Mock:            &runtime.TestStateMock{Result: `{"StatusCode": 200, "Payload": "hello"}`},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.Status, resp.NextState)
	fmt.Println(string(value.Marshal(resp.Output)))
	fmt.Println(string(value.Marshal(resp.Inspection.AfterResultSelector)))
	// Output:
	// SUCCEEDED Done
	// {"who":"world","result":{"greeting":"hello"}}
	// {"greeting":"hello"}
}

// FuzzTestState runs random single-state definitions and mocks: TestState
// answers or refuses, and never panics.
func FuzzTestState(f *testing.F) {
	f.Add(`{"Type":"Pass","End":true}`, ``, `{}`)
	f.Add(`{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","End":true}`, `{"Payload":1}`, `{"a":1}`)
	f.Add(`{"Type":"Map","ItemsPath":"$.a","ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}`, `[1]`, `{"a":[1]}`)
	f.Add(`{"Type":"Choice","Choices":[{"Variable":"$.a","NumericEquals":1,"Next":"X"}],"Default":"Y"}`, ``, `{"a":1}`)
	f.Fuzz(func(t *testing.T, def, mock, input string) {
		in, err := value.ParseString(input)
		if err != nil {
			return
		}
		req := &runtime.TestStateRequest{Definition: []byte(def), Input: in, InspectionLevel: runtime.InspectTrace}
		if mock != "" {
			req.Mock = &runtime.TestStateMock{Result: mock}
		}
		resp, err := runtime.TestState(context.Background(), req)
		if err == nil && resp.Status == "" {
			t.Fatalf("a response without a status for %s", def)
		}
	})
}
