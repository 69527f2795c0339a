package workflows

import (
	"time"

	"github.com/stepwise-go/stepwise/constructs/integrations"
	"github.com/stepwise-go/stepwise/constructs/sfn"
)

// JobPoller is the seed document's AWS CDK example: submit a job, wait
// $.waitSeconds, get its status, and branch: FAILED fails the execution,
// SUCCEEDED fetches the final status, anything else waits again. The whole
// run times out after five minutes. The Lambda functions are deploy-time
// references (${SubmitJobFunctionArn}, ${GetStatusFunctionArn}).
func JobPoller() *sfn.StateMachine {
	submitLambda := integrations.LambdaFunction("SubmitJobFunction")
	getStatusLambda := integrations.LambdaFunction("GetStatusFunction")

	submitJob := integrations.LambdaInvoke("Submit Job", integrations.LambdaInvokeProps{
		Function: submitLambda,
	}).OutputPath("$.Payload") // Lambda's result is in the attribute Payload
	waitX := sfn.NewWait("Wait X Seconds", sfn.WaitSecondsPath("$.waitSeconds"))
	getStatus := integrations.LambdaInvoke("Get Job Status", integrations.LambdaInvokeProps{
		Function: getStatusLambda,
	}).
		InputPath("$.guid"). // pass just the field named "guid" to the Lambda
		OutputPath("$.Payload")
	jobFailed := sfn.NewFail("Job Failed").
		Cause("AWS Batch Job Failed").
		Error("DescribeJob returned FAILED")
	finalStatus := integrations.LambdaInvoke("Get Final Job Status", integrations.LambdaInvokeProps{
		Function: getStatusLambda,
	}).
		InputPath("$.guid").
		OutputPath("$.Payload")

	definition := submitJob.
		Next(waitX).
		Next(getStatus).
		Next(sfn.NewChoice("Job Complete?").
			// Look at the "status" field
			When(sfn.StringEquals("$.status", "FAILED"), jobFailed).
			When(sfn.StringEquals("$.status", "SUCCEEDED"), finalStatus).
			Otherwise(waitX))

	return sfn.NewStateMachine("JobPoller", definition).Timeout(5 * time.Minute)
}
