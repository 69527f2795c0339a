package importer

import (
	"errors"
	"strings"
	"testing"

	"github.com/stepwise-go/stepwise/constructs/workflows"
	"github.com/stepwise-go/stepwise/jsontree"
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
	cases := []struct{ def, pointer string }{
		{wrapState(`{"Type": "Wait", "Timestamp": "2024-01-01T00:00:00+00:00", "Next": "E"}`), "/States/S/Timestamp"},
		{wrapState(`{"Type": "Choice", "Choices": [{"Variable": "$.t", "TimestampEquals": "2024-01-01T00:00:00.500Z", "Next": "E"}]}`), "/States/S/Choices/0/TimestampEquals"},
		{wrapState(`{"Type": "Choice", "Choices": [{"Not": {"Variable": "$.t", "TimestampLessThan": "2024-01-01T00:00:00+00:00", "Comment": "c"}, "Next": "E"}]}`), "/States/S/Choices/0/Not/TimestampLessThan"},
		// (A Wait of 99999999999 seconds was a case here; validation now
		// refuses Seconds above 99999999, as AWS does, before import.)
		{wrapState(`{"Type": "Map", "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"}, "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}},
			"ItemReader": {"Resource": "arn:aws:states:::s3:listObjectsV2", "Parameters": {"Bucket": "b", "RequestPayer": "requester"}}, "Next": "E"}`), "/States/S/ItemReader"},
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

// wrapState returns a machine whose state S is state, followed by a
// Succeed named E.
func wrapState(state string) string {
	return `{"StartAt": "S", "States": {"S": ` + state + `, "E": {"Type": "Succeed"}}}`
}

// onceRefused are definitions with fields the importer used to refuse;
// each must now import exactly (TestCompiledRoundTrip also builds them).
var onceRefused = []string{
	wrapState(`{"Type": "Pass", "Parameters": ["x", {"id.$": "$$.Execution.Id"}], "Next": "E"}`),
	wrapState(`{"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage", "Credentials": {"RoleArn.$": "$.r"}, "Next": "E"}`),
	wrapState(`{"Type": "Choice", "InputPath": null, "OutputPath": null, "Choices": [{"Variable": "$.x", "IsNull": true, "Comment": "c", "Next": "E"}]}`),
	wrapState(`{"Type": "Choice", "Choices": [{"Not": {"Comment": "n", "Or": [{"Comment": "o", "Variable": "$.x", "IsNull": true}]}, "Next": "E"}]}`),
	wrapState(`{"Type": "Wait", "Seconds": 1, "InputPath": null, "OutputPath": null, "Next": "E"}`),
	// A Wait of 0 seconds printed sfn.WaitDuration(0) but imported "time"
	// too, so the generated file did not compile.
	wrapState(`{"Type": "Wait", "Seconds": 0, "Next": "E"}`),
	`{"StartAt": "S", "States": {"S": {"Type": "Succeed", "InputPath": null, "OutputPath": null}}}`,
	wrapState(`{"Type": "Parallel", "InputPath": null, "OutputPath": null, "Parameters": "$.foo", "Branches": [
		{"Comment": "b", "StartAt": "B", "States": {"B": {"Type": "Succeed"}}},
		{"StartAt": "C", "States": {"C": {"Type": "Succeed"}}},
		{"Comment": "d", "StartAt": "D", "States": {"D": {"Type": "Succeed"}}}], "Next": "E"}`),
	wrapState(`{"Type": "Map", "InputPath": null, "OutputPath": null, "ItemSelector": 3,
		"ItemProcessor": {"Comment": "each", "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}, "Next": "E"}`),
	wrapState(`{"Type": "Map", "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"}, "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}},
		"ItemReader": {"Resource": "arn:aws:states:::s3:listObjectsV2", "Parameters": {"Bucket.$": "$.bucket"}},
		"ResultWriter": {"Resource": "arn:aws:states:::s3:putObject", "Parameters": {"Bucket": "out"}}, "Next": "E"}`),
	`{"QueryLanguage": "JSONata", "StartAt": "S", "States": {"S": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage",
		"TimeoutSeconds": "{% $t %}", "HeartbeatSeconds": "{%$h%}", "Credentials": {"RoleArn": "{% $role %}"}, "Next": "M"},
		"M": {"Type": "Map", "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS"}, "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}},
		"ToleratedFailureCount": "{% $n %}", "ToleratedFailurePercentage": "{% $p %}", "End": true}}}`,
}

func TestOnceRefused(t *testing.T) {
	for _, def := range onceRefused {
		if _, err := NewPlan([]byte(def), "Workflow"); err != nil {
			t.Errorf("%s\n%v", def, err)
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
