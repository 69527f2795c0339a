package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRunWithMocksAndStubs: --mocks answers each invocation of a Task
// from the test case (a Throw is retried, then the Return is used), a
// test case without enough responses stops the run, --stub-tasks echo
// answers the rest, and bad task flags exit 2.
func TestRunWithMocksAndStubs(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	def := write("m.json", `{"StartAt":"Call","States":{"Call":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
		"Parameters":{"FunctionName":"F","Payload.$":"$"},"OutputPath":"$.Payload",
		"Retry":[{"ErrorEquals":["Lambda.TooManyRequestsException"],"IntervalSeconds":1}],"End":true}}}`)
	mocks := write("mocks.json", `{"StateMachines":{"M":{"TestCases":{
		"Flaky":{"Call":"ThrottledThenOK"},"Once":{"Call":"OKOnce"}}}},
		"MockedResponses":{
		"ThrottledThenOK":{"0":{"Throw":{"Error":"Lambda.TooManyRequestsException","Cause":"slow down"}},"1":{"Return":{"Payload":{"done":true}}}},
		"OKOnce":{"0":{"Throw":{"Error":"Lambda.TooManyRequestsException","Cause":"slow down"}}}}}`)
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string // exact, or a substring of stderr when code is 2
	}{
		{"mock retried then returns", []string{def, "--mocks", "@" + mocks, "--test-case", "Flaky", "--json"}, 0, `{"status":"SUCCEEDED","output":{"done":true}}`},
		{"mock runs out of responses", []string{def, "--mocks", mocks, "--test-case", "Once", "--json"}, 1, `"status":"FAILED","error":"States.Runtime"`},
		{"stub echoes", []string{def, "--input", `{"x":1}`, "--stub-tasks", "echo", "--json"}, 0, `{"status":"SUCCEEDED","output":{"x":1}}`},
		{"no handler", []string{def, "--json"}, 1, `"status":"FAILED"`},
		{"unknown test case", []string{def, "--mocks", mocks, "--test-case", "Nope"}, 2, "Nope"},
		{"test case without mocks", []string{def, "--test-case", "Flaky"}, 2, "need --mocks"},
		{"unknown stub", []string{def, "--stub-tasks", "random"}, 2, "want echo"},
		{"missing mock file", []string{def, "--mocks", filepath.Join(dir, "none.json"), "--test-case", "Flaky"}, 2, "none.json"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			code := run(append([]string{"run"}, tc.args...), &out, &errb)
			got := strings.TrimSpace(out.String())
			ok := code == tc.code
			switch {
			case tc.code == 2:
				ok = ok && strings.Contains(errb.String(), tc.stdout)
			case tc.code == 0:
				ok = ok && got == tc.stdout
			default:
				ok = ok && strings.Contains(got, tc.stdout)
			}
			if !ok {
				t.Errorf("exit %d, stdout %q, stderr %q; want %d and %q", code, got, errb.String(), tc.code, tc.stdout)
			}
		})
	}
}

// TestRunWaitForTaskToken: the echo stub and a mock answer a
// .waitForTaskToken task's token (as Step Functions Local does), so a dry
// run finishes; without them the task times out at its TimeoutSeconds.
func TestRunWaitForTaskToken(t *testing.T) {
	dir := t.TempDir()
	def := filepath.Join(dir, "w.json")
	if err := os.WriteFile(def, []byte(`{"StartAt":"Ask","States":{"Ask":{"Type":"Task","TimeoutSeconds":60,
		"Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken",
		"Parameters":{"QueueUrl":"q","MessageBody":{"token.$":"$$.Task.Token"}},"ResultPath":"$.answer","End":true}}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	mocks := filepath.Join(dir, "mocks.json")
	if err := os.WriteFile(mocks, []byte(`{"StateMachines":{"M":{"TestCases":{"Approve":{"Ask":"Yes"},"Reject":{"Ask":"No"}}}},
		"MockedResponses":{"Yes":{"0":{"Return":{"approved":true}}},"No":{"0":{"Throw":{"Error":"Rejected","Cause":"no"}}}}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"echo stub answers the token", []string{"--stub-tasks", "echo"}, 0, `"answer":{"QueueUrl":"q","MessageBody":{"token":"SWT1`},
		{"mock return answers it", []string{"--mocks", mocks, "--mock-machine", "M", "--test-case", "Approve"}, 0, `"answer":{"approved":true}`},
		{"mock throw fails it", []string{"--mocks", mocks, "--mock-machine", "M", "--test-case", "Reject"}, 1, `"error":"Rejected"`},
		{"nobody answers", nil, 1, `"error":"States.Timeout"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			code := run(append([]string{"run", def, "--json"}, tc.args...), &out, &errb)
			note := strings.Contains(errb.String(), `Task state "Ask" waited for a task token that nothing sent`)
			if note != (tc.name == "nobody answers") {
				t.Errorf("stderr %q: note about the unanswered token = %v", errb.String(), note)
			}
			if code != tc.code || !strings.Contains(out.String(), tc.want) {
				t.Errorf("exit %d, stdout %s, stderr %s; want %d and %s", code, out.String(), errb.String(), tc.code, tc.want)
			}
		})
	}
}

// TestReadmeLocalRuns runs the README's "Run it locally" commands for
// JobPoller and HumanApproval with the mock files in docs/mocks.
func TestReadmeLocalRuns(t *testing.T) {
	const approval = `{"subject":"Buy","details":"a boat"}`
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"JobPoller", "--mocks", "@../../docs/mocks/JobPoller.json", "--test-case", "JobSucceeds"}, 0, `"status":"SUCCEEDED"`},
		{[]string{"JobPoller", "--mocks", "@../../docs/mocks/JobPoller.json", "--test-case", "JobFails"}, 1, `"error":"DescribeJob returned FAILED"`},
		{[]string{"HumanApproval", "--input", approval, "--mocks", "@../../docs/mocks/HumanApproval.json", "--test-case", "Approved"}, 0, `"approval":{"decision":"approve"}`},
		{[]string{"HumanApproval", "--input", approval, "--mocks", "@../../docs/mocks/HumanApproval.json", "--test-case", "Rejected"}, 1, `"error":"Approval.Rejected"`},
		{[]string{"HumanApproval", "--input", approval}, 1, `"error":"Approval.TimedOut"`},
	}
	for _, tc := range tests {
		var out, errb bytes.Buffer
		code := run(append(append([]string{"run"}, tc.args...), "--json"), &out, &errb)
		if code != tc.code || !strings.Contains(out.String(), tc.want) {
			t.Errorf("%v: exit %d, stdout %s, stderr %s; want %d and %s", tc.args, code, out.String(), errb.String(), tc.code, tc.want)
		}
	}
}
