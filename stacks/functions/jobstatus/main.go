// Command jobstatus is the JobPoller stack's "Get Job Status" Lambda
// function: given a job id (the workflow passes just $.guid), it reports
// RUNNING until the job's end time, then SUCCEEDED or FAILED.
package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/aws/aws-lambda-go/lambda"
)

// Status is what the workflow branches on.
type Status struct {
	GUID        string `json:"guid"`
	Status      string `json:"status"`
	WaitSeconds int    `json:"waitSeconds"`
}

func status(_ context.Context, guid string) (Status, error) {
	end, _, ok := strings.Cut(guid, "-")
	if !ok || len(end) < 2 {
		return Status{}, fmt.Errorf("job id %q is not one of ours", guid)
	}
	done, err := strconv.ParseInt(end[1:], 10, 64)
	if err != nil {
		return Status{}, fmt.Errorf("job id %q: %v", guid, err)
	}
	s := Status{GUID: guid, Status: "RUNNING", WaitSeconds: 5}
	if time.Now().Unix() >= done {
		s.Status = "SUCCEEDED"
		if end[0] == 'F' {
			s.Status = "FAILED"
		}
	}
	return s, nil
}

func main() { lambda.Start(status) }
