//go:build !race

package runtime_test

import (
	"context"
	"fmt"
	goruntime "runtime"
	"runtime/debug"
	"testing"
	"time"

	"github.com/stepwise-go/stepwise/runtime"
	"github.com/stepwise-go/stepwise/value"
)

// pollerMachine is JobPoller's shape: submit a job, wait, then wait for
// the job's callback (a task token) and choose on its status.
const pollerMachine = `{"StartAt":"Submit","States":{
  "Submit":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"submit","Payload.$":"$"},
    "ResultSelector":{"jobId.$":"$.Payload.jobId"},"ResultPath":"$.job","Next":"Wait"},
  "Wait":{"Type":"Wait","Seconds":30,"Next":"Poll"},
  "Poll":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken",
    "Parameters":{"QueueUrl":"q","MessageBody":{"token.$":"$$.Task.Token","jobId.$":"$.job.jobId"}},
    "ResultPath":"$.status","Next":"Done?"},
  "Done?":{"Type":"Choice","Choices":[{"Variable":"$.status.state","StringEquals":"SUCCEEDED","Next":"Done"}],"Default":"Failed"},
  "Done":{"Type":"Succeed"},
  "Failed":{"Type":"Fail","Error":"JobFailed"}}}`

// waitingExecutions starts n executions of the poller machine, waits
// until every one waits for its token, and returns the heap they hold
// then, the executions and their shared Callbacks.
func waitingExecutions(tb testing.TB, n int) (heap uint64, exs []*runtime.Execution, cb *runtime.Callbacks) {
	p, err := runtime.CompileDefinition([]byte(pollerMachine))
	if err != nil {
		tb.Fatal(err)
	}
	submit := func(_ context.Context, req *runtime.TaskRequest) (value.Value, error) {
		return value.ParseString(`{"StatusCode":200,"Payload":{"jobId":"j-1"}}`)
	}
	cb = runtime.NewCallbacks()
	in, _ := value.ParseString(`{"order":"o-1"}`)
	goruntime.GC()
	var before goruntime.MemStats
	goruntime.ReadMemStats(&before)
	exs = make([]*runtime.Execution, n)
	for i := range exs {
		exs[i] = p.Start(context.Background(), in, &runtime.Options{Name: fmt.Sprint("e", i), Callbacks: cb, Tasks: submit, Clock: fixedClock})
	}
	deadline := time.Now().Add(2 * time.Minute)
	for len(cb.Pending()) < n {
		if time.Now().After(deadline) {
			tb.Fatalf("only %d of %d executions reached the callback", len(cb.Pending()), n)
		}
		time.Sleep(10 * time.Millisecond)
	}
	goruntime.GC()
	var after goruntime.MemStats
	goruntime.ReadMemStats(&after)
	return after.HeapInuse + after.StackInuse - before.HeapInuse - before.StackInuse, exs, cb
}

// answerAll succeeds every pending task and checks each execution
// succeeds.
func answerAll(tb testing.TB, exs []*runtime.Execution, cb *runtime.Callbacks) {
	ok, _ := value.ParseString(`{"state":"SUCCEEDED"}`)
	for _, pt := range cb.Pending() {
		if err := cb.SendTaskSuccess(pt.Token, ok); err != nil {
			tb.Fatal(err)
		}
	}
	for _, ex := range exs {
		if r := ex.Wait(context.Background()); r.Status != runtime.Succeeded {
			tb.Fatalf("status %s: %s %s", r.Status, r.Error, r.Cause)
		}
	}
}

// TestTenThousandWaitingExecutionsFitInOneGiB is issue 12's budget: 10,000
// executions of a JobPoller-like machine waiting at once hold less than
// 1 GiB, and all finish once answered.
func TestTenThousandWaitingExecutionsFitInOneGiB(t *testing.T) {
	if testing.Short() {
		t.Skip("starts 10,000 executions")
	}
	debug.FreeOSMemory()
	heap, exs, cb := waitingExecutions(t, 10000)
	if heap > 1<<30 {
		t.Errorf("10,000 waiting executions hold %d MiB, budget 1 GiB", heap>>20)
	}
	t.Logf("10,000 waiting executions hold %d MiB (%d KiB each)", heap>>20, heap/10000>>10)
	answerAll(t, exs, cb)
}

// BenchmarkWaitingExecutions reports the memory one execution holds while
// it waits for a task token (KiB/execution), 10,000 at once.
func BenchmarkWaitingExecutions(b *testing.B) {
	for b.Loop() {
		heap, exs, cb := waitingExecutions(b, 10000)
		b.ReportMetric(float64(heap)/10000/1024, "KiB/execution")
		answerAll(b, exs, cb)
	}
}
