package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRunWithBuiltinHandlers: --handlers builtin runs JobPoller with the
// project's own Lambda functions on the virtual clock, both branches;
// without it the tasks have nothing to answer them; mocks answer what
// the handlers do not; an unknown value exits 2.
func TestRunWithBuiltinHandlers(t *testing.T) {
	mocks := filepath.Join(t.TempDir(), "mocks.json")
	if err := os.WriteFile(mocks, []byte(`{"StateMachines":{"JobPoller":{"TestCases":{"T":{"Submit Job":"R"}}}},
		"MockedResponses":{"R":{"0":{"Return":{"Payload":{"guid":"mocked","waitSeconds":1}}}}}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		args   []string
		code   int
		status string // the --json status, or a part of stderr when code is 2
		guid   string // the output's guid prefix, when SUCCEEDED
		error  string // the --json error, when FAILED
	}{
		{"the job succeeds", []string{"--input", `{"durationSeconds": 10}`}, 0, "SUCCEEDED", "S", ""},
		{"the job fails", []string{"--input", `{"durationSeconds": 15, "fail": true}`}, 1, "FAILED", "", "DescribeJob returned FAILED"},
		{"the handlers come before the mocks", []string{"--mocks", mocks, "--test-case", "T"}, 0, "SUCCEEDED", "S", ""},
		{"an unknown set", []string{"--handlers", "mine"}, 2, "want builtin", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"run", "JobPoller", "--json"}, tc.args...)
			if tc.code != 2 {
				args = append(args, "--handlers", "builtin")
			}
			var out, errb bytes.Buffer
			code := run(args, &out, &errb)
			if code != tc.code {
				t.Fatalf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tc.code, out.String(), errb.String())
			}
			if code == 2 {
				if !strings.Contains(errb.String(), tc.status) {
					t.Errorf("stderr %q lacks %q", errb.String(), tc.status)
				}
				return
			}
			var res struct {
				Status string `json:"status"`
				Error  string `json:"error"`
				Output struct {
					GUID string `json:"guid"`
				} `json:"output"`
			}
			if err := json.Unmarshal(out.Bytes(), &res); err != nil {
				t.Fatalf("%v: %s", err, out.String())
			}
			if res.Status != tc.status || !strings.HasPrefix(res.Output.GUID, tc.guid) || res.Error != tc.error {
				t.Errorf("got %+v\nstderr: %s", res, errb.String())
			}
		})
	}
	var out, errb bytes.Buffer
	if code := run([]string{"run", "JobPoller", "--json"}, &out, &errb); code != 1 || !strings.Contains(out.String()+errb.String(), "no task handler is set") {
		t.Errorf("without --handlers: exit %d\n%s%s", code, out.String(), errb.String())
	}
}
