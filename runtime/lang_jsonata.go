package runtime

import (
	"context"
	"fmt"
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
}

// jsonataProgram is a compiled "{% … %}" expression.
type jsonataProgram struct {
	expr *jsonata.Expr
	src  string // the expression between the delimiters, trimmed as written
}

// compileJSONata parses the template s ("{% … %}") once.
func compileJSONata(s string) (*jsonataProgram, error) {
	e, err := jsonata.ParseTemplate(s)
	if err != nil {
		return nil, err
	}
	return &jsonataProgram{expr: e, src: s[2 : len(s)-2]}, nil
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

// eval evaluates the expression with input as the context item.
//
// STAND-IN until jsonata evaluation merges: only a literal, $states or a
// variable followed by .name steps is evaluated; anything else is an
// "unsupported" error. Replace the body with jsonata.Compile at compile
// time and (*jsonata.Program).Eval here, mapping *jsonata.Error to
// *jsonataError{Code, Msg}.
func (p *jsonataProgram) eval(input value.Value, env *jsonataEnv) (value.Value, error) {
	n := p.expr.Root
	switch n.Kind {
	case jsonata.KindNumber, jsonata.KindString:
		return value.Parse([]byte(literalJSON(n)))
	}
	var steps []*jsonata.Node
	if n.Kind == jsonata.KindPath {
		steps = n.Children
	} else {
		steps = []*jsonata.Node{n}
	}
	if len(steps) == 0 || steps[0].Kind != jsonata.KindVariable {
		return nil, &jsonataError{Msg: fmt.Sprintf("this build cannot evaluate the JSONata expression %q yet", p.src)}
	}
	v, _ := env.Vars(steps[0].Value)
	for _, s := range steps[1:] {
		if s.Kind != jsonata.KindName || len(s.Children) > 0 || len(s.Stages) > 0 {
			return nil, &jsonataError{Msg: fmt.Sprintf("this build cannot evaluate the JSONata expression %q yet", p.src)}
		}
		o, ok := v.(*value.Object)
		if !ok {
			return nil, nil
		}
		v, _ = o.Get(s.Value)
	}
	return v, nil
}

func literalJSON(n *jsonata.Node) string {
	if n.Kind == jsonata.KindString {
		return string(value.AppendString(nil, n.Value))
	}
	return n.Value
}
