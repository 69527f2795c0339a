package importer

import (
	"errors"
	"strings"
	"testing"

	"github.com/stepwise-go/stepwise/constructs/jsontree"
	"github.com/stepwise-go/stepwise/constructs/workflows"
	"github.com/stepwise-go/stepwise/snapshots"
)

// TestGoldenExamples pins the Go that the example workflows import to
// (a review aid: the generated code is what users read).
func TestGoldenExamples(t *testing.T) {
	for _, w := range workflows.All() {
		t.Run(w.Name, func(t *testing.T) {
			data, err := w.Build().Synth()
			if err != nil {
				t.Fatal(err)
			}
			src, err := Import(data, Options{Func: w.Name})
			if err != nil {
				t.Fatal(err)
			}
			snapshots.Check(t, "import/"+w.Name+".go.txt", src)
		})
	}
}

// TestUnsupported checks that what the DSL cannot express is refused with
// the field's JSON pointer, and that nothing else is reported.
func TestUnsupported(t *testing.T) {
	wrap := func(state string) string {
		return `{"StartAt": "S", "States": {"S": ` + state + `, "E": {"Type": "Succeed"}}}`
	}
	cases := []struct{ def, pointer string }{
		{wrap(`{"Type": "Pass", "Parameters": ["x"], "Next": "E"}`), "/States/S/Parameters"},
		{wrap(`{"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage", "Credentials": {"RoleArn.$": "$.r"}, "Next": "E"}`), "/States/S/Credentials"},
		{wrap(`{"Type": "Choice", "Choices": [{"Variable": "$.x", "IsNull": true, "Comment": "c", "Next": "E"}]}`), "/States/S/Choices/0/Comment"},
		{wrap(`{"Type": "Choice", "InputPath": null, "Choices": [{"Variable": "$.x", "IsNull": true, "Next": "E"}]}`), "/States/S/InputPath"},
		{wrap(`{"Type": "Wait", "Timestamp": "2024-01-01T00:00:00+00:00", "Next": "E"}`), "/States/S/Timestamp"},
		{wrap(`{"Type": "Choice", "Choices": [{"Variable": "$.t", "TimestampEquals": "2024-01-01T00:00:00.500Z", "Next": "E"}]}`), "/States/S/Choices/0/TimestampEquals"},
		{wrap(`{"Type": "Parallel", "Branches": [{"Comment": "b", "StartAt": "B", "States": {"B": {"Type": "Succeed"}}}], "Next": "E"}`), "/States/S/Branches/0/Comment"},
		{`{"QueryLanguage": "JSONata", "StartAt": "S", "States": {"S": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage", "TimeoutSeconds": "{% $t %}", "End": true}}}`, "/States/S/TimeoutSeconds"},
	}
	for _, tc := range cases {
		_, err := Import([]byte(tc.def), Options{})
		var ie *Error
		if !errors.As(err, &ie) || len(ie.Unsupported) != 1 || ie.Unsupported[0].Pointer != tc.pointer {
			t.Errorf("%s\nerr = %v, want one unsupported field at %s", tc.def, err, tc.pointer)
			continue
		}
		if !strings.Contains(err.Error(), tc.pointer+": ") {
			t.Errorf("the message does not name %s: %v", tc.pointer, err)
		}
	}
}

func TestNormalize(t *testing.T) {
	in, _ := jsontree.Parse([]byte(`{"StartAt": "M", "States": {"M": {"Type": "Map", "Parameters": {"a.$": "$.x"},
		"Iterator": {"StartAt": "N", "States": {"N": {"Type": "Map", "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}, "End": true}}}, "End": true}}}`))
	want, _ := jsontree.Parse([]byte(`{"StartAt": "M", "States": {"M": {"Type": "Map", "ItemSelector": {"a.$": "$.x"},
		"ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "N", "States": {"N": {"Type": "Map",
		"ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}, "End": true}}}, "End": true}}}`))
	if got := Normalize(in); !jsontree.Equal(got, want) {
		t.Errorf("Normalize gave %s", jsontree.Pretty.Append(nil, got, 0))
	}
	if in.Get("States").Get("M").Get("Iterator") == nil {
		t.Errorf("Normalize changed its argument")
	}
}

func TestOptions(t *testing.T) {
	def := []byte(`{"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}`)
	for _, o := range []Options{{Func: "main"}, {Func: "1x"}, {Func: "if"}, {Package: "a-b"}} {
		if _, err := Import(def, o); err == nil {
			t.Errorf("Import accepted %+v", o)
		}
	}
	src, err := Import(def, Options{})
	if err != nil || !strings.Contains(string(src), "package workflows") || !strings.Contains(string(src), "func Workflow()") {
		t.Errorf("defaults: %v\n%s", err, src)
	}
	if FuncName("job-poller.asl.json") != "JobPoller" || FuncName("42.json") != "Workflow42" || FuncName("名前.json") != "Workflow" {
		t.Errorf("FuncName: %q %q %q", FuncName("job-poller.asl.json"), FuncName("42.json"), FuncName("名前.json"))
	}
}

// FuzzImport imports whatever parses: it must refuse or give Go that
// parses, never panic.
func FuzzImport(f *testing.F) {
	f.Add(awkwardMachine("A", "B", "C"))
	f.Add([]byte(`{"StartAt": "M", "States": {"M": {"Type": "Map", "Iterator": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}, "End": true}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkImport(t, data)
	})
}
