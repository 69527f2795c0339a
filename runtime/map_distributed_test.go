package runtime_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stepwise-go/stepwise/runtime"
	"github.com/stepwise-go/stepwise/value"
)

// distMap is a machine with one Distributed Map whose processor passes
// its input through; extra holds the Map's other fields.
func distMap(extra string) string {
	return `{"StartAt":"M","States":{"M":{"Type":"Map",` + extra + `,"ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}}}`
}

func reader(params, config string) string {
	s := `"ItemReader":{"Resource":"arn:aws:states:::s3:getObject","Parameters":` + params
	if config != "" {
		s += `,"ReaderConfig":` + config
	}
	return s + `}`
}

// TestDistributedMap runs Distributed Maps over the local S3 fixtures in
// testdata/s3 (bucket "data"), one passing and one failing case per rule.
func TestDistributedMap(t *testing.T) {
	root := filepath.Join("testdata", "s3")
	tests := []struct {
		name, extra, input string
		status             runtime.Status
		output             string // SUCCEEDED
		error, cause       string // otherwise (cause: a substring)
	}{
		{"inline items", `"ItemsPath":"$.xs"`, `{"xs":[1,2]}`, runtime.Succeeded, `[1,2]`, "", ""},
		{"json", reader(`{"Bucket":"data","Key":"items.json"}`, ""), `{}`, runtime.Succeeded, `[{"id":1},{"id":2},{"id":3},{"id":4},{"id":5}]`, "", ""},
		{"json missing key", reader(`{"Bucket":"data","Key":"nope.json"}`, ""), `{}`, runtime.Failed, "", "States.ItemReaderFailed", "nope.json"},
		{"json not an array", reader(`{"Bucket":"data","Key":"list/one.json"}`, ""), `{}`, runtime.Failed, "", "States.ItemReaderFailed", "must be an array"},
		{"parameters by path", reader(`{"Bucket.$":"$.b","Key.$":"$.k"}`, `{"InputType":"JSON","MaxItems":2}`), `{"b":"data","k":"items.json"}`, runtime.Succeeded, `[{"id":1},{"id":2}]`, "", ""},
		{"max items path", reader(`{"Bucket":"data","Key":"items.json"}`, `{"InputType":"JSON","MaxItemsPath":"$.n"}`), `{"n":1}`, runtime.Succeeded, `[{"id":1}]`, "", ""},
		{"max items path not a number", reader(`{"Bucket":"data","Key":"items.json"}`, `{"InputType":"JSON","MaxItemsPath":"$.n"}`), `{"n":"x"}`, runtime.Failed, "", "States.Runtime", "MaxItemsPath"},
		{"jsonl", reader(`{"Bucket":"data","Key":"items.jsonl"}`, `{"InputType":"JSONL"}`), `{}`, runtime.Succeeded, `[{"id":1},{"id":2},{"id":3}]`, "", ""},
		{"jsonl bad line", reader(`{"Bucket":"data","Key":"bad.jsonl"}`, `{"InputType":"JSONL"}`), `{}`, runtime.Failed, "", "States.ItemReaderFailed", "line 2"},
		{"csv first row with quotes", reader(`{"Bucket":"data","Key":"people.csv"}`, `{"InputType":"CSV","CSVHeaderLocation":"FIRST_ROW"}`), `{}`, runtime.Succeeded, `[{"name":"ann","note":"hello, world"},{"name":"bob","note":"say \"hi\""}]`, "", ""},
		{"csv given headers and pipe", reader(`{"Bucket":"data","Key":"given.csv"}`, `{"InputType":"CSV","CSVHeaderLocation":"GIVEN","CSVHeaders":["who","n"],"CSVDelimiter":"PIPE"}`), `{}`, runtime.Succeeded, `[{"who":"ann","n":"1"},{"who":"bob","n":"2"}]`, "", ""},
		{"csv bad quoting", reader(`{"Bucket":"data","Key":"bad.csv"}`, `{"InputType":"CSV","CSVHeaderLocation":"FIRST_ROW"}`), `{}`, runtime.Failed, "", "States.ItemReaderFailed", "bad CSV"},
		{"list objects", `"ItemReader":{"Resource":"arn:aws:states:::s3:listObjectsV2","Parameters":{"Bucket":"data","Prefix":"list/"}},"ItemSelector":{"k.$":"$$.Map.Item.Value.Key","i.$":"$$.Map.Item.Index"}`, `{}`, runtime.Succeeded, `[{"k":"list/one.json","i":0},{"k":"list/sub/two.txt","i":1}]`, "", ""},
		{"list missing bucket", `"ItemReader":{"Resource":"arn:aws:states:::s3:listObjectsV2","Parameters":{"Bucket":"nobucket"}}`, `{}`, runtime.Failed, "", "States.ItemReaderFailed", "nobucket"},
		{"batcher", `"ItemsPath":"$.xs","ItemBatcher":{"MaxItemsPerBatch":2,"BatchInput":{"b.$":"$.tag"}}`, `{"xs":[1,2,3],"tag":"t"}`, runtime.Succeeded, `[{"BatchInput":{"b":"t"},"Items":[1,2]},{"BatchInput":{"b":"t"},"Items":[3]}]`, "", ""},
		{"batcher by bytes", `"ItemsPath":"$.xs","ItemBatcher":{"MaxInputBytesPerBatchPath":"$.n"}`, `{"xs":["aaaa","bbbb","cccc"],"n":25}`, runtime.Succeeded, `[{"Items":["aaaa","bbbb"]},{"Items":["cccc"]}]`, "", ""},
		{"batcher path missing", `"ItemsPath":"$.xs","ItemBatcher":{"MaxItemsPerBatchPath":"$.n"}`, `{"xs":[1]}`, runtime.Failed, "", "States.Runtime", "$.n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, evs := run(t, distMap(tc.extra), tc.input, &runtime.Options{S3Root: root})
			if r.Status != tc.status {
				t.Fatalf("status %s (%s: %s), want %s", r.Status, r.Error, r.Cause, tc.status)
			}
			if tc.status == runtime.Succeeded {
				if got := jsonOf(r.Output); got != tc.output {
					t.Errorf("output\n got %s\nwant %s", got, tc.output)
				}
				if eventDetails(evs, "MapRunStarted") == "" || eventDetails(evs, "MapRunSucceeded") == "" {
					t.Errorf("history lacks MapRunStarted/MapRunSucceeded")
				}
				return
			}
			if r.Error != tc.error || !strings.Contains(r.Cause, tc.cause) {
				t.Errorf("got %s %q, want %s containing %q", r.Error, r.Cause, tc.error, tc.cause)
			}
		})
	}
}

