package sfn

import (
	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/jsontree"
)

// Pass passes its input to its output, optionally injecting a fixed Result
// or reshaping the input with Parameters. Without Next it ends its block
// ("End": true). See
// https://docs.aws.amazon.com/step-functions/latest/dg/state-pass.html
type Pass struct {
	base
	jsonataFields
	inOut
	flow
	parameters *jsontree.Value
	result     *jsontree.Value
	resultPath *asl.NullablePath
}

// NewPass returns a Pass state named name (1–80 characters, unique in the
// machine).
func NewPass(name string) *Pass { return &Pass{base: newBase(name)} }

// Comment sets the state's Comment, a human-readable description. Default:
// none.
func (p *Pass) Comment(text string) *Pass {
	p.comment = &text
	return p
}

// InputPath selects the part of the input the state works on. Default: "$"
// (the whole input).
func (p *Pass) InputPath(path Path) *Pass {
	p.inputPath = pathField(path)
	return p
}

// DiscardInput sets InputPath to null: the state works on {} instead of
// its input.
func (p *Pass) DiscardInput() *Pass {
	p.inputPath = nullField()
	return p
}

// Parameters sets the payload template that becomes the state's effective
// input: usually a map or struct (see Path for ".$" members), but any JSON
// value is allowed (a string, a slice, a number, json.RawMessage).
// Default: none (the input as selected by InputPath).
func (p *Pass) Parameters(template any) *Pass {
	p.parameters = payload(&p.base, "Parameters", template, jsonPathMode, false)
	return p
}

// Result sets the fixed value the state outputs instead of its input: any
// JSON-convertible value, taken literally (a Path in it is a plain
// string). Default: none (the effective input is the result).
func (p *Pass) Result(value any) *Pass {
	p.result = payload(&p.base, "Result", value, literalMode, false)
	return p
}

// ResultPath says where in the input the result goes; the combination is
// the output. Default: "$" (the result replaces the input).
func (p *Pass) ResultPath(path Path) *Pass {
	p.resultPath = pathField(path)
	return p
}

// DiscardResult sets ResultPath to null: the output is the input,
// unchanged by the result.
func (p *Pass) DiscardResult() *Pass {
	p.resultPath = nullField()
	return p
}

// OutputPath selects the part of the output passed on. Default: "$" (all
// of it).
func (p *Pass) OutputPath(path Path) *Pass {
	p.outputPath = pathField(path)
	return p
}

// DiscardOutput sets OutputPath to null: the state passes on {}.
func (p *Pass) DiscardOutput() *Pass {
	p.outputPath = nullField()
	return p
}

// Next continues the state at next's start and returns the chain from this
// state to next's ends. A state continues at one state only: a second Next
// to a different state is a recorded problem.
func (p *Pass) Next(next Chainable) *Chain { return chainNext(p, next) }

func (p *Pass) startState() State {
	if p == nil {
		return nil
	}
	return p
}

func (p *Pass) endStates() []nextable {
	if p == nil {
		return nil
	}
	return []nextable{p}
}

func (p *Pass) appendSuccessors(dst []State) []State { return append(dst, p.next) }

func (p *Pass) toModel(_ *builder, at site, _ []*asl.Graph) asl.State {
	return &asl.Pass{
		Base:        p.common(),
		InputOutput: p.inOut.model(),
		Parameters:  p.parameters,
		Result:      p.result,
		ResultPath:  p.resultPath,
		Jsonata:     p.jsonataFields.model(&p.base, at),
		Transition:  p.transition(),
	}
}
