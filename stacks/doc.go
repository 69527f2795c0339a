// Package stacks is stepwise's bridge to the AWS CDK (aws-cdk-go v2): the
// StateMachine construct turns a stepwise machine into an
// AWS::StepFunctions::StateMachine with its role, least-privilege policy,
// logs and tracing, and the example stacks (JobPoller, HumanApproval,
// IotIngest) deploy the example workflows with real Go Lambda functions.
//
// This package, and only this package (with its app and functions),
// imports the CDK: everything outside stacks/ stays pure Go.
// `npx cdk synth` runs ./stacks/app (see cdk.json).
package stacks
