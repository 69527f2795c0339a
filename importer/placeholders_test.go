package importer

import (
	"errors"
	"strings"
	"testing"

	"github.com/stepwise-go/stepwise/asl"
)

// TestImportWaitZeroImportsNoTime: "time" is imported only when a
// duration other than 0 is written (TestCompiledRoundTrip builds it).
func TestImportWaitZeroImportsNoTime(t *testing.T) {
	for _, tc := range []struct {
		seconds  string
		wantTime bool
	}{{"0", false}, {"1", true}} {
		src, err := Import([]byte(wrapState(`{"Type": "Wait", "Seconds": `+tc.seconds+`, "Next": "E"}`)), Options{})
		if err != nil {
			t.Fatalf("Seconds %s: %v", tc.seconds, err)
		}
		if got := strings.Contains(string(src), `"time"`); got != tc.wantTime {
			t.Errorf("Seconds %s: imports time = %v, want %v\n%s", tc.seconds, got, tc.wantTime, src)
		}
	}
}

// TestImportEndFalseWithNext: "End": false beside Next is refused with
// the validator's next-and-end problem at End; without End it imports.
func TestImportEndFalseWithNext(t *testing.T) {
	_, err := Import([]byte(wrapState(`{"Type": "Pass", "End": false, "Next": "E"}`)), Options{})
	var ie *Error
	if !errors.As(err, &ie) || len(ie.Invalid) == 0 {
		t.Fatalf("End false + Next: err = %v, want an *Error with problems", err)
	}
	found := false
	for _, d := range ie.Invalid {
		found = found || (d.Code == asl.CodeNextAndEnd && d.At.Pointer() == "/States/S/End")
	}
	if !found || !strings.Contains(err.Error(), "/States/S/End") {
		t.Errorf("End false + Next: want next-and-end at /States/S/End, got:\n%v", err)
	}
	if _, err := Import([]byte(wrapState(`{"Type": "Pass", "Next": "E"}`)), Options{}); err != nil {
		t.Errorf("Pass with Next only: %v", err)
	}
}

// TestImportNamesPlaceholders: when a definition holding "${…}"
// placeholders cannot be imported, the error says they are the likely
// obstacle and where they are, instead of blaming stepwise; without
// placeholders it does not mention them.
func TestImportNamesPlaceholders(t *testing.T) {
	const callback = `{"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "%s", "Parameters": {"FunctionName": "f"}, "End": true}}}`
	cases := []struct {
		name, resource string
		want, notWant  []string
	}{
		{"partition placeholder", "arn:${AWS::Partition}:states:::lambda:invoke.waitForTaskToken",
			[]string{"deploy-time placeholders", "/States/T/Resource", "substitute real values"}, []string{"a bug in stepwise import"}},
		{"real partition", "arn:aws:states:::lambda:invoke.waitForTaskToken",
			[]string{"task-token"}, []string{"placeholder"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Import([]byte(strings.Replace(callback, "%s", tc.resource, 1)), Options{})
			if err == nil {
				t.Fatal("imported a callback task that passes no task token")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error lacks %q:\n%v", w, err)
				}
			}
			for _, w := range tc.notWant {
				if strings.Contains(err.Error(), w) {
					t.Errorf("error has %q:\n%v", w, err)
				}
			}
		})
	}
}

func TestPlaceholders(t *testing.T) {
	got := placeholders([]byte(`{"a/b": ["x", "${X}"], "c": {"d~": "arn:${AWS::Partition}:s"}, "e": "$.f"}`))
	want := []string{"/a~1b/1", "/c/d~0"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("placeholders = %q, want %q", got, want)
	}
	if got := placeholders([]byte(`{"a": "${"}`)); len(got) != 1 {
		t.Errorf("placeholders of an unclosed ${ = %q, want one", got)
	}
}
