package runtimetest_test

import (
	"fmt"

	"github.com/stepwise-go/stepwise/constructs/workflows"
	"github.com/stepwise-go/stepwise/constructs/workflows/functions"
	"github.com/stepwise-go/stepwise/constructs/workflows/functions/jobstatus"
	"github.com/stepwise-go/stepwise/constructs/workflows/functions/submitjob"
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

// JobPoller with the project's own Lambda functions (package
// constructs/workflows/functions), registered by the FunctionName the
// definition gives them, on the execution's virtual clock.
func Example_jobPoller() {
	run := runtimetest.FromMachine(printT{}, workflows.JobPoller()).
		Handle(functions.SubmitJobFunction, submitjob.Submitter{Clock: runtimetest.TaskTime, Random: zeros{}}.Submit).
		Handle(functions.GetStatusFunction, jobstatus.Checker{Clock: runtimetest.TaskTime}.Check).
		Run(`{"durationSeconds": 15, "waitSeconds": 5}`)
	fmt.Println(run.Output())
	fmt.Println(len(run.Path()), "states entered; Get Job Status retried", run.Retries("Get Job Status"), "times")
	// Output:
	// {"guid":"S1735689615-0000000000000000","status":"SUCCEEDED","waitSeconds":5}
	// 11 states entered; Get Job Status retried 0 times
}

// zeros is a random source of zero bytes, for job ids that do not change.
type zeros struct{}

func (zeros) Read(p []byte) (int, error) { clear(p); return len(p), nil }
