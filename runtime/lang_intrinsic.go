package runtime

import (
	"errors"

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
	call *intrinsic.Call
}

// compileIntrinsic parses and checks an intrinsic call once, at compile
// time.
func compileIntrinsic(src string) (*intrinsicProgram, error) {
	c, err := intrinsic.Parse(src)
	if err != nil {
		return nil, err
	}
	if errs := intrinsic.Check(c); len(errs) > 0 {
		return nil, errs[0]
	}
	return &intrinsicProgram{call: c}, nil
}

// errIntrinsicUnavailable says that intrinsic evaluation has not merged.
var errIntrinsicUnavailable = errors.New("intrinsic functions cannot be evaluated yet by this build")

// eval runs the call. A *intrinsicFailure is a workflow error
// (States.IntrinsicFailure and its cause); other errors are host errors.
//
// STAND-IN until intrinsic evaluation merges: replace the body with
// intrinsic.Compile at compile time and (*intrinsic.Program).Eval here,
// converting *intrinsic.Failure to *intrinsicFailure.
func (p *intrinsicProgram) eval(env *intrinsicEnv) (value.Value, error) {
	return nil, &intrinsicFailure{Name: "States.IntrinsicFailure", Cause: errIntrinsicUnavailable.Error() + ": " + p.call.Name}
}

// intrinsicFailure is a failed intrinsic call, with the error name and
// cause Step Functions reports.
type intrinsicFailure struct{ Name, Cause string }

func (f *intrinsicFailure) Error() string { return f.Name + ": " + f.Cause }
