// Package runtimetest runs Step Functions workflows in users' go tests:
// a DSL machine, an ASL definition or a file, with Go handlers, a Step
// Functions Local mock file or the echo stub answering its Task states,
// on a virtual clock that starts at Epoch (a day-long Wait ends at once).
//
//	w := runtimetest.FromMachine(t, workflows.JobPoller()).
//		Handle(functions.SubmitJobFunction, submitjob.Submitter{Clock: runtimetest.TaskTime, Random: rand.Reader}.Submit).
//		Handle(functions.GetStatusFunction, jobstatus.Checker{Clock: runtimetest.TaskTime}.Check)
//	run := w.Run(`{"durationSeconds": 5}`)
//	run.AssertPath("Submit Job", "Wait X Seconds", "Get Job Status", "Job Complete?", "Get Final Job Status")
//
// Handlers that need the time take TaskTime as their clock: the virtual
// time their task's attempt started at.
//
// Tasks that wait for a task token (.waitForTaskToken, activities) wait
// for the test: WaitForTask returns the pending task (its token and what
// it was sent) and SendTaskSuccess / SendTaskFailure answer it. While a
// token is outstanding virtual time stands still, so a test decides when
// it is answered; Unanswered instead lets such tasks time out at once at
// their TimeoutSeconds, as if nobody ever answered.
//
// A stuck execution never hangs a test: every wait is bounded by
// Workflow.Patience of real time (default 10 s), after which the test
// fails naming the tasks still waiting for a token.
//
// AssertHistory compares the execution's history (as GetExecutionHistory
// returns it) with a golden file; STEPWISE_UPDATE=1 go test rewrites it.
package runtimetest
