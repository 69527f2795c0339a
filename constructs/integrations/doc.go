// Package integrations builds Task states for AWS Step Functions' service
// integrations, with the IAM statements each needs: Lambda, SNS, SQS,
// DynamoDB, ECS/Fargate, Batch, Glue, Step Functions (nested workflows),
// EventBridge, HTTPS endpoints, API Gateway, Bedrock, activities, and any
// other AWS API through the AWS SDK integration. Pure Go: no CDK import.
//
// Every builder takes the state's name and a props struct, and returns an
// *sfn.Task to continue with the sfn setters (OutputPath, Retry, Catch, …):
//
//	submit := integrations.LambdaInvoke("Submit Job", integrations.LambdaInvokeProps{
//		Function: integrations.LambdaFunction("SubmitJobFunction"),
//	}).OutputPath("$.Payload")
//
// # Resources
//
// A resource is a deploy-time reference or a literal: LambdaFunction("X")
// puts "${XArn}" into the definition and the IAM statements, and the
// deployment (the CDK bridge in stacks/) binds XArn through
// DefinitionSubstitutions and Fn::Sub; LambdaFunctionARN("arn:aws:…")
// uses the ARN as it is.
//
// # Integration patterns
//
// Props have a Pattern: RequestResponse (the default), RunJob (.sync, or
// .sync:2 for Step Functions) or WaitForTaskToken (.waitForTaskToken).
// Each builder accepts the patterns its service supports (see
// https://docs.aws.amazon.com/step-functions/latest/dg/integrate-optimized.html)
// and reports any other as asl.CodeIntegrationPattern. A
// wait-for-callback task must pass the task token in its payload
// (sfn.Path("$$.Task.Token"); package sfn checks it, asl.CodeTaskToken).
//
// # Query languages
//
// Payload values are JSONPath-style: literals, and sfn.Path values that
// are read at run time. Each task carries both forms of its input: in a
// JSONPath state Parameters ("Payload.$": "$"), in a JSONata state
// Arguments, where each Path becomes the equivalent expression
// ("{% $states.input %}", "{% $states.context.Task.Token %}"). A Path that
// uses an intrinsic function, a filter or a wildcard has no JSONata form:
// in JSONata states write such values with sfn.Expr instead (strings are
// taken as they are).
//
// # IAM
//
// Each task declares the statements its integration needs (sfn.Task.Policy),
// as narrow as AWS documents: the function, topic, queue or table it
// names; the managed EventBridge rule of .sync integrations; the exact
// action of an SDK call (with the IAM service prefix where it differs from
// the SDK's: sfn → states, cloudwatchlogs → logs, …). No statement grants a
// wildcard action.
package integrations
