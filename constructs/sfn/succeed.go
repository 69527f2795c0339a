package sfn

import "github.com/stepwise-go/stepwise/asl"

// Succeed stops its block successfully: the machine's execution, a
// Parallel branch or a Map iteration. Nothing can follow it. See
// https://docs.aws.amazon.com/step-functions/latest/dg/state-succeed.html
type Succeed struct {
	base
	jsonataFields
	inOut
}

// NewSucceed returns a Succeed state named name.
func NewSucceed(name string) *Succeed { return &Succeed{base: newBase(name)} }

// Comment sets the state's Comment. Default: none.
func (s *Succeed) Comment(text string) *Succeed {
	s.comment = &text
	return s
}

// InputPath selects the part of the input the state works on. Default: "$".
func (s *Succeed) InputPath(path Path) *Succeed {
	s.inputPath = pathField(path)
	return s
}

// DiscardInput sets InputPath to null: the state works on {}.
func (s *Succeed) DiscardInput() *Succeed {
	s.inputPath = nullField()
	return s
}

// OutputPath selects the part of the input that becomes the block's
// output. Default: "$".
func (s *Succeed) OutputPath(path Path) *Succeed {
	s.outputPath = pathField(path)
	return s
}

// DiscardOutput sets OutputPath to null: the block's output is {}.
func (s *Succeed) DiscardOutput() *Succeed {
	s.outputPath = nullField()
	return s
}

func (s *Succeed) startState() State {
	if s == nil {
		return nil
	}
	return s
}

// endStates implements Chainable: nothing can follow a Succeed.
func (s *Succeed) endStates() []nextable { return nil }

func (s *Succeed) toModel(*builder, site, []*asl.Graph) asl.State {
	return &asl.Succeed{Base: s.common(), InputOutput: s.inOut.model(), Output: s.output}
}
