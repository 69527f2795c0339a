package server

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// post sends one raw request to the handler.
func post(h http.Handler, target, body string) *httptest.ResponseRecorder {
	r := httptest.NewRequest(http.MethodPost, "/", strings.NewReader(body))
	if target != "" {
		r.Header.Set("X-Amz-Target", target)
	}
	r.Header.Set("Content-Type", contentType)
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

// TestBadRequests: malformed requests get AWS's error body and 400,
// never a panic.
func TestBadRequests(t *testing.T) {
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	tests := []struct {
		name, target, body, want string
	}{
		{"no target", "", `{}`, errUnknownOperation},
		{"unknown operation", "AWSStepFunctions.MakeCoffee", `{}`, errUnknownOperation},
		{"other service", "DynamoDB_20120810.ListTables", `{}`, errUnknownOperation},
		{"bad JSON", "AWSStepFunctions.StartExecution", `{"stateMachineArn": `, errSerialization},
		{"wrong field type", "AWSStepFunctions.DescribeExecution", `{"executionArn": 5}`, errSerialization},
		{"two values", "AWSStepFunctions.ListStateMachines", `{} {}`, errSerialization},
		{"array body", "AWSStepFunctions.ListActivities", `[]`, errSerialization},
		{"oversize body", "AWSStepFunctions.CreateStateMachine", `{"definition": "` + strings.Repeat("x", MaxRequestBytes) + `"}`, errValidation},
		{"empty body", "AWSStepFunctions.DescribeStateMachine", ``, errInvalidArn},
		{"negative maxResults", "AWSStepFunctions.ListActivities", `{"maxResults": -1}`, errValidation},
		{"empty token", "AWSStepFunctions.SendTaskHeartbeat", `{}`, errInvalidToken},
		{"bad validate severity", "AWSStepFunctions.ValidateStateMachineDefinition", `{"definition": "{}", "severity": "LOUD"}`, errValidation},
		{"bad type", "AWSStepFunctions.CreateStateMachine", `{"name": "M", "roleArn": "arn:aws:iam::1:role/r", "definition": "{}", "type": "FAST"}`, errValidation},
		{"no role", "AWSStepFunctions.CreateStateMachine", `{"name": "M", "definition": "{}"}`, errValidation},
		{"empty definition", "AWSStepFunctions.CreateStateMachine", `{"name": "M", "roleArn": "arn:aws:iam::1:role/r", "definition": " "}`, errInvalidDefinition},
		{"name too long", "AWSStepFunctions.CreateActivity", `{"name": "` + strings.Repeat("a", 81) + `"}`, errInvalidName},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := post(s, tc.target, tc.body)
			var body struct {
				Type    string `json:"__type"`
				Message string `json:"message"`
			}
			if err := json.Unmarshal(w.Body.Bytes(), &body); err != nil {
				t.Fatalf("body %q: %v", w.Body.String(), err)
			}
			if w.Code != http.StatusBadRequest || body.Type != tc.want || body.Message == "" || w.Header().Get("X-Amzn-ErrorType") != tc.want {
				t.Errorf("got %d %+v, want 400 %s with a message", w.Code, body, tc.want)
			}
		})
	}
	// A well-formed call on the same server still works.
	if w := post(s, "AWSStepFunctions.ListStateMachines", `{}`); w.Code != http.StatusOK || w.Body.String() != `{"nextToken":null,"stateMachines":[]}` {
		t.Errorf("ListStateMachines = %d %s", w.Code, w.Body.String())
	}
}

// TestGetRoot answers a plain GET (a health check) with a short text.
func TestGetRoot(t *testing.T) {
	s, _ := New(Options{})
	defer s.Close()
	w := httptest.NewRecorder()
	s.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/", nil))
	if w.Code != http.StatusOK || !strings.Contains(w.Body.String(), "Step Functions") {
		t.Errorf("GET / = %d %q", w.Code, w.Body.String())
	}
	w = httptest.NewRecorder()
	s.ServeHTTP(w, httptest.NewRequest(http.MethodPut, "/", nil))
	if w.Code != http.StatusBadRequest {
		t.Errorf("PUT / = %d, want 400", w.Code)
	}
}

// TestOperationsListed: every operation of the brief has a handler.
func TestOperationsListed(t *testing.T) {
	want := []string{"CreateStateMachine", "DescribeStateMachine", "ListStateMachines", "DeleteStateMachine",
		"UpdateStateMachine", "StartExecution", "StartSyncExecution", "DescribeExecution", "ListExecutions",
		"StopExecution", "GetExecutionHistory", "SendTaskSuccess", "SendTaskFailure", "SendTaskHeartbeat",
		"CreateActivity", "DescribeActivity", "ListActivities", "DeleteActivity", "GetActivityTask", "TestState",
		"ValidateStateMachineDefinition"}
	have := map[string]bool{}
	for _, op := range Operations() {
		have[op] = true
	}
	for _, op := range want {
		if !have[op] {
			t.Errorf("no handler for %s", op)
		}
	}
}

// FuzzServeHTTP: no request body makes any operation panic or answer
// anything but JSON.
func FuzzServeHTTP(f *testing.F) {
	f.Add("StartExecution", `{"stateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:M#Case", "input": "{}"}`)
	f.Add("CreateStateMachine", `{"name": "M", "roleArn": "arn:aws:iam::1:role/r", "definition": "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}"}`)
	f.Add("GetExecutionHistory", `{"executionArn": "arn:aws:states:us-east-1:123456789012:execution:M:e", "nextToken": "MQ", "reverseOrder": true}`)
	f.Add("ListExecutions", `{"stateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:M", "statusFilter": "RUNNING", "maxResults": 2}`)
	f.Add("SendTaskSuccess", `{"taskToken": "x", "output": "[1"}`)
	f.Add("ValidateStateMachineDefinition", `{"definition": "{\"States\": 1}", "maxResults": 1}`)
	f.Add("TestState", `{"definition": "{\"Type\": \"Pass\"}", "input": "{}", "inspectionLevel": "DEBUG"}`)
	f.Add("ListStateMachines", `{"nextToken": "%%%"}`)
	s, err := New(Options{StubEcho: true, ActivityPoll: 1})
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { s.Close() })
	post(s, "AWSStepFunctions.CreateStateMachine", `{"name": "M", "roleArn": "arn:aws:iam::1:role/r", "definition": "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}"}`)
	f.Fuzz(func(t *testing.T, op, body string) {
		w := post(s, targetPrefix+op, body)
		if !json.Valid(w.Body.Bytes()) {
			t.Errorf("%s %q: the answer is not JSON: %q", op, body, w.Body.String())
		}
	})
}
