package stacks

import (
	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdklabs/cdk-nag-go/cdknag/v2"
)

// CheckAwsSolutions applies cdk-nag's AwsSolutions rule pack to scope
// (findings become error and warning annotations).
func CheckAwsSolutions(scope awscdk.App) {
	awscdk.Aspects_Of(scope).Add(cdknag.NewAwsSolutionsChecks(&cdknag.NagPackProps{Verbose: jsii.Bool(true)}), nil)
}

// suppressions are the AwsSolutions findings the example stacks accept,
// each with its reason.
var suppressions = []*cdknag.NagPackSuppression{
	{Id: jsii.String("AwsSolutions-IAM5"), Reason: jsii.String(
		"Wildcard resources only where AWS authorizes the action on no narrower resource: CloudWatch Logs log delivery and X-Ray " +
			"(Step Functions and Lambda tracing), SES identities (the recipients are data), and the versions and aliases of a Lambda " +
			"function the workflow invokes (FunctionArn:*), as the AWS CDK grants; no action is a wildcard")},
	{Id: jsii.String("AwsSolutions-IAM4"), Reason: jsii.String(
		"AWS managed policies only for service roles AWS documents them for: AWSLambdaBasicExecutionRole for the Lambda functions " +
			"and AmazonAPIGatewayPushToCloudWatchLogs for API Gateway's account-level logging role")},
	{Id: jsii.String("AwsSolutions-APIG3"), Reason: jsii.String(
		"The approval endpoint serves two links per request e-mail; a WAF web ACL costs more than the example protects")},
	{Id: jsii.String("AwsSolutions-APIG4"), Reason: jsii.String(
		"The approver opens the links from an e-mail, without credentials: the task token in the link is the capability, " +
			"unguessable and valid for one pending task only")},
	{Id: jsii.String("AwsSolutions-COG4"), Reason: jsii.String(
		"No Cognito user pool: the task token in the e-mailed link authorizes the decision (see APIG4)")},
}

// suppress records the accepted findings on every resource of stack.
func suppress(stack awscdk.Stack) {
	cdknag.NagSuppressions_AddStackSuppressions(stack, &suppressions, jsii.Bool(true))
}
