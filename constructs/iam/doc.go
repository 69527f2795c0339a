// Package iam describes the AWS IAM policy statements a workflow's role
// needs, in pure Go: no AWS CDK, no Node.js.
//
// Service integrations (package integrations) attach statements to their
// Tasks; a state machine aggregates them (sfn.StateMachine.PolicyStatements)
// and the CDK bridge (stacks/) turns them into the role's policy.
//
// # Deploy-time references
//
// A resource, condition value or ASL string may hold placeholders that are
// filled at deploy time, in CloudFormation's Fn::Sub syntax:
//
//   - "${Name}" is a named reference (a letter, then letters and digits) that
//     the deployment binds to a value, such as a Lambda function's ARN:
//     Ref("SubmitJobFunctionArn") is "${SubmitJobFunctionArn}";
//   - "${AWS::Partition}", "${AWS::Region}", "${AWS::AccountId}" and
//     "${AWS::URLSuffix}" are CloudFormation's pseudo parameters, which keep
//     ARNs partition-neutral: ARN("states", "stateMachine:Orders") is
//     "arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:stateMachine:Orders";
//   - "${SelfArn}" and "${SelfName}" are the state machine's own ARN and
//     name (SelfArn, SelfName), which the bridge keeps in a policy of their
//     own so that they create no dependency cycle.
//
// Printed offline, statements show the placeholders as they are.
package iam
