package runtime

import (
	"strings"

	"github.com/stepwise-go/stepwise/intrinsic"
	"github.com/stepwise-go/stepwise/value"
)

// This file is the runtime's only caller of package intrinsic.

// intrinsicEnv is what an intrinsic call may read. Each thread keeps one
// (see thread.intrinsicEnv) and refills Input and Context before every
// call, so a call allocates no environment.
type intrinsicEnv struct {
	env intrinsic.Env
}

// intrinsicProgram is a compiled intrinsic function call.
type intrinsicProgram struct {
	prog *intrinsic.Program
	// readsContext says a path argument reads "$$", so the context object
	// must be built before the call; most calls never read it.
	readsContext bool
}

// compileIntrinsic parses, checks and compiles an intrinsic call once, at
// compile time.
func compileIntrinsic(src string) (*intrinsicProgram, error) {
	c, err := intrinsic.Parse(src)
	if err != nil {
		return nil, err
	}
	if errs := intrinsic.Check(c); len(errs) > 0 {
		return nil, errs[0]
	}
	p, err := intrinsic.Compile(c)
	if err != nil {
		return nil, err
	}
	return &intrinsicProgram{prog: p, readsContext: callReadsContext(c, 0)}, nil
}

// callReadsContext reports whether c or a call nested in it has a "$$"
// path argument. Nesting deeper than intrinsic.MaxDepth (which Check
// rejects) counts as reading it.
func callReadsContext(c *intrinsic.Call, depth int) bool {
	if depth > intrinsic.MaxDepth {
		return true
	}
	for _, a := range c.Args {
		switch {
		case a.Kind == intrinsic.Path && strings.HasPrefix(a.Text, "$$"):
			return true
		case a.Kind == intrinsic.Nested && a.Call != nil && callReadsContext(a.Call, depth+1):
			return true
		}
	}
	return false
}

// intrinsicEnv returns the thread's intrinsic environment reading input
// (and the context object when p reads "$$").
func (t *thread) intrinsicEnv(p *intrinsicProgram, input value.Value) *intrinsicEnv {
	if t.intrinsics == nil {
		t.intrinsics = &intrinsicEnv{env: intrinsic.Env{
			Vars:   func(name string) (value.Value, bool) { return t.vars.get(name) },
			Random: t.ex.random,
		}}
	}
	e := t.intrinsics
	e.env.Input, e.env.Context = input, nil
	if p.readsContext {
		e.env.Context = t.contextObject()
	}
	return e
}

// eval runs the call. A *intrinsicFailure is a workflow error
// (States.IntrinsicFailure or States.Runtime, with AWS's cause); other
// errors are host errors.
func (p *intrinsicProgram) eval(env *intrinsicEnv) (value.Value, error) {
	v, err := p.prog.Eval(&env.env)
	if err != nil {
		if f, ok := intrinsic.AsFailure(err); ok {
			return nil, &intrinsicFailure{Name: f.Error, Cause: f.Cause}
		}
		return nil, err
	}
	return v, nil
}

// intrinsicFailure is a failed intrinsic call, with the error name and
// cause Step Functions reports.
type intrinsicFailure struct{ Name, Cause string }

func (f *intrinsicFailure) Error() string { return f.Name + ": " + f.Cause }
