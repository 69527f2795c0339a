package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stepwise-go/stepwise/snapshots"
)

// Inputs written into a temporary folder for each test, so that the
// printed file names are short and stable.
var inputFiles = map[string]string{
	"valid.json": `{"StartAt":"Hello","States":{"Hello":{"Type":"Pass","Result":"world","End":true}}}`,
	"broken.json": `{
  "StartAt": "Charge",
  "States": {
    "Charge": {
      "Type": "Task",
      "Resource": "arn:aws:states:::lambda:invoke",
      "Retry": [{"ErrorEquals": ["States.ALL"], "BackoffRate": 0.5}, {"ErrorEquals": ["Payment.Declined"]}],
      "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Refund"}],
      "Next": "Done"
    },
    "Done": {"Type": "Succeed", "Next": "Charge"},
    "Orphan": {"Type": "Pass", "End": true}
  }
}
`,
	"notjson.json": `{"StartAt": "A",,}`,
	"express.json": `{"StartAt":"Run","States":{"Run":{"Type":"Task","Resource":"arn:aws:states:::states:startExecution.sync:2","Parameters":{"StateMachineArn":"arn:aws:states:us-east-1:123456789012:stateMachine:Child"},"End":true}}}`,
	"ansi.json":    `{"StartAt":"Go","States":{"Go":{"Type":"Pass","Next":"\u001b[2J\u001b[31mred\u009b"}}}`,
}

// TestCLI runs the command in-process and compares exit code, stdout and
// stderr with snapshots/cli/<name>.txt.
func TestCLI(t *testing.T) {
	cases := []struct {
		name string
		args []string
		code int
	}{
		{"no-arguments", nil, exitUsage},
		{"help", []string{"--help"}, exitOK},
		{"unknown-command", []string{"deploy"}, exitUsage},
		{"synth-help", []string{"synth", "--help"}, exitOK},
		{"synth-unknown-workflow", []string{"synth", "Nope"}, exitUsage},
		{"validate-valid", []string{"validate", "valid.json"}, exitOK},
		{"validate-invalid", []string{"validate", "valid.json", "broken.json", "notjson.json"}, exitInvalid},
		{"validate-json", []string{"validate", "--json", "broken.json"}, exitInvalid},
		{"validate-json-after-file", []string{"validate", "broken.json", "--json"}, exitInvalid},
		{"fmt-flag-after-file", []string{"fmt", "valid.json", "--bogus"}, exitUsage},
		{"validate-missing-file", []string{"validate", "missing.json"}, exitUsage},
		{"validate-no-files", []string{"validate"}, exitUsage},
		{"validate-help", []string{"validate", "--help"}, exitOK},
		{"validate-type-express", []string{"validate", "--type", "EXPRESS", "express.json", "valid.json"}, exitInvalid},
		{"validate-type-standard", []string{"validate", "--type=standard", "express.json"}, exitOK},
		{"validate-type-unknown", []string{"validate", "--type", "FAST", "valid.json"}, exitUsage},
		{"validate-control-characters", []string{"validate", "ansi.json"}, exitInvalid},
		{"validate-order", []string{"validate", "notjson.json", "valid.json", "broken.json", "express.json", "notjson.json"}, exitInvalid},
		{"fmt", []string{"fmt", "valid.json"}, exitOK},
		{"fmt-not-json", []string{"fmt", "notjson.json"}, exitInvalid},
		{"fmt-bad-flag", []string{"fmt", "--bogus"}, exitUsage},
		{"fmt-help", []string{"fmt", "--help"}, exitOK},
		{"jsonata-help", []string{"jsonata", "--help"}, exitOK},
		{"jsonata-value", []string{"jsonata", "a.b", "--input", `{"a":[{"b":1},{"b":2}]}`}, exitOK},
		{"jsonata-undefined", []string{"jsonata", "--json", "nothing"}, exitOK},
		{"jsonata-json", []string{"jsonata", "$x * 2", "--bindings", `{"x": 21}`, "--json"}, exitOK},
		{"jsonata-error", []string{"jsonata", `1 + "a"`}, exitInvalid},
		{"jsonata-error-json", []string{"jsonata", `$substring("a", "b")`, "--json"}, exitInvalid},
		{"jsonata-error-position-utf16", []string{"jsonata", `"é😀" & $number("x")`, "--json"}, exitInvalid},
		{"jsonata-syntax-error", []string{"jsonata", "(1", "--json"}, exitInvalid},
		{"jsonata-syntax-error-line", []string{"jsonata", `"😀" & [1, 2`}, exitInvalid},
		{"jsonata-syntax-error-regex", []string{"jsonata", `$match("a", /a**/)`, "--json"}, exitInvalid},
		{"jsonata-bad-input", []string{"jsonata", "1", "--input", "{"}, exitUsage},
		{"jsonata-no-expr", []string{"jsonata"}, exitUsage},
		{"run-help", []string{"run", "--help"}, exitOK},
		{"run-no-definition", []string{"run"}, exitUsage},
		{"serve-help", []string{"serve", "--help"}, exitOK},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			chdirWithInputs(t)
			checkTranscript(t, tc.name, tc.args, tc.code)
		})
	}
}

