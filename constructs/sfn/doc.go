// Package sfn is stepwise's Go DSL for AWS Step Functions: workflows
// written as Go code and synthesized to Amazon States Language (ASL) JSON.
//
// # Building a workflow
//
// Each ASL state type has a constructor (NewPass, NewTask, NewChoice,
// NewWait, NewSucceed, NewFail, NewParallel, NewMap) and setters that
// return the state, so options read as one expression. States are joined
// with Next, which returns a *Chain, or with Sequence. A machine starts at
// its definition's first state:
//
//	const submitJob = "arn:aws:lambda:us-east-1:123456789012:function:SubmitJob"
//	const getStatus = "arn:aws:lambda:us-east-1:123456789012:function:GetJobStatus"
//
//	submit := sfn.NewTask("Submit Job", submitJob).ResultPath("$.guid")
//	wait := sfn.NewWait("Wait X Seconds", sfn.WaitSecondsPath("$.waitSeconds"))
//	status := sfn.NewTask("Get Job Status", getStatus).
//		InputPath("$.guid").ResultPath("$.status").
//		Retry(sfn.RetryOn("Lambda.ServiceException").Interval(2 * time.Second).MaxAttempts(6))
//	done := sfn.NewChoice("Job Complete?").
//		When(sfn.StringEquals("$.status", "FAILED"), sfn.NewFail("Job Failed").Cause("AWS Batch Job Failed")).
//		When(sfn.StringEquals("$.status", "SUCCEEDED"), sfn.NewSucceed("Job Succeeded")).
//		Otherwise(wait) // loop back
//
//	poller := sfn.NewStateMachine("JobPoller", sfn.Sequence(submit, wait, status, done)).
//		Timeout(time.Hour)
//	definition, err := poller.Synth()
//
// A Choice continues at its rules' targets; to continue after the branches
// rejoin, chain after choice.Afterwards(). Parallel branches and Map item
// processors are chains of their own (Branch, ItemProcessor). Retry and
// Catch take values made by RetryOn and CatchOn; choice rules take
// Conditions (StringEquals, NumericLessThan, IsPresent, And, Or, Not, …);
// a Wait takes a WaitTime (WaitDuration, WaitTimestamp, WaitSecondsPath,
// WaitTimestampPath).
//
// # Payloads
//
// Parameters, ResultSelector and ItemSelector take Go values — maps with
// string keys (rendered in sorted key order), structs (with their `json`
// tags), slices, scalars, json.RawMessage, *jsontree.Value — and convert
// them to JSON when set. A Path value inside an object is resolved at run
// time: its key gets the ".$" suffix, so
// map[string]any{"Payload": sfn.Path("$")} renders {"Payload.$": "$"}.
// A payload is usually an object but need not be: a string, a slice or a
// number renders as it is (nil as null); only a Path standing alone, which
// has no key to carry the ".$", is a recorded problem. Task.CredentialsFrom
// takes an object template the same way. Pass's Result is taken literally.
//
// Comments go wherever ASL has them: on every state, on retriers and
// catchers, on Choice rules (RuleComment, or Commented for a rule nested
// in And, Or or Not), on Parallel branches (CommentedBranch) and on Map
// item processors (ItemProcessorComment).
//
// # Problems are collected, not thrown
//
// Building never panics and never returns an error. Misuse — a state given
// two different Next states, continuing after a Succeed, a duration that is
// not whole seconds, a Go value with no JSON form, a nil argument — is
// recorded with the Go source position of the misusing call. Build returns
// the asl.Machine model and every problem: the recorded ones
// (asl.CodeBuild, asl.CodeStateOwnership) followed by what asl.Validate
// finds, each with the source position of the code that built the state
// ("main.go:42: States["Charge"].Next: … [code]"). Synth renders the model
// with asl.Render when there is no error and otherwise returns the
// problems as an asl.Diagnostics error.
//
// # Graph and state order
//
// States are identified by object, not by name; Build walks the graph
// breadth-first from the start state and emits each reachable state once,
// in that order (for each state: Choice rules, then its default, then
// Next, then Catch handlers). Loops are fine. Two state objects with the
// same name are two states, which the validator reports. A state belongs
// to the first machine that builds it; to reuse a piece of workflow, write
// a Fragment, which makes fresh states each time (WithPrefix keeps their
// names apart).
package sfn
