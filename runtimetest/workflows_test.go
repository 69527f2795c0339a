package runtimetest_test

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/stepwise-go/stepwise/constructs/workflows"
	"github.com/stepwise-go/stepwise/constructs/workflows/functions"
	"github.com/stepwise-go/stepwise/constructs/workflows/functions/approval"
	"github.com/stepwise-go/stepwise/constructs/workflows/functions/jobstatus"
	"github.com/stepwise-go/stepwise/runtime"
	"github.com/stepwise-go/stepwise/runtimetest"
)

func TestJobPoller(t *testing.T) {
	t.Run("succeeds after two polls", func(t *testing.T) {
		run := jobPoller(t).Run(`{"durationSeconds": 10, "waitSeconds": 5}`)
		// The job ends 10 s after the virtual Epoch (Unix 1735689600).
		run.AssertSucceeded(`{"guid": "S1735689610-697241c620713824", "status": "SUCCEEDED", "waitSeconds": 5}`)
		run.AssertPath("Submit Job", "Wait X Seconds", "Get Job Status", "Job Complete?",
			"Wait X Seconds", "Get Job Status", "Job Complete?", "Get Final Job Status")
		run.AssertRetries("Get Job Status", 0)
		run.AssertHistory("testdata/job_poller_succeeded.history.json")
	})
	t.Run("a job longer than the machine's timeout", func(t *testing.T) {
		run := jobPoller(t).Run(`{"durationSeconds": 3600, "waitSeconds": 60}`)
		run.AssertStatus(runtime.TimedOut)
		// Polls at 60 s, then every jobstatus.PollSeconds until the
		// 5-minute TimeoutSeconds: 60, 65, …, 295.
		if polls := strings.Count(strings.Join(run.Path(), "\n"), "Get Job Status"); polls != 1+(295-60)/jobstatus.PollSeconds {
			t.Errorf("%d polls", polls)
		}
	})
	t.Run("failed job", func(t *testing.T) {
		run := jobPoller(t).Run(`{"durationSeconds": 5, "fail": true}`)
		run.AssertFailed("DescribeJob returned FAILED", "AWS Batch Job Failed")
		run.AssertPath("Submit Job", "Wait X Seconds", "Get Job Status", "Job Complete?", "Job Failed")
		run.AssertHistory("testdata/job_poller_failed.history.json")
	})
	t.Run("a job id the status function does not know fails the task", func(t *testing.T) {
		run := runtimetest.FromMachine(t, workflows.JobPoller()).
			Handle(functions.SubmitJobFunction, func() (map[string]any, error) {
				return map[string]any{"guid": "someone-else's", "waitSeconds": 1}, nil
			}).
			Handle(functions.GetStatusFunction, checker.Check).
			Run(`{}`)
		run.AssertFailed("errorString", `{"errorMessage":"job id \"someone-else's\" is not one of ours","errorType":"errorString"}`)
	})
	t.Run("a Lambda service error is retried", func(t *testing.T) {
		calls := 0
		run := runtimetest.FromMachine(t, workflows.JobPoller()).
			Handle(functions.SubmitJobFunction, submitter().Submit).
			Handle("Get Job Status", func(ctx context.Context, guid string) (jobstatus.Status, error) { // by state: wins over the function
				calls++
				if calls <= 2 {
					return jobstatus.Status{}, serviceError{}
				}
				return checker.Check(ctx, guid)
			}).
			Handle(functions.GetStatusFunction, checker.Check).
			Run(`{"durationSeconds": 5}`)
		run.AssertRetries("Get Job Status", 2)
		run.AssertRetries("Submit Job", 0)
		run.AssertSucceeded(`{"guid": "S1735689605-697241c620713824", "status": "SUCCEEDED", "waitSeconds": 5}`)
	})
}

func TestHumanApproval(t *testing.T) {
	approvalFlow := func(t *testing.T) *runtimetest.Workflow {
		return runtimetest.FromMachine(t, workflows.HumanApproval())
	}
	const input = `{"subject": "Buy a boat", "details": "a small one"}`
	t.Run("approved through the approval function", func(t *testing.T) {
		run := approvalFlow(t).Start(input)
		task := run.WaitForTask("Request Approval")
		if task.Resource != "arn:aws:states:::aws-sdk:sesv2:sendEmail.waitForTaskToken" {
			t.Errorf("resource %s", task.Resource)
		}
		decider := approval.Decider{SFN: callbacksAPI{run.Callbacks()}}
		page, err := decider.Decide(context.Background(), click(t, emailText(task.Parameters), "approve"))
		if err != nil || page.StatusCode != http.StatusOK {
			t.Fatalf("approve: %d %q, %v", page.StatusCode, page.Body, err)
		}
		run.AssertSucceeded(`{"subject": "Buy a boat", "details": "a small one", "approval": {"decision": "approve"}}`)
		run.AssertPath("Request Approval", "Approved?", "Approved")
		run.AssertHistory("testdata/human_approval_approved.history.json")
		// A second click finds the task decided.
		page, err = decider.Decide(context.Background(), click(t, emailText(task.Parameters), "reject"))
		if err != nil || page.StatusCode != http.StatusGone {
			t.Errorf("second click: %d %q, %v; want 410", page.StatusCode, page.Body, err)
		}
	})
	t.Run("rejected through the approval function", func(t *testing.T) {
		run := approvalFlow(t).Start(input)
		task := run.WaitForTask("Request Approval")
		page, err := approval.Decider{SFN: callbacksAPI{run.Callbacks()}}.Decide(context.Background(), click(t, emailText(task.Parameters), "reject"))
		if err != nil || page.StatusCode != http.StatusOK {
			t.Fatalf("reject: %d %q, %v", page.StatusCode, page.Body, err)
		}
		run.AssertFailed("Approval.Rejected", "the approver rejected the request")
		run.AssertPath("Request Approval", "Rejected")
		run.AssertHistory("testdata/human_approval_rejected.history.json")
	})
	t.Run("a forged token is refused", func(t *testing.T) {
		run := approvalFlow(t).Start(input)
		run.WaitForTask("Request Approval")
		page, err := approval.Decider{SFN: callbacksAPI{run.Callbacks()}}.Decide(context.Background(),
			click(t, "https://x/prod/decision?action=approve&token=forged", "approve"))
		if err != nil || page.StatusCode != http.StatusBadRequest {
			t.Errorf("forged: %d %q, %v; want 400", page.StatusCode, page.Body, err)
		}
		run.SendTaskFailure("Request Approval", "Approval.Rejected", "")
		run.AssertStatus(runtime.Failed)
	})
	t.Run("nobody decides", func(t *testing.T) {
		run := approvalFlow(t).Unanswered().Run(input)
		run.AssertFailed("Approval.TimedOut", "no decision arrived in time")
		h := run.History()
		if d := h[len(h)-1].Timestamp.Sub(runtimetest.Epoch); d != workflows.DefaultApprovalTimeout {
			t.Errorf("timed out after %v, want %v", d, workflows.DefaultApprovalTimeout)
		}
	})
	t.Run("the test sends the token itself", func(t *testing.T) {
		run := approvalFlow(t).Start(input)
		run.SendTaskSuccess("Request Approval", `{"decision": "approve"}`)
		run.AssertStatus(runtime.Succeeded)
	})
}
