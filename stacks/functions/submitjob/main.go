// Command submitjob is the JobPoller stack's "Submit Job" Lambda
// function; the logic is constructs/workflows/functions/submitjob.
package main

import (
	"github.com/aws/aws-lambda-go/lambda"

	"github.com/stepwise-go/stepwise/constructs/workflows/functions/submitjob"
)

func main() { lambda.Start(submitjob.Handler) }
