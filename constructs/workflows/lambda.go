package workflows

import (
	"github.com/stepwise-go/stepwise/constructs/integrations"
	"github.com/stepwise-go/stepwise/constructs/sfn"
)

// lambdaInvoke invokes the Lambda function that the deployment binds to
// function+"Arn", as the AWS CDK's LambdaInvoke does by default.
func lambdaInvoke(name, function string) *sfn.Task {
	return integrations.LambdaInvoke(name, integrations.LambdaInvokeProps{Function: integrations.LambdaFunction(function)})
}
