package runtimetest_test

import (
	"context"
	"strings"
	"testing"

	"github.com/stepwise-go/stepwise/constructs/workflows"
	"github.com/stepwise-go/stepwise/runtime"
	"github.com/stepwise-go/stepwise/runtimetest"
	"github.com/stepwise-go/stepwise/value"
)

func jobPoller(t *testing.T) *runtimetest.Workflow {
	jobs := &fakeJobs{}
	return runtimetest.FromMachine(t, workflows.JobPoller()).
		Handle("${SubmitJobFunctionArn}", jobs.submit).
		Handle("${GetStatusFunctionArn}", jobs.status)
}

func TestJobPoller(t *testing.T) {
	t.Run("succeeds after two polls", func(t *testing.T) {
		run := jobPoller(t).Run(`{"durationSeconds": 10, "waitSeconds": 5}`)
		run.AssertSucceeded(`{"guid": "S2-job", "status": "SUCCEEDED", "waitSeconds": 5}`)
		run.AssertPath("Submit Job", "Wait X Seconds", "Get Job Status", "Job Complete?",
			"Wait X Seconds", "Get Job Status", "Job Complete?", "Get Final Job Status")
		run.AssertRetries("Get Job Status", 0)
		run.AssertHistory("testdata/job_poller_succeeded.history.json")
	})
	t.Run("failed job", func(t *testing.T) {
		run := jobPoller(t).Run(`{"durationSeconds": 5, "fail": true}`)
		run.AssertFailed("DescribeJob returned FAILED", "AWS Batch Job Failed")
		run.AssertPath("Submit Job", "Wait X Seconds", "Get Job Status", "Job Complete?", "Job Failed")
		run.AssertHistory("testdata/job_poller_failed.history.json")
	})
	t.Run("a Lambda service error is retried", func(t *testing.T) {
		jobs := &fakeJobs{}
		calls := 0
		run := runtimetest.FromMachine(t, workflows.JobPoller()).
			Handle("${SubmitJobFunctionArn}", jobs.submit).
			Handle("Get Job Status", func(ctx context.Context, guid string) (jobStatus, error) { // by state: wins over the function
				calls++
				if calls <= 2 {
					return jobStatus{}, serviceError{}
				}
				return jobs.status(ctx, guid)
			}).
			Handle("${GetStatusFunctionArn}", jobs.status).
			Run(`{"durationSeconds": 5}`)
		run.AssertRetries("Get Job Status", 2)
		run.AssertRetries("Submit Job", 0)
		run.AssertSucceeded(`{"guid": "S1-job", "status": "SUCCEEDED", "waitSeconds": 5}`)
	})
}

func TestHumanApproval(t *testing.T) {
	approval := func(t *testing.T) *runtimetest.Workflow {
		return runtimetest.FromMachine(t, workflows.HumanApproval())
	}
	const input = `{"subject": "Buy a boat", "details": "a small one"}`
	t.Run("approved", func(t *testing.T) {
		run := approval(t).Start(input)
		task := run.WaitForTask("Request Approval")
		if task.Resource != "arn:aws:states:::aws-sdk:sesv2:sendEmail.waitForTaskToken" {
			t.Errorf("resource %s", task.Resource)
		}
		run.SendTaskSuccess("Request Approval", `{"decision": "approve"}`)
		run.AssertSucceeded(`{"subject": "Buy a boat", "details": "a small one", "approval": {"decision": "approve"}}`)
		run.AssertPath("Request Approval", "Approved?", "Approved")
		run.AssertHistory("testdata/human_approval_approved.history.json")
	})
	t.Run("rejected", func(t *testing.T) {
		run := approval(t).Start(input)
		run.SendTaskFailure("Request Approval", "Approval.Rejected", "too expensive")
		run.AssertFailed("Approval.Rejected", "the approver rejected the request")
		run.AssertPath("Request Approval", "Rejected")
		run.AssertHistory("testdata/human_approval_rejected.history.json")
	})
	t.Run("nobody decides", func(t *testing.T) {
		run := approval(t).Unanswered().Run(input)
		run.AssertFailed("Approval.TimedOut", "no decision arrived in time")
		h := run.History()
		if d := h[len(h)-1].Timestamp.Sub(runtimetest.Epoch); d != workflows.DefaultApprovalTimeout {
			t.Errorf("timed out after %v, want %v", d, workflows.DefaultApprovalTimeout)
		}
	})
	t.Run("the approval e-mail carries the token", func(t *testing.T) {
		run := approval(t).Start(input)
		task := run.WaitForTask("Request Approval")
		body := string(value.Marshal(task.Parameters))
		if !strings.Contains(body, "token=SWT1") {
			t.Errorf("e-mail body lacks the token: %s", body)
		}
		run.SendTaskSuccess("Request Approval", `{"decision": "approve"}`)
		run.AssertStatus(runtime.Succeeded)
	})
}

// serviceError is what the Lambda service raises when it fails
// transiently; the integration's Retry matches its name.
type serviceError struct{}

func (serviceError) Error() string     { return "service unavailable" }
func (serviceError) ErrorName() string { return "Lambda.ServiceException" }
