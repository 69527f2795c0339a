// Package submitjob is the JobPoller example's "Submit Job" Lambda
// function: it starts a (simulated) job and tells the workflow how long
// to wait before polling. The job's id encodes when the job ends and
// whether it fails, so the status function (package jobstatus) needs no
// storage.
//
// The logic reads no wall clock and no global random source: both are
// Submitter's fields, so the function runs on an execution's virtual
// clock locally (see package functions) and deterministically in tests.
// stacks/functions/submitjob deploys Handler.
package submitjob

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"time"
)

// Request is the workflow's input: how long the job runs and whether it
// fails (for trying both branches).
type Request struct {
	// DurationSeconds is how long the job runs; default (0 or less) 20.
	DurationSeconds int `json:"durationSeconds"`
	// WaitSeconds is how long the workflow waits between polls; default
	// (0 or less) 5.
	WaitSeconds int `json:"waitSeconds"`
	// Fail makes the job end FAILED instead of SUCCEEDED; default false.
	Fail bool `json:"fail"`
}

// Job is what the workflow continues with (the Lambda result's Payload).
type Job struct {
	// GUID is the job's id: "S" (succeeds) or "F" (fails), the Unix
	// second the job ends at, "-", and 16 random hex digits.
	GUID string `json:"guid"`
	// Status is "SUBMITTED".
	Status string `json:"status"`
	// WaitSeconds is how long the workflow waits before polling.
	WaitSeconds int `json:"waitSeconds"`
}

// Default durations, when the request gives none.
const (
	DefaultDurationSeconds = 20
	DefaultWaitSeconds     = 5
)

// Submitter starts simulated jobs on a clock and a random source the host
// chooses.
type Submitter struct {
	// Clock tells the time the job starts at, given the invocation's
	// context. Required: Submit fails without it.
	Clock func(context.Context) time.Time
	// Random supplies the 8 random bytes of each job id. Required.
	Random io.Reader
}

// Handler is the deployed function: Submit on the wall clock with ids
// from crypto/rand.
var Handler = Submitter{Clock: func(context.Context) time.Time { return time.Now() }, Random: rand.Reader}.Submit

// Submit starts a job that ends DurationSeconds after Clock's time. Its
// signature is one aws-lambda-go's lambda.Start accepts.
func (s Submitter) Submit(ctx context.Context, req Request) (Job, error) {
	if s.Clock == nil || s.Random == nil {
		return Job{}, errors.New("submitjob: the Submitter needs a Clock and a Random source")
	}
	if req.DurationSeconds <= 0 {
		req.DurationSeconds = DefaultDurationSeconds
	}
	if req.WaitSeconds <= 0 {
		req.WaitSeconds = DefaultWaitSeconds
	}
	random := make([]byte, 8)
	if _, err := io.ReadFull(s.Random, random); err != nil {
		return Job{}, fmt.Errorf("submitjob: reading the job id's random bytes: %w", err)
	}
	outcome := "S"
	if req.Fail {
		outcome = "F"
	}
	done := s.Clock(ctx).Add(time.Duration(req.DurationSeconds) * time.Second).Unix()
	return Job{GUID: fmt.Sprintf("%s%d-%s", outcome, done, hex.EncodeToString(random)), Status: "SUBMITTED", WaitSeconds: req.WaitSeconds}, nil
}
