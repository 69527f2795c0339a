package workflows

import (
	"time"

	"github.com/stepwise-go/stepwise/constructs/sfn"
)

// lambdaInvoke is the Lambda service integration as the AWS CDK's
// LambdaInvoke renders it by default: the function and the whole input as
// payload, retried on Lambda's transient service errors. function is an
// ARN or a ${Name} placeholder filled at deploy time.
//
// The typed Lambda integration (with IAM) replaces this helper when the
// service integrations land.
func lambdaInvoke(name, function string) *sfn.Task {
	return sfn.NewTask(name, "arn:aws:states:::lambda:invoke").
		Parameters(map[string]any{"FunctionName": function, "Payload": sfn.Path("$")}).
		Retry(lambdaServiceRetry())
}

// lambdaServiceRetry retries the errors Lambda raises when the service, not
// the function, failed: 2 s, then doubling, 6 attempts.
func lambdaServiceRetry() *sfn.Retrier {
	return sfn.RetryOn("Lambda.ClientExecutionTimeoutException", "Lambda.ServiceException",
		"Lambda.AWSLambdaException", "Lambda.SdkClientException").
		Interval(2 * time.Second).MaxAttempts(6).BackoffRate(2)
}
