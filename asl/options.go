package asl

import (
	"fmt"

	"github.com/stepwise-go/stepwise/jsonata"
	"github.com/stepwise-go/stepwise/jsonpath"
)

// MachineType is a state machine's workflow type. The ASL document does
// not hold it (CreateStateMachine takes it apart), so validation takes it
// as an option.
type MachineType string

// The workflow types. See
// https://docs.aws.amazon.com/step-functions/latest/dg/choosing-workflow-type.html
const (
	// Standard workflows run up to a year, exactly once; every
	// integration pattern and activities are available.
	Standard MachineType = "STANDARD"
	// Express workflows run at most five minutes, at least once; they
	// support only request-response integrations and no activities.
	Express MachineType = "EXPRESS"
)

// ParseMachineType reads "STANDARD" or "EXPRESS" (any letter case).
func ParseMachineType(s string) (MachineType, error) {
	switch MachineType(upper(s)) {
	case Standard:
		return Standard, nil
	case Express:
		return Express, nil
	}
	return "", fmt.Errorf("machine type must be STANDARD or EXPRESS, not %q", s)
}

func upper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

// Options configures validation. The zero value validates a Standard
// machine, as Validate does.
type Options struct {
	// Type is the machine's workflow type; Express applies the Express
	// rules (no .sync or .waitForTaskToken integrations, no activities)
	// to the whole machine. Whatever the type, they apply inside a
	// Distributed Map whose ProcessorConfig.ExecutionType is EXPRESS.
	// Default (""): Standard.
	Type MachineType
}

// Validate checks m as Validate does, for a machine of o.Type.
func (o Options) Validate(m *Machine) Diagnostics {
	n := countStates(&m.Graph)
	v := &validator{root: &m.Graph, names: make(map[string]nameUse, n), paths: map[string]*jsonpath.Path{}, exprs: map[string]*jsonata.Expr{}}
	switch o.Type {
	case "", Standard:
	case Express:
		v.express = true
	default:
		v.diags = append(v.diags, Diagnostic{Code: CodeInvalidValue, At: Root,
			Message: fmt.Sprintf("machine type must be %s or %s, not %q", Standard, Express, o.Type)})
	}
	v.machine(m)
	return v.diags
}

// ParseAndValidate parses data and, when it is JSON, validates the
// machine for o.Type; it returns the diagnostics of both steps.
func (o Options) ParseAndValidate(data []byte) (*Machine, Diagnostics) {
	m, diags := Parse(data)
	if m == nil {
		return nil, diags
	}
	diags = append(diags, o.Validate(m)...)
	return m, append(diags, CheckSize(len(data))...)
}
