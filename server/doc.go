// Package server is a local AWS Step Functions endpoint: an http.Handler
// that speaks the Step Functions API (the AWS JSON 1.0 protocol, one POST
// per call, the operation named by the X-Amz-Target header
// "AWSStepFunctions.<Operation>") over the stepwise runtime, so that
// applications using an AWS SDK or the AWS CLI run unchanged against it
// (point the SDK's endpoint, BaseEndpoint in aws-sdk-go-v2, at the
// server).
//
// State machines are checked with the asl validator, as `stepwise
// validate` does; executions run in-process on the runtime, on a virtual
// clock unless Options.RealTime is set, and their histories are the ones
// GetExecutionHistory returns on AWS. Task states are answered as in AWS
// Step Functions Local: with a mock file, StartExecution on
// "<stateMachineArn>#<TestCase>" runs that test case; Options.Responder
// (Go handlers) and Options.StubEcho answer the rest.
//
// Errors have AWS's shape: HTTP 400 with {"__type": NAME, "message": …},
// which the SDKs turn into their typed errors (*types.ExecutionDoesNotExist
// and so on). Credentials are accepted as they come; signatures are not
// checked.
//
// With Options.DataDir, state machines, activities and executions are kept
// in a bbolt file and survive a restart; see Open.
package server
