package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestTestStateCLI checks test-state's contract: the response on stdout
// with exit 0 (SUCCEEDED) or 1, and API errors as {"Error": …} with exit 2.
func TestTestStateCLI(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string
	}{
		{"succeeded", []string{"--definition", `{"Type":"Pass","Result":1,"End":true}`, "--json"}, 0,
			`{"output":1,"status":"SUCCEEDED"}`},
		{"failed", []string{"--definition", `{"Type":"Fail","Error":"E","Cause":"C"}`, "--json"}, 1,
			`{"error":"E","cause":"C","status":"FAILED"}`},
		{"mocked task with inspection", []string{"--definition", `{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","ResultPath":"$.r","End":true}`,
			"--input", `{"a":1}`, "--mock", `{"result":"{\"StatusCode\":200}"}`, "--inspection-level", "DEBUG", "--json"}, 0,
			`"result":{"StatusCode":200}`},
		{"state configuration", []string{"--definition", `{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Retry":[{"ErrorEquals":["E"],"MaxAttempts":1}],"End":true}`,
			"--mock", `{"errorOutput":{"error":"E","cause":"C"}}`, "--state-configuration", `{"retrierRetryCount":1}`, "--json"}, 1,
			`{"error":"E","cause":"C","status":"FAILED"}`},
		{"api error", []string{"--definition", `{"Type":"Pass","End":true}`, "--mock", `{"result":"{}"}`, "--json"}, 2,
			`{"Error":{"Code":"ValidationException","Message":"State type 'Pass' is not supported when a mock is specified"}}`},
		{"state name", []string{"--definition", `{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"B"},"B":{"Type":"Succeed"}}}`, "--state-name", "A", "--json"}, 0,
			`{"output":{},"nextState":"B","status":"SUCCEEDED"}`},
		{"no definition", []string{"--json"}, 2, ``},
		{"bad input", []string{"--definition", `{"Type":"Succeed"}`, "--input", `{`}, 2, ``},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			code := run(append([]string{"test-state"}, tc.args...), &out, &errb)
			if code != tc.code {
				t.Fatalf("exit %d, want %d; stderr: %s", code, tc.code, errb.String())
			}
			if !strings.Contains(out.String(), tc.stdout) {
				t.Errorf("stdout %s\nwant %s", out.String(), tc.stdout)
			}
		})
	}
}
