// Package jobstatus is the JobPoller example's "Get Job Status" Lambda
// function: given a job id from package submitjob (the workflow passes
// just $.guid), it reports RUNNING until the job's end time, then
// SUCCEEDED or FAILED.
//
// The logic reads no wall clock: Checker's Clock tells the time, so the
// function runs on an execution's virtual clock locally. stacks/functions/jobstatus
// deploys Handler.
package jobstatus

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Status is what the workflow branches on.
type Status struct {
	GUID string `json:"guid"`
	// Status is RUNNING, SUCCEEDED or FAILED.
	Status string `json:"status"`
	// WaitSeconds is how long the workflow waits before polling again.
	WaitSeconds int `json:"waitSeconds"`
}

// PollSeconds is the WaitSeconds every Status carries.
const PollSeconds = 5

// Checker reports jobs' statuses on a clock the host chooses.
type Checker struct {
	// Clock tells the current time, given the invocation's context.
	// Required: Check fails without it.
	Clock func(context.Context) time.Time
}

// Handler is the deployed function: Check on the wall clock.
var Handler = Checker{Clock: func(context.Context) time.Time { return time.Now() }}.Check

// Check reports the job's status at Clock's time. A job id submitjob did
// not make is an error (the Lambda function's error, which fails the
// task). Its signature is one aws-lambda-go's lambda.Start accepts.
func (c Checker) Check(ctx context.Context, guid string) (Status, error) {
	if c.Clock == nil {
		return Status{}, errors.New("jobstatus: the Checker needs a Clock")
	}
	end, _, ok := strings.Cut(guid, "-")
	if !ok || len(end) < 2 || (end[0] != 'S' && end[0] != 'F') {
		return Status{}, fmt.Errorf("job id %q is not one of ours", guid)
	}
	done, err := strconv.ParseInt(end[1:], 10, 64)
	if err != nil {
		return Status{}, fmt.Errorf("job id %q: its end time %q is not a Unix second", guid, end[1:])
	}
	s := Status{GUID: guid, Status: "RUNNING", WaitSeconds: PollSeconds}
	if c.Clock(ctx).Unix() >= done {
		s.Status = "SUCCEEDED"
		if end[0] == 'F' {
			s.Status = "FAILED"
		}
	}
	return s, nil
}