// checkTranscript runs stepwise with args in the current directory,
// checks its exit code and compares the transcript (command line, exit
// code, stdout, stderr) with the golden file cli/NAME.txt.
func checkTranscript(t *testing.T, name string, args []string, want int) {
	t.Helper()
	code, stdout, stderr := runCLI(args...)
	if code != want {
		t.Errorf("exit code = %d, want %d\nstderr:\n%s", code, want, stderr)
	}
	transcript := "$ stepwise " + strings.Join(args, " ") + "\nexit " + strconv.Itoa(code) +
		"\n--- stdout\n" + stdout + "--- stderr\n" + stderr
	snapshots.Check(t, "cli/"+name+".txt", []byte(transcript))
}

// TestSynthMatchesGoldens checks that `stepwise synth NAME` prints the
// golden ASL of each example, and `synth` alone prints them all in order.
func TestSynthMatchesGoldens(t *testing.T) {
	var all []byte
	for _, name := range workflowNames() {
		code, stdout, stderr := runCLI("synth", name)
		if code != exitOK {
			t.Fatalf("synth %s: exit %d\n%s", name, code, stderr)
		}
		snapshots.Check(t, name+".asl.json", []byte(stdout))
		all = append(all, stdout...)
	}
	if _, stdout, _ := runCLI("synth"); stdout != string(all) {
		t.Errorf("synth without names does not print every workflow in order")
	}
}

func TestSynthOut(t *testing.T) {
	dir := t.TempDir()
	code, stdout, stderr := runCLI("synth", "--out", dir, "JobPoller", "SeedChoice")
	if code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	for _, name := range []string{"JobPoller", "SeedChoice"} {
		path := filepath.Join(dir, name+".asl.json")
		if !strings.Contains(stdout, path) {
			t.Errorf("stdout does not list %s:\n%s", path, stdout)
		}
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		snapshots.Check(t, name+".asl.json", got)
	}
}

func TestFmtWrite(t *testing.T) {
	chdirWithInputs(t)
	if code, _, stderr := runCLI("fmt", "-w", "valid.json"); code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	got, _ := os.ReadFile("valid.json")
	_, want, _ := runCLI("fmt", "valid.json")
	if string(got) != want {
		t.Errorf("fmt -w wrote:\n%s\nwant:\n%s", got, want)
	}
	if code, _, _ := runCLI("fmt", "-w", "notjson.json"); code != exitInvalid {
		t.Errorf("fmt -w on a broken file: exit %d, want %d", code, exitInvalid)
	}
	if b, _ := os.ReadFile("notjson.json"); string(b) != inputFiles["notjson.json"] {
		t.Errorf("fmt -w changed a file it could not parse")
	}
}

func runCLI(args ...string) (int, string, string) {
	var stdout, stderr bytes.Buffer
	code := run(args, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

func chdirWithInputs(t *testing.T) {
	t.Helper()
	dir := t.TempDir()
	for name, content := range inputFiles {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
}
