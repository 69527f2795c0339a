package sfn

import (
	"github.com/stepwise-go/stepwise/constructs/iam"
)

// MachineType is the workflow type of a state machine: Standard or
// Express. It is not part of the ASL document; the deployment
// (CloudFormation's StateMachineType) carries it. See
// https://docs.aws.amazon.com/step-functions/latest/dg/choosing-workflow-type.html
type MachineType string

// The workflow types.
const (
	// Standard workflows run each step exactly once, for up to a year,
	// and support every integration pattern; they are billed per state
	// transition. The default.
	Standard MachineType = "STANDARD"
	// Express workflows run each step at least once, for up to five
	// minutes; they are billed per execution, duration and memory. They
	// do not support run-a-job (.sync) or wait-for-callback
	// (.waitForTaskToken) tasks, nor activities.
	Express MachineType = "EXPRESS"
)

// machineExtras holds what this file and policy.go add to StateMachine:
// the workflow type and machine-level IAM statements.
type machineExtras struct {
	machineType MachineType
	policy      []iam.Statement
	typeSource  string
}

// Type sets the machine's workflow type. Express machines are checked
// while building: a .sync or .waitForTaskToken task
// (asl.CodeExpressPattern), an activity (asl.CodeExpressActivity), or a
// machine timeout, task timeout or Wait over 5 minutes
// (asl.CodeExpressDuration) is an error. Default: Standard.
func (m *StateMachine) Type(t MachineType) *StateMachine {
	m.extras.machineType = t
	m.extras.typeSource = callerSource()
	return m
}

// MachineType returns the machine's workflow type: Standard unless Type
// set another.
func (m *StateMachine) MachineType() MachineType {
	if m.extras.machineType == "" {
		return Standard
	}
	return m.extras.machineType
}
