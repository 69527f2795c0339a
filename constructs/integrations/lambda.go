package integrations

import (
	"time"

	"github.com/stepwise-go/stepwise/constructs/iam"
	"github.com/stepwise-go/stepwise/constructs/sfn"
)

// LambdaInvokeProps configures LambdaInvoke.
type LambdaInvokeProps struct {
	// Function is the function to invoke. Required.
	Function Function
	// Payload is the event the function gets. Default: the state's input
	// (sfn.Path("$")).
	Payload any
	// InvocationType is "RequestResponse", "Event" or "DryRun". Default:
	// none (RequestResponse).
	InvocationType string
	// ClientContext is up to 3583 bytes of base64-encoded data for the
	// function. Default: none.
	ClientContext string
	// Qualifier is a version or alias to invoke. Default: none (prefer a
	// version or alias ARN as Function).
	Qualifier string
	// NoServiceRetry drops the retrier on Lambda's transient service
	// errors. Default: false (retry as the AWS CDK does).
	NoServiceRetry bool
	// Pattern is RequestResponse (default) or WaitForTaskToken (pass
	// sfn.Path("$$.Task.Token") in Payload).
	Pattern Pattern
}

type lambdaParams struct {
	FunctionName   string `json:"FunctionName"`
	Payload        any    `json:"Payload,omitempty"`
	InvocationType string `json:"InvocationType,omitempty"`
	ClientContext  string `json:"ClientContext,omitempty"`
	Qualifier      string `json:"Qualifier,omitempty"`
}

// LambdaInvoke invokes a Lambda function (arn:aws:states:::lambda:invoke).
// With default props it renders what the AWS CDK's LambdaInvoke renders:
// Parameters {"FunctionName": …, "Payload.$": "$"} and a retrier on
// Lambda.ClientExecutionTimeoutException, Lambda.ServiceException,
// Lambda.AWSLambdaException and Lambda.SdkClientException (2 s, ×2, 6
// attempts). The result is Lambda's response: the function's result is in
// its Payload (OutputPath("$.Payload") to pass on just that). IAM:
// lambda:InvokeFunction on the function (and its versions and aliases).
// Patterns: request-response, wait-for-callback.
// See https://docs.aws.amazon.com/step-functions/latest/dg/connect-lambda.html
func LambdaInvoke(name string, props LambdaInvokeProps) *sfn.Task {
	payload := props.Payload
	if payload == nil {
		payload = sfn.Path("$")
	}
	t := integration{
		builder:   "LambdaInvoke",
		resource:  "lambda:invoke",
		pattern:   props.Pattern,
		supported: []Pattern{RequestResponse, WaitForTaskToken},
		params: lambdaParams{FunctionName: props.Function.arn, Payload: payload,
			InvocationType: props.InvocationType, ClientContext: props.ClientContext, Qualifier: props.Qualifier},
		policy:   []iam.Statement{iam.Allow("lambda:InvokeFunction").On(props.Function.invokeResources()...)},
		problems: problems("LambdaInvoke", map[string]ref{"Function": props.Function.ref}),
	}.task(name)
	if !props.NoServiceRetry {
		t.Retry(LambdaServiceRetry())
	}
	return t
}

// LambdaServiceRetry retries the errors Lambda raises when the service,
// not the function, failed, as AWS recommends: 2 seconds, then doubling, 6
// attempts. See
// https://docs.aws.amazon.com/step-functions/latest/dg/bp-lambda-serviceexception.html
func LambdaServiceRetry() *sfn.Retrier {
	return sfn.RetryOn("Lambda.ClientExecutionTimeoutException", "Lambda.ServiceException",
		"Lambda.AWSLambdaException", "Lambda.SdkClientException").
		Interval(2 * time.Second).MaxAttempts(6).BackoffRate(2)
}
