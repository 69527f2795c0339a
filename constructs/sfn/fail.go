package sfn

import "github.com/stepwise-go/stepwise/asl"

// Fail stops its block with an error: the machine's execution, or a
// Parallel branch or Map iteration (which fails the Parallel or Map, where
// Retry and Catch apply). Nothing can follow it. See
// https://docs.aws.amazon.com/step-functions/latest/dg/state-fail.html
type Fail struct {
	base
	errorName *string
	errorPath *string
	cause     *string
	causePath *string
}

// NewFail returns a Fail state named name.
func NewFail(name string) *Fail { return &Fail{base: newBase(name)} }

// Comment sets the state's Comment. Default: none.
func (f *Fail) Comment(text string) *Fail {
	f.comment = &text
	return f
}

// Error sets the error name the block fails with; it replaces ErrorPath.
// Default: none.
func (f *Fail) Error(name string) *Fail {
	f.errorName, f.errorPath = &name, nil
	return f
}

// ErrorPath takes the error name from the input at path (a reference path
// or one of the intrinsics States.Format, JsonToString, ArrayGetItem,
// Base64Encode, Base64Decode, Hash, UUID); it replaces Error.
func (f *Fail) ErrorPath(path Path) *Fail {
	f.errorPath, f.errorName = pathPtr(path), nil
	return f
}

// Cause sets the human-readable cause of the failure; it replaces
// CausePath. Default: none.
func (f *Fail) Cause(text string) *Fail {
	f.cause, f.causePath = &text, nil
	return f
}

// CausePath takes the cause from the input at path (as ErrorPath); it
// replaces Cause.
func (f *Fail) CausePath(path Path) *Fail {
	f.causePath, f.cause = pathPtr(path), nil
	return f
}

func (f *Fail) startState() State {
	if f == nil {
		return nil
	}
	return f
}

// endStates implements Chainable: nothing can follow a Fail.
func (f *Fail) endStates() []nextable { return nil }

func (f *Fail) toModel(*builder, site, []*asl.Graph) asl.State {
	return &asl.Fail{
		Base:      f.common(),
		Error:     f.errorName,
		ErrorPath: f.errorPath,
		Cause:     f.cause,
		CausePath: f.causePath,
	}
}
