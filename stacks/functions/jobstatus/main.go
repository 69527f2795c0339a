// Command jobstatus is the JobPoller stack's "Get Job Status" Lambda
// function; the logic is constructs/workflows/functions/jobstatus.
package main

import (
	"github.com/aws/aws-lambda-go/lambda"

	"github.com/stepwise-go/stepwise/constructs/workflows/functions/jobstatus"
)

func main() { lambda.Start(jobstatus.Handler) }
