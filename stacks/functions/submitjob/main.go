// Command submitjob is the JobPoller stack's "Submit Job" Lambda function:
// it starts a (simulated) job and tells the workflow how long to wait
// before polling. The job's id encodes when it finishes and whether it
// fails, so the status function needs no storage.
package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/aws/aws-lambda-go/lambda"
)

// Request is the workflow's input: how long the job runs and whether it
// fails (for trying both branches).
type Request struct {
	DurationSeconds int  `json:"durationSeconds"`
	WaitSeconds     int  `json:"waitSeconds"`
	Fail            bool `json:"fail"`
}

// Job is what the workflow continues with (the Lambda result's Payload).
type Job struct {
	GUID        string `json:"guid"`
	Status      string `json:"status"`
	WaitSeconds int    `json:"waitSeconds"`
}

func submit(_ context.Context, req Request) (Job, error) {
	if req.DurationSeconds <= 0 {
		req.DurationSeconds = 20
	}
	if req.WaitSeconds <= 0 {
		req.WaitSeconds = 5
	}
	random := make([]byte, 8)
	if _, err := rand.Read(random); err != nil {
		return Job{}, err
	}
	outcome := "S"
	if req.Fail {
		outcome = "F"
	}
	done := time.Now().Add(time.Duration(req.DurationSeconds) * time.Second).Unix()
	return Job{GUID: fmt.Sprintf("%s%d-%s", outcome, done, hex.EncodeToString(random)), Status: "SUBMITTED", WaitSeconds: req.WaitSeconds}, nil
}

func main() { lambda.Start(submit) }
