package importer

import (
	"errors"
	"fmt"
	"strings"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/jsontree"
	"github.com/stepwise-go/stepwise/semdiff"
)

// Options say what Go file Import writes.
type Options struct {
	// Package is the package clause. Default: "workflows", or "main" with
	// Main.
	Package string
	// Func names the function that returns the state machine; it is also
	// the machine's name. Default: "Workflow".
	Func string
	// Main adds a main function that prints the definition's ASL JSON, so
	// that the file is a complete program.
	Main bool
}

// Unsupported is a part of a definition the DSL cannot express.
type Unsupported struct {
	Pointer string // JSON Pointer: /States/Charge/Credentials
	Path    string // readable: States["Charge"].Credentials
	Reason  string
}

// Error says why a definition cannot be imported: it is invalid, or uses
// what the DSL cannot express, or (a bug) the program would synthesize
// something else.
type Error struct {
	Invalid     asl.Diagnostics
	Unsupported []Unsupported
	Mismatch    string // the semantic difference, input → imported program
	// Placeholders are the JSON pointers of string values holding a
	// deploy-time placeholder ("${AWS::Partition}", "${LambdaArn}"), the
	// likely obstacle when the definition is invalid or the check fails;
	// nil when there are none (at most 5 are listed).
	Placeholders []string
}

// Error lists the problems, the unsupported fields (each by its JSON
// pointer) or the mismatch, one per line.
func (e *Error) Error() string {
	var b strings.Builder
	switch {
	case len(e.Invalid) > 0:
		b.WriteString("the definition has problems (stepwise validate lists them):\n")
		for _, d := range e.Invalid {
			if d.Severity == asl.Error {
				fmt.Fprintf(&b, "  %s: %s [%s]\n", pointer(d.At.Pointer()), d.Message, d.Code)
			}
		}
	case len(e.Unsupported) > 0:
		b.WriteString("the DSL cannot express:\n")
		for _, u := range e.Unsupported {
			fmt.Fprintf(&b, "  %s: %s\n", pointer(u.Pointer), u.Reason)
		}
	case len(e.Placeholders) > 0:
		b.WriteString("the imported program would synthesize a different definition:\n")
		b.WriteString(strings.TrimSuffix(e.Mismatch, "\n") + "\n")
	default:
		b.WriteString("the imported program would synthesize a different definition (a bug in stepwise import; please report it):\n")
		b.WriteString(e.Mismatch)
	}
	b.WriteString(placeholderNote(e.Placeholders))
	return strings.TrimSuffix(b.String(), "\n")
}

func pointer(p string) string {
	if p == "" {
		return "/"
	}
	return p
}

// Import returns Go source that builds the definition in data with the
// DSL, or an *Error.
func Import(data []byte, opts Options) ([]byte, error) {
	opts = opts.withDefaults()
	if !IsIdent(opts.Func) || opts.Func == "main" {
		return nil, fmt.Errorf("%q cannot name the function", opts.Func)
	}
	if !IsIdent(opts.Package) {
		return nil, fmt.Errorf("%q cannot name the package", opts.Package)
	}
	p, err := NewPlan(data, opts.Func)
	if err != nil {
		return nil, err
	}
	return p.Source(opts)
}

func (o Options) withDefaults() Options {
	if o.Func == "" {
		o.Func = "Workflow"
	}
	if o.Package == "" {
		o.Package = "workflows"
		if o.Main {
			o.Package = "main"
		}
	}
	return o
}

// NewPlan reads a definition and returns the plan of a function that
// builds it as the machine named name, checked: run through the DSL, the
// plan synthesizes the (normalized) definition. The error is an *Error
// when the definition is invalid or uses what the DSL cannot express.
func NewPlan(data []byte, name string) (*Plan, error) {
	m, diags := asl.ParseAndValidate(data)
	if m == nil || diags.HasErrors() {
		if len(diags) == 0 {
			return nil, errors.New("the definition cannot be read")
		}
		return nil, &Error{Invalid: diags, Placeholders: placeholders(data)}
	}
	p, unsupported := newPlan(m, name)
	if len(unsupported) > 0 {
		return nil, &Error{Unsupported: unsupported}
	}
	if diff, err := check(p, data); err != nil {
		return nil, err
	} else if diff != "" {
		return nil, &Error{Mismatch: diff, Placeholders: placeholders(data)}
	}
	return p, nil
}

// check runs the plan through the DSL and returns the semantic difference
// between the normalized input and what the program synthesizes ("" when
// there is none).
func check(p *Plan, data []byte) (string, error) {
	m, err := p.Machine()
	if err != nil {
		return "", err
	}
	got, err := m.Synth()
	if err != nil {
		return "the DSL reports problems:\n" + err.Error(), nil
	}
	want, err := jsontree.Parse(data)
	if err != nil {
		return "", err
	}
	have, err := jsontree.Parse(got)
	if err != nil {
		return "", err
	}
	want = Normalize(want)
	if jsontree.Equal(want, have) {
		return "", nil
	}
	return semdiff.CompareValues(want, have).String(), nil
}
