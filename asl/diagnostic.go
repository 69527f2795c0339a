package asl

import (
	"fmt"
	"strings"
)

// Severity says whether a problem makes a definition invalid.
type Severity uint8

// Severities.
const (
	Error   Severity = iota // AWS would reject the definition
	Warning                 // AWS accepts it, but it is probably a mistake
)

func (s Severity) String() string {
	if s == Warning {
		return "warning"
	}
	return "error"
}

// Diagnostic is one problem found in a definition.
type Diagnostic struct {
	Severity Severity
	Code     Code     // stable identifier, e.g. "unknown-target"
	At       Location // where in the definition
	Message  string
	// Source is the Go source position ("file.go:42") of the code that built
	// the state, for machines built with the DSL; empty otherwise.
	Source string
}

// String renders the diagnostic as
// `file.go:42: States["Charge"].Next: message [code]` (without the source
// prefix when there is no source).
func (d Diagnostic) String() string {
	var b strings.Builder
	if d.Source != "" {
		b.WriteString(d.Source + ": ")
	}
	if d.Severity == Warning {
		b.WriteString("warning: ")
	}
	fmt.Fprintf(&b, "%s: %s [%s]", d.At, d.Message, d.Code)
	return b.String()
}

// Diagnostics is every problem found, in the order found.
type Diagnostics []Diagnostic

// HasErrors reports whether any diagnostic is an error (not a warning).
func (ds Diagnostics) HasErrors() bool {
	for _, d := range ds {
		if d.Severity == Error {
			return true
		}
	}
	return false
}

// Err returns ds as an error when it holds any error, else nil.
func (ds Diagnostics) Err() error {
	if !ds.HasErrors() {
		return nil
	}
	return ds
}

// Error implements error: one diagnostic per line.
func (ds Diagnostics) Error() string {
	lines := make([]string, len(ds))
	for i, d := range ds {
		lines[i] = d.String()
	}
	return strings.Join(lines, "\n")
}

// Codes returns the codes of ds in order, for tests and summaries.
func (ds Diagnostics) Codes() []Code {
	codes := make([]Code, len(ds))
	for i, d := range ds {
		codes[i] = d.Code
	}
	return codes
}