// TestDistributedMapNeedsS3Root: an ItemReader without Options.S3Root
// fails naming the state and the flag.
func TestDistributedMapNeedsS3Root(t *testing.T) {
	r, _ := run(t, distMap(reader(`{"Bucket":"data","Key":"items.json"}`, "")), `{}`, nil)
	if r.Status != runtime.Failed || r.Err != runtime.ErrNoS3Root || !strings.Contains(r.Cause, "'M'") || !strings.Contains(r.Cause, "--s3-dir") {
		t.Fatalf("got %s %v %q", r.Status, r.Err, r.Cause)
	}
}

// TestDistributedMapTolerance: failed children beyond
// ToleratedFailureCount/Percentage fail the state with
// States.ExceedToleratedFailureThreshold and MapRunFailed; within them,
// the state succeeds with the failures' error outputs.
func TestDistributedMapTolerance(t *testing.T) {
	def := func(tol string) string {
		return `{"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$",` + tol + `"ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"EXPRESS"},"StartAt":"C","States":{"C":{"Type":"Choice","Choices":[{"Variable":"$","NumericEquals":2,"Next":"F"}],"Default":"P"},"F":{"Type":"Fail","Error":"Two","Cause":"no twos"},"P":{"Type":"Pass","End":true}}},"End":true}}}`
	}
	tests := []struct {
		tol    string
		status runtime.Status
	}{
		{``, runtime.Failed},
		{`"ToleratedFailureCount":1,`, runtime.Succeeded},
		{`"ToleratedFailurePercentage":10,`, runtime.Failed},
		{`"ToleratedFailurePercentage":50,`, runtime.Succeeded},
	}
	for _, tc := range tests {
		r, evs := run(t, def(tc.tol), `[1,2,3]`, nil)
		if r.Status != tc.status {
			t.Errorf("%s: status %s %s", tc.tol, r.Status, r.Error)
			continue
		}
		if tc.status == runtime.Failed {
			if r.Error != "States.ExceedToleratedFailureThreshold" || eventDetails(evs, "MapRunFailed") == "" {
				t.Errorf("%s: %s, MapRunFailed %q", tc.tol, r.Error, eventDetails(evs, "MapRunFailed"))
			}
		} else if got := jsonOf(r.Output); got != `[1,{"Error":"Two","Cause":"no twos"},3]` {
			t.Errorf("%s: output %s", tc.tol, got)
		}
	}
}

