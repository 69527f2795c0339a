package runtime

import (
	"context"
	"errors"
	"time"

	"github.com/stepwise-go/stepwise/jsonata"
	"github.com/stepwise-go/stepwise/value"
)

// This file is the runtime's only caller of package jsonata.

// jsonataEnv is what a JSONata expression may read: variables (workflow
// variables and $states) and the injected clock and random source.
type jsonataEnv struct {
	Context context.Context
	Vars    func(name string) (value.Value, bool)
	Now     func() time.Time
	Random  func() float64
	Timeout time.Duration // 0: none

	env *jsonata.Env // the fields above in jsonata's form, made on first use
}

// jsonataProgram is a compiled "{% … %}" expression.
type jsonataProgram struct {
	prog *jsonata.Program
	src  string // the expression between the delimiters, as written
}

// compileJSONata parses and compiles the template s ("{% … %}") once.
func compileJSONata(s string) (*jsonataProgram, error) {
	e, err := jsonata.ParseTemplate(s)
	if err != nil {
		return nil, err
	}
	p, err := jsonata.Compile(e)
	if err != nil {
		return nil, err
	}
	return &jsonataProgram{prog: p, src: s[2 : len(s)-2]}, nil
}

// jsonataError is a failed evaluation: Code ("T1006") and message, as
// Step Functions quotes them in a cause.
type jsonataError struct{ Code, Msg string }

func (e *jsonataError) Error() string {
	if e.Code == "" {
		return e.Msg
	}
	return e.Code + ": " + e.Msg
}

// errFunctionResult says that an expression evaluated to a function,
// which no field can hold.
var errFunctionResult = errors.New("the expression returned a function")

// eval evaluates the expression with input as the context item; nil is
// undefined. Evaluation errors are *jsonataError; a function result is
// errFunctionResult.
func (p *jsonataProgram) eval(input value.Value, env *jsonataEnv) (value.Value, error) {
	if env.env == nil {
		env.env = &jsonata.Env{Context: env.Context, Vars: env.Vars, Now: env.Now, Random: env.Random, Timeout: env.Timeout}
	}
	v, isFunction, err := p.prog.EvalFunctionAware(input, env.env)
	if isFunction {
		return nil, errFunctionResult
	}
	if err != nil {
		var je *jsonata.Error
		if errors.As(err, &je) {
			return nil, &jsonataError{Code: je.Code, Msg: je.Msg}
		}
		return nil, err
	}
	return v, nil
}
