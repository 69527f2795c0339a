package main

import (
	"os"
	"strings"
	"testing"
)

// moreInputs are written beside inputFiles for the graph, import and diff
// transcripts.
var moreInputs = map[string]string{
	"orders.asl.json": `{
  "Comment": "Charge, then ship or refund",
  "StartAt": "Charge",
  "States": {
    "Charge": {
      "Type": "Task",
      "Resource": "arn:aws:states:::lambda:invoke",
      "Parameters": {"FunctionName": "charge", "Payload.$": "$"},
      "Retry": [{"ErrorEquals": ["States.Timeout"], "IntervalSeconds": 2, "MaxAttempts": 4, "BackoffRate": 1.5}],
      "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "Refund"}],
      "Next": "Paid?"
    },
    "Paid?": {
      "Type": "Choice",
      "Choices": [{"And": [{"Variable": "$.total", "NumericGreaterThan": 1000}, {"Variable": "$.total", "IsPresent": true}], "Next": "Review"}],
      "Default": "Ship"
    },
    "Review": {"Type": "Wait", "Seconds": 3600, "Next": "Ship"},
    "Ship": {"Type": "Pass", "Result": {"carrier": "ground"}, "End": true},
    "Refund": {"Type": "Fail", "Error": "PaymentFailed", "Cause": "the charge failed"}
  }
}
`,
	"orders-v2.asl.json": `{
  "Comment": "Charge, then ship or refund",
  "StartAt": "Charge",
  "States": {
    "Charge": {
      "Type": "Task",
      "Resource": "arn:aws:states:::lambda:invoke",
      "Parameters": {"FunctionName": "charge", "Payload.$": "$.order"},
      "Retry": [{"ErrorEquals": ["States.Timeout"], "IntervalSeconds": 2, "MaxAttempts": 6, "BackoffRate": 1.5}],
      "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "Refund Payment"}],
      "Next": "Paid?"
    },
    "Paid?": {
      "Type": "Choice",
      "Choices": [{"And": [{"Variable": "$.total", "NumericGreaterThan": 1000}, {"Variable": "$.total", "IsPresent": true}], "Next": "Ship"}],
      "Default": "Ship"
    },
    "Ship": {"Type": "Pass", "Result": {"carrier": "ground"}, "End": true},
    "Refund Payment": {"Type": "Fail", "Error": "PaymentFailed", "Cause": "the charge failed"}
  }
}
`,
	"reordered.json": `{"States": {"Hello": {"End": true, "Result": "world", "Type": "Pass"}}, "StartAt": "Hello"}`,
	"timestamp.json": `{"StartAt": "X", "States": {"X": {"Type": "Wait", "Timestamp": "2026-01-01T00:00:00+00:00",
  "End": true}}}`,
}

// TestCLINewCommands runs graph, import and diff in-process and compares
// their transcripts with snapshots/cli/<name>.txt.
func TestCLINewCommands(t *testing.T) {
	cases := []struct {
		name string
		args []string
		code int
	}{
		{"graph-help", []string{"graph", "--help"}, exitOK},
		{"graph-mermaid", []string{"graph", "orders.asl.json"}, exitOK},
		{"graph-dot", []string{"graph", "--format", "dot", "orders.asl.json"}, exitOK},
		{"graph-workflow", []string{"graph", "SeedChoice"}, exitOK},
		{"graph-bad-format", []string{"graph", "--format", "png", "orders.asl.json"}, exitUsage},
		{"graph-missing", []string{"graph", "Nope"}, exitUsage},
		{"graph-not-json", []string{"graph", "notjson.json"}, exitInvalid},
		{"graph-invalid", []string{"graph", "broken.json"}, exitOK},
		{"graph-no-args", []string{"graph"}, exitUsage},
		{"import-help", []string{"import", "--help"}, exitOK},
		{"import", []string{"import", "orders.asl.json"}, exitOK},
		{"import-main", []string{"import", "--main", "--func", "Orders", "orders.asl.json"}, exitOK},
		{"import-package", []string{"import", "--package", "billing", "orders.asl.json"}, exitOK},
		{"import-unsupported", []string{"import", "timestamp.json"}, exitInvalid},
		{"import-invalid", []string{"import", "broken.json"}, exitInvalid},
		{"import-bad-func", []string{"import", "--func", "1x", "orders.asl.json"}, exitUsage},
		{"diff-help", []string{"diff", "--help"}, exitOK},
		{"diff-equal", []string{"diff", "valid.json", "reordered.json"}, exitOK},
		{"diff-changed", []string{"diff", "orders.asl.json", "orders-v2.asl.json"}, exitInvalid},
		{"diff-workflows", []string{"diff", "JobPoller", "SeedChoice"}, exitInvalid},
		{"diff-not-json", []string{"diff", "valid.json", "notjson.json"}, exitInvalid},
		{"diff-one-arg", []string{"diff", "valid.json"}, exitUsage},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			chdirWithInputs(t)
			for name, content := range moreInputs {
				if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			checkTranscript(t, tc.name, tc.args, tc.code)
		})
	}
}

// TestGraphOut checks that --out writes the file in the format its
// extension names.
func TestGraphOut(t *testing.T) {
	chdirWithInputs(t)
	for _, c := range []struct{ file, prefix string }{{"p.svg", "<svg"}, {"p.dot", "digraph"}, {"p.mmd", "flowchart TD"}} {
		if code, _, stderr := runCLI("graph", "--out", c.file, "JobPoller"); code != exitOK {
			t.Fatalf("exit %d\n%s", code, stderr)
		}
		data, err := os.ReadFile(c.file)
		if err != nil || !strings.HasPrefix(string(data), c.prefix) {
			t.Errorf("%s does not start with %q: %v", c.file, c.prefix, err)
		}
	}
}
