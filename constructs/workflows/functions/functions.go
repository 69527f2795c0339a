// Package functions holds the example workflows' Lambda functions as
// importable Go, so the same code is deployed by the CDK stacks
// (stacks/functions/* are one-line lambda.Start mains) and runs locally
// in `stepwise run --handlers builtin`, `stepwise studio` and go tests:
//
//   - submitjob: JobPoller's "Submit Job";
//   - jobstatus: JobPoller's "Get Job Status" and "Get Final Job Status";
//   - approval: HumanApproval's decision endpoint, which API Gateway
//     calls when the approver clicks a link, and which returns the task
//     token through a Step Functions client.
//
// None reads the wall clock or a global random source in its logic: the
// clock and the randomness are fields the host sets, so a local run uses
// the execution's virtual clock.
package functions

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/stepwise-go/stepwise/constructs/workflows/functions/jobstatus"
	"github.com/stepwise-go/stepwise/constructs/workflows/functions/submitjob"
	"github.com/stepwise-go/stepwise/tasks"
)

// The FunctionName placeholders JobPoller's definition gives its two
// functions (integrations.LambdaFunction renders "${<id>Arn}").
const (
	SubmitJobFunction = "${SubmitJobFunctionArn}"
	GetStatusFunction = "${GetStatusFunctionArn}"
)

// Register adds JobPoller's functions to h under the FunctionName
// placeholders its definition uses (SubmitJobFunction,
// GetStatusFunction), both on clock, with job ids from random. The
// approval function is not a task of any workflow (API Gateway calls
// it), so it is not registered. It fails when h has those names already
// or clock or random is nil.
func Register(h *tasks.Handlers, clock func(context.Context) time.Time, random io.Reader) error {
	if clock == nil || random == nil {
		return fmt.Errorf("functions: Register needs a clock and a random source")
	}
	if err := h.Handle(SubmitJobFunction, submitjob.Submitter{Clock: clock, Random: random}.Submit); err != nil {
		return err
	}
	return h.Handle(GetStatusFunction, jobstatus.Checker{Clock: clock}.Check)
}
