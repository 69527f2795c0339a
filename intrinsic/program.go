package intrinsic

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/stepwise-go/stepwise/jsonpath"
	"github.com/stepwise-go/stepwise/value"
)

// Program is a call ready to evaluate: every function resolved and every
// path argument parsed. It is immutable, so one Program may be evaluated
// by many goroutines at once.
type Program struct {
	root *node
}

// Env supplies what a call reads. The zero Env is valid: paths then find
// nothing and randomness comes from math/rand/v2.
type Env struct {
	// Input is the value "$" paths read (the state input, or the result in
	// ResultSelector).
	Input value.Value
	// Context is the context object "$$" paths read.
	Context value.Value
	// Vars looks up the workflow variable "$name" paths read; nil means no
	// variables.
	Vars func(name string) (value.Value, bool)
	// Random returns a number in [0, 1) for States.MathRandom (without a
	// seed) and States.UUID; nil means math/rand/v2.
	Random func() float64
}

// Failure is a run-time error of a call, as AWS reports it: Error is
// "States.IntrinsicFailure" for bad arguments, or "States.Runtime" when a
// path argument selects nothing; Cause is the message. (A struct cannot
// have both a field and a method named Error, so Eval returns a Failure
// inside a *FailureError; AsFailure gets it back.)
type Failure struct {
	// Error is the error name a Catch or Retry matches.
	Error string
	// Cause describes the problem.
	Cause string
	// Path is, when a path argument selected nothing, that path as
	// written; the runtime may reword the cause with the field's name.
	// Empty otherwise.
	Path string
}

// FailureError is the error Eval returns for a Failure.
type FailureError struct {
	Failure
}

// Error returns "Error: Cause", e.g. "States.IntrinsicFailure: Invalid
// arguments in States.MathAdd: …".
func (e *FailureError) Error() string { return e.Failure.Error + ": " + e.Cause }

// AsFailure returns the Failure err carries (anywhere in its chain), or
// false when err is not an intrinsic failure.
func AsFailure(err error) (*Failure, bool) {
	var fe *FailureError
	if errors.As(err, &fe) {
		return &fe.Failure, true
	}
	return nil, false
}

// failure wraps f as an error.
func failure(f Failure) error { return &FailureError{Failure: f} }

// evalFunc computes one function from its evaluated arguments.
type evalFunc func(n *node, env *Env, args []value.Value) (value.Value, error)

// node is one compiled call.
type node struct {
	name string
	eval evalFunc
	args []operand
	// template holds the text between placeholders when the first
	// argument of States.Format is a literal; nil otherwise.
	template []string
}

// operand is one compiled argument: a constant, a path or a call.
type operand struct {
	constant value.Value
	path     *jsonpath.Path
	text     string // the path as written
	call     *node
}

// Compile prepares a parsed call for evaluation. It fails with the
// problems Check reports (joined), so a compiled call has known
// functions, right argument counts and valid paths.
func Compile(c *Call) (*Program, error) {
	if errs := Check(c); len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	n, err := compileCall(c)
	if err != nil {
		return nil, err
	}
	return &Program{root: n}, nil
}

// compileCall compiles c and its nested calls.
func compileCall(c *Call) (*node, error) {
	sig := Functions[c.Name]
	n := &node{name: c.Name, eval: sig.eval}
	for i, a := range c.Args {
		var op operand
		switch a.Kind {
		case String:
			op.constant = a.Text
			if i == 0 && c.Name == "States.Format" {
				n.template = SplitTemplate(a.literal())
			}
		case Number:
			f, err := strconv.ParseFloat(a.Text, 64)
			if err != nil {
				return nil, errorf(a.Pos, "invalid number %s", a.Text)
			}
			op.constant = f
		case Boolean:
			op.constant = a.Text == "true"
		case Null:
			op.constant = value.Null
		case Path:
			p, err := jsonpath.Parse(a.Text)
			if err != nil {
				return nil, errorf(a.Pos, "invalid path %q: %v", a.Text, err)
			}
			op.path, op.text = p, a.Text
		case Nested:
			inner, err := compileCall(a.Call)
			if err != nil {
				return nil, err
			}
			op.call = inner
		}
		n.args = append(n.args, op)
	}
	return n, nil
}

// Eval runs the call against env (nil is the zero Env). Every error it
// returns is a *FailureError (see AsFailure).
func (p *Program) Eval(env *Env) (value.Value, error) {
	if p == nil || p.root == nil {
		return nil, failure(Failure{Error: "States.Runtime", Cause: "no intrinsic function to evaluate"})
	}
	if env == nil {
		env = &Env{}
	}
	return p.root.run(env)
}

// run evaluates the arguments and then the function.
func (n *node) run(env *Env) (value.Value, error) {
	args := make([]value.Value, len(n.args))
	for i, op := range n.args {
		switch {
		case op.call != nil:
			v, err := op.call.run(env)
			if err != nil {
				return nil, err
			}
			args[i] = v
		case op.path != nil:
			v, err := readPath(op, env)
			if err != nil {
				return nil, err
			}
			args[i] = v
		default:
			args[i] = op.constant
		}
	}
	return n.eval(n, env, args)
}

// readPath evaluates a path argument from its root.
func readPath(op operand, env *Env) (value.Value, error) {
	var root value.Value
	switch op.path.Root {
	case jsonpath.Input:
		root = env.Input
	case jsonpath.Context:
		root = env.Context
	case jsonpath.Variable:
		if env.Vars != nil {
			root, _ = env.Vars(op.path.Variable)
		}
	}
	// Built only on failure: marshalling root on every read cost more
	// than the call itself.
	notFound := func() error {
		return failure(Failure{
			Error: "States.Runtime",
			Cause: fmt.Sprintf("The JSONPath '%s' could not be found in the input '%s'", op.text, value.Marshal(root)),
			Path:  op.text,
		})
	}
	if root == nil {
		return nil, notFound()
	}
	v, found, err := op.path.Eval(root)
	if err != nil {
		return nil, failure(Failure{Error: "States.Runtime", Cause: fmt.Sprintf("Invalid path '%s' : %v", op.text, err), Path: op.text})
	}
	if !found {
		return nil, notFound()
	}
	return v, nil
}

// fail builds a States.IntrinsicFailure for the function of n.
func fail(n *node, format string, args ...any) error {
	return failure(Failure{Error: "States.IntrinsicFailure", Cause: "Invalid arguments in " + n.name + ": " + fmt.Sprintf(format, args...)})
}
