package runtimetest_test

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
)

// The JobPoller stack's Lambda functions (stacks/functions/submitjob and
// jobstatus) are package main and read the wall clock, so they cannot be
// imported here nor run on a virtual clock. These have their signatures
// and JSON shapes; the job id says after how many status polls the job
// ends and how, and the poll count is kept per job instead of a time.

// jobRequest is submitjob's Request.
type jobRequest struct {
	DurationSeconds int  `json:"durationSeconds"`
	WaitSeconds     int  `json:"waitSeconds"`
	Fail            bool `json:"fail"`
}

// jobStatus is submitjob's Job and jobstatus's Status.
type jobStatus struct {
	GUID        string `json:"guid"`
	Status      string `json:"status"`
	WaitSeconds int    `json:"waitSeconds"`
}

// fakeJobs is a job service: jobs end after DurationSeconds/WaitSeconds
// polls.
type fakeJobs struct {
	mu    sync.Mutex
	polls map[string]int
}

// submit is submitjob's handler: func(context.Context, Request) (Job, error).
func (j *fakeJobs) submit(_ context.Context, req jobRequest) (jobStatus, error) {
	if req.DurationSeconds <= 0 {
		req.DurationSeconds = 20
	}
	if req.WaitSeconds <= 0 {
		req.WaitSeconds = 5
	}
	outcome := "S"
	if req.Fail {
		outcome = "F"
	}
	polls := (req.DurationSeconds + req.WaitSeconds - 1) / req.WaitSeconds
	return jobStatus{GUID: fmt.Sprintf("%s%d-job", outcome, polls), Status: "SUBMITTED", WaitSeconds: req.WaitSeconds}, nil
}

// status is jobstatus's handler: func(context.Context, string) (Status, error).
func (j *fakeJobs) status(_ context.Context, guid string) (jobStatus, error) {
	end, _, ok := strings.Cut(guid, "-")
	if !ok || len(end) < 2 {
		return jobStatus{}, fmt.Errorf("job id %q is not one of ours", guid)
	}
	need, err := strconv.Atoi(end[1:])
	if err != nil {
		return jobStatus{}, fmt.Errorf("job id %q: %v", guid, err)
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.polls == nil {
		j.polls = map[string]int{}
	}
	j.polls[guid]++
	s := jobStatus{GUID: guid, Status: "RUNNING", WaitSeconds: 5}
	if j.polls[guid] >= need {
		s.Status = "SUCCEEDED"
		if end[0] == 'F' {
			s.Status = "FAILED"
		}
	}
	return s, nil
}

func writeFile(t interface{ Fatal(...any) }, path, text string) {
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}