// TestDistributedMapResultWriter: the results go to files under
// Prefix/<map run id>/ and the state's result points at the manifest.
func TestDistributedMapResultWriter(t *testing.T) {
	root := t.TempDir()
	def := `{"StartAt":"M","States":{"M":{"Type":"Map","Label":"Fan","ItemsPath":"$","ToleratedFailureCount":5,"ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},"StartAt":"C","States":{"C":{"Type":"Choice","Choices":[{"Variable":"$","NumericEquals":2,"Next":"F"}],"Default":"P"},"F":{"Type":"Fail","Error":"Two"},"P":{"Type":"Pass","End":true}}},"ResultWriter":{"Resource":"arn:aws:states:::s3:putObject","Parameters":{"Bucket":"out","Prefix":"runs"}},"End":true}}}`
	r, evs := run(t, def, `[1,2,3]`, &runtime.Options{S3Root: root, StateMachineArn: "arn:aws:states:us-east-1:123456789012:stateMachine:Big"})
	if r.Status != runtime.Succeeded {
		t.Fatalf("status %s %s %s", r.Status, r.Error, r.Cause)
	}
	out := r.Output.(*value.Object)
	arn, _ := out.Get("MapRunArn")
	if !strings.HasPrefix(arn.(string), "arn:aws:states:us-east-1:123456789012:mapRun:Big/Fan:") {
		t.Errorf("MapRunArn %v", arn)
	}
	if !strings.Contains(eventDetails(evs, "MapRunStarted"), arn.(string)) {
		t.Errorf("MapRunStarted %s", eventDetails(evs, "MapRunStarted"))
	}
	det, _ := out.Get("ResultWriterDetails")
	key, _ := det.(*value.Object).Get("Key")
	manifest, err := os.ReadFile(filepath.Join(root, "out", filepath.FromSlash(key.(string))))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(key.(string), "runs/") || !strings.Contains(string(manifest), `"DestinationBucket":"out"`) {
		t.Errorf("key %s manifest %s", key, manifest)
	}
	dir := filepath.Dir(filepath.Join(root, "out", filepath.FromSlash(key.(string))))
	ok, _ := os.ReadFile(filepath.Join(dir, "SUCCEEDED_0.json"))
	bad, _ := os.ReadFile(filepath.Join(dir, "FAILED_0.json"))
	if strings.Count(string(ok), `"Status":"SUCCEEDED"`) != 2 || strings.Count(string(bad), `"Error":"Two"`) != 1 {
		t.Errorf("SUCCEEDED_0.json %s\nFAILED_0.json %s", ok, bad)
	}
	if !strings.Contains(string(ok), `:execution:Big/Fan:`) {
		t.Errorf("child ARN shape: %s", ok)
	}
}
