package runtime

import (
	"strconv"
	"strings"

	"github.com/stepwise-go/stepwise/value"
)

// isSync reports whether the task waits for a job (".sync" or
// ".sync:2"): AWS then records TaskSubmitted, the start request's
// response, between TaskStarted and the task's outcome.
func (ts *taskSpec) isSync() bool {
	return strings.HasSuffix(ts.resourceName, ".sync") || strings.HasSuffix(ts.resourceName, ".sync:2")
}

// emitSubmitted records TaskSubmitted for a .sync task, with the
// response of the call that started the job.
func (t *thread) emitSubmitted(ts *taskSpec, params value.Value) {
	out := t.submitResponse(ts, params)
	t.emitTask(ts, "Submitted", details("output", jsonText(out), "outputDetails", notTruncated()))
}

// submitResponse is what the starting call of a .sync task returns, as
// the service's SDK shapes it. states:startExecution gives
// {ExecutionArn, SdkHttpMetadata, SdkResponseMetadata, StartDate}, the
// ARN derived from the StateMachineArn and Name parameters (a random
// name when Name is absent). Other services give the job identifiers
// their start call returns when they are in the parameters, else {}.
func (t *thread) submitResponse(ts *taskSpec, params value.Value) value.Value {
	p, _ := params.(*value.Object)
	str := func(k string) string {
		if p == nil {
			return ""
		}
		v, _ := p.Get(k)
		s, _ := v.(string)
		return s
	}
	out := value.NewObject(4)
	action := strings.SplitN(ts.resourceName, ".", 2)[0]
	if ts.resourceType != "states" || action != "startExecution" {
		return out
	}
	name := str("Name")
	if name == "" {
		name = newUUID(t.ex.random)
	}
	arn := executionArnFor(str("StateMachineArn"), name, "STANDARD")
	start := t.ex.now()
	body := `{"executionArn":` + string(value.AppendString(nil, arn)) +
		`,"startDate":` + strconv.FormatFloat(float64(start.UnixMilli())/1000, 'E', -1, 64) + `}`
	reqID := newUUID(t.ex.random)
	date := start.UTC().Format("Mon, 02 Jan 2006 15:04:05 GMT")
	length := strconv.Itoa(len(body))
	all := value.NewObject(5)
	all.Set("x-amzn-RequestId", []value.Value{reqID})
	all.Set("connection", []value.Value{"keep-alive"})
	all.Set("Content-Length", []value.Value{length})
	all.Set("Date", []value.Value{date})
	all.Set("Content-Type", []value.Value{"application/x-amz-json-1.0"})
	hdr := value.NewObject(5)
	hdr.Set("connection", "keep-alive")
	hdr.Set("Content-Length", length)
	hdr.Set("Content-Type", "application/x-amz-json-1.0")
	hdr.Set("Date", date)
	hdr.Set("x-amzn-RequestId", reqID)
	meta := value.NewObject(3)
	meta.Set("AllHttpHeaders", all)
	meta.Set("HttpHeaders", hdr)
	meta.Set("HttpStatusCode", float64(200))
	resp := value.NewObject(1)
	resp.Set("RequestId", reqID)
	out.Set("ExecutionArn", arn)
	out.Set("SdkHttpMetadata", meta)
	out.Set("SdkResponseMetadata", resp)
	out.Set("StartDate", float64(start.UnixMilli()))
	return out
}
