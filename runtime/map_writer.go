package runtime

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/stepwise-go/stepwise/value"
)

// writeResults runs the ResultWriter: under S3Root/Bucket/Prefix/<map run
// id>/ it writes SUCCEEDED_0.json, FAILED_0.json and PENDING_0.json (the
// children's descriptions, as DescribeExecution gives them) and
// manifest.json listing them, then returns the state's result as AWS
// documents it: {"MapRunArn", "ResultWriterDetails": {"Bucket", "Key"}}.
func (t *thread) writeResults(w *ioSpec, runArn, runID string, runs []childRun, env *evalEnv) (value.Value, *failure) {
	var params value.Value
	if w.params != nil {
		var f *failure
		if params, f = w.params.eval(env); f != nil {
			return nil, f
		}
	}
	bucket := objectString(params, "Bucket")
	prefix := strings.TrimSuffix(objectString(params, "Prefix"), "/")
	dirKey := runID
	if prefix != "" {
		dirKey = prefix + "/" + runID
	}
	dir, f := t.s3Path(bucket, dirKey)
	if f != nil {
		return nil, f
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fail(ErrResultWriterFailed, t.prefix()+err.Error())
	}
	groups := map[string][]value.Value{"SUCCEEDED": {}, "FAILED": {}, "PENDING": {}}
	for _, r := range runs {
		switch r.status {
		case Succeeded:
			groups["SUCCEEDED"] = append(groups["SUCCEEDED"], t.describeChild(r))
		case Failed, TimedOut, Aborted:
			groups["FAILED"] = append(groups["FAILED"], t.describeChild(r))
		}
	}
	files := value.NewObject(3)
	for _, status := range []string{"FAILED", "PENDING", "SUCCEEDED"} {
		list := []value.Value{}
		if len(groups[status]) > 0 {
			name := status + "_0.json"
			data := value.Marshal(groups[status])
			if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
				return nil, fail(ErrResultWriterFailed, t.prefix()+err.Error())
			}
			entry := value.NewObject(2)
			entry.Set("Key", dirKey+"/"+name)
			entry.Set("Size", float64(len(data)))
			list = append(list, entry)
		}
		files.Set(status, list)
	}
	manifest := value.NewObject(3)
	manifest.Set("DestinationBucket", bucket)
	manifest.Set("MapRunArn", runArn)
	manifest.Set("ResultFiles", files)
	if err := os.WriteFile(filepath.Join(dir, "manifest.json"), value.Marshal(manifest), 0o644); err != nil {
		return nil, fail(ErrResultWriterFailed, fmt.Sprintf("%s%v", t.prefix(), err))
	}
	loc := value.NewObject(2)
	loc.Set("Bucket", bucket)
	loc.Set("Key", dirKey+"/manifest.json")
	out := value.NewObject(2)
	out.Set("MapRunArn", runArn)
	out.Set("ResultWriterDetails", loc)
	return out, nil
}

// describeChild is one child execution as the result files hold it.
func (t *thread) describeChild(r childRun) value.Value {
	o := value.NewObject(14)
	if r.status != Succeeded {
		o.Set("Cause", r.cause)
		o.Set("Error", r.err)
	}
	o.Set("ExecutionArn", r.arn)
	o.Set("Input", jsonText(r.input))
	included := value.NewObject(1)
	included.Set("Included", true)
	o.Set("InputDetails", included)
	o.Set("Name", r.name)
	if r.status == Succeeded {
		o.Set("Output", jsonText(r.output))
		o.Set("OutputDetails", included)
	}
	o.Set("RedriveCount", 0.0)
	o.Set("RedriveStatus", "NOT_REDRIVABLE")
	o.Set("RedriveStatusReason", "Execution is SUCCEEDED and cannot be redriven")
	if r.status != Succeeded {
		o.Set("RedriveStatusReason", "Execution is a child of a Map Run and must be redriven with the parent")
	}
	o.Set("StartDate", formatTime(r.start))
	o.Set("StateMachineArn", distributedArn(t.ex.opts.StateMachineArn, "stateMachine", t.state.mapSpec.dist.label, ""))
	o.Set("Status", string(r.status))
	o.Set("StopDate", formatTime(r.stop))
	return o
}
