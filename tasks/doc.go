// Package tasks answers Task states locally: canned responses from an AWS
// Step Functions Local mock file (ParseMockFile, MockFile.Case), an echo stub
// that answers every task in the shape its integration returns (StubEcho),
// and Go functions registered per state name, resource or Lambda function
// (Handlers). Each of these is a Responder; Chain asks them in turn.
//
// The package knows nothing about the interpreter: a runtime builds a
// Request for each Task invocation (the state's name, its Resource, the
// effective parameters after Parameters/Arguments evaluation, and the
// context object) and gets back the service's raw response, before
// ResultSelector and ResultPath, or a *Failure that Retry and Catch match
// on by its Name. Any other error is not a task failure: it stops the run
// (a missing mock response, an unanswered task, a cancelled context).
//
// A run builds one Responder per execution, so that mock counters start
// at zero for each:
//
//	mc, err := mocks.Case(stateMachineName, testCase) // --mocks FILE --test-case NAME
//	respond := tasks.Chain(mc, &handlers, tasks.StubEcho()) // StubEcho only with --stub-tasks echo
//
// and adapts it to the runtime's task hook: a *Failure becomes the task's
// error and cause, any other error stops the run.
//
// Every Responder here is safe for concurrent use: Parallel branches and
// Map iterations may invoke tasks at the same time.
//
// Deviations from the interface first sketched for this package: Failure's
// fields are Name and Cause (a field named Error would collide with the
// Error method).
package tasks
