package runtime

import (
	"github.com/stepwise-go/stepwise/intrinsic"
	"github.com/stepwise-go/stepwise/value"
)

// This file is the runtime's only caller of package intrinsic.

// intrinsicEnv is what an intrinsic call may read.
type intrinsicEnv struct {
	Input, Context value.Value
	Vars           func(string) (value.Value, bool)
	Random         func() float64
}

// intrinsicProgram is a compiled intrinsic function call.
type intrinsicProgram struct {
	prog *intrinsic.Program
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
	return &intrinsicProgram{prog: p}, nil
}

// eval runs the call. A *intrinsicFailure is a workflow error
// (States.IntrinsicFailure or States.Runtime, with AWS's cause); other
// errors are host errors.
func (p *intrinsicProgram) eval(env *intrinsicEnv) (value.Value, error) {
	v, err := p.prog.Eval(&intrinsic.Env{Input: env.Input, Context: env.Context, Vars: env.Vars, Random: env.Random})
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
