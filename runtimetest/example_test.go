package runtimetest_test

import (
	"fmt"

	"github.com/stepwise-go/stepwise/constructs/workflows"
	"github.com/stepwise-go/stepwise/runtimetest"
)

// printT stands in for *testing.T in examples: it prints failures.
type printT struct{}

func (printT) Helper()                           {}
func (printT) Cleanup(func())                    {}
func (printT) Errorf(format string, args ...any) { fmt.Printf(format+"\n", args...) }
func (printT) Fatalf(format string, args ...any) { panic(fmt.Sprintf(format, args...)) }

// HumanApproval, approved by the test through its task token (in a test,
// pass t instead of printT{}).
func Example_humanApproval() {
	run := runtimetest.FromMachine(printT{}, workflows.HumanApproval()).
		Start(`{"subject": "Buy a boat", "details": "a small one"}`)
	task := run.WaitForTask("Request Approval")
	fmt.Println("waiting:", task.State)
	run.SendTaskSuccess("Request Approval", `{"decision": "approve"}`)
	fmt.Println(run.Result().Status, run.Path())
	// Output:
	// waiting: Request Approval
	// SUCCEEDED [Request Approval Approved? Approved]
}

// JobPoller with Go handlers for its two Lambda functions, registered by
// the FunctionName the definition gives them.
func Example_jobPoller() {
	jobs := &fakeJobs{}
	run := runtimetest.FromMachine(printT{}, workflows.JobPoller()).
		Handle("${SubmitJobFunctionArn}", jobs.submit).
		Handle("${GetStatusFunctionArn}", jobs.status).
		Run(`{"durationSeconds": 15, "waitSeconds": 5}`)
	fmt.Println(run.Output())
	fmt.Println(len(run.Path()), "states entered; Get Job Status retried", run.Retries("Get Job Status"), "times")
	// Output:
	// {"guid":"S3-job","status":"SUCCEEDED","waitSeconds":5}
	// 11 states entered; Get Job Status retried 0 times
}
