package sfn

import (
	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/jsontree"
)

// Parallel runs its branches concurrently on the same input; its result is
// the array of the branches' outputs, in branch order. Each branch is its
// own block of states: a branch cannot jump to a state outside it. Without
// Next it ends its block. See
// https://docs.aws.amazon.com/step-functions/latest/dg/state-parallel.html
type Parallel struct {
	base
	jsonataFields
	arguments *jsontree.Value
	input     *languageInput
	inOut
	results
	flow
	errorHandling
	parameters *jsontree.Value
	branches   []State   // start states
	notes      []*string // each branch's Comment, or nil
}

// NewParallel returns a Parallel state named name. Add branches with
// Branch; a Parallel without branches is reported by the validator.
func NewParallel(name string) *Parallel { return &Parallel{base: newBase(name)} }

// Comment sets the state's Comment. Default: none.
func (p *Parallel) Comment(text string) *Parallel {
	p.comment = &text
	return p
}

// InputPath selects the part of the input the branches get. Default: "$".
func (p *Parallel) InputPath(path Path) *Parallel {
	p.inputPath = pathField(path)
	return p
}

// DiscardInput sets InputPath to null: the branches get {}.
func (p *Parallel) DiscardInput() *Parallel {
	p.inputPath = nullField()
	return p
}

// OutputPath selects the part of the output passed on. Default: "$".
func (p *Parallel) OutputPath(path Path) *Parallel {
	p.outputPath = pathField(path)
	return p
}

// DiscardOutput sets OutputPath to null: the state passes on {}.
func (p *Parallel) DiscardOutput() *Parallel {
	p.outputPath = nullField()
	return p
}

// Parameters sets the payload template each branch gets as input: usually
// an object (see Path for ".$" members), but any JSON value is allowed.
// Default: none (the input as selected by InputPath).
func (p *Parallel) Parameters(template any) *Parallel {
	p.parameters = payload(&p.base, "Parameters", template, jsonPathMode, false)
	return p
}

// ResultSelector reshapes the array of branch outputs before ResultPath
// applies: usually an object (see Path for ".$" members), but any JSON
// value is allowed. Default: none.
func (p *Parallel) ResultSelector(template any) *Parallel {
	p.resultSelector = payload(&p.base, "ResultSelector", template, jsonPathMode, false)
	return p
}

// ResultPath says where in the input the result goes. Default: "$".
func (p *Parallel) ResultPath(path Path) *Parallel {
	p.resultPath = pathField(path)
	return p
}

// DiscardResult sets ResultPath to null: the output is the input.
func (p *Parallel) DiscardResult() *Parallel {
	p.resultPath = nullField()
	return p
}

// Branch appends branches, each a chain of states run from its start. A
// nil branch is a recorded problem.
func (p *Parallel) Branch(branches ...Chainable) *Parallel {
	for _, br := range branches {
		start := startOf(br)
		if start == nil {
			reportNil(&p.probs, []any{"Branches"}, "Branch", br)
			continue
		}
		p.branches = append(p.branches, start)
		p.notes = append(p.notes, nil)
	}
	return p
}

// CommentedBranch appends one branch, as Branch does, with a Comment (a
// human-readable description of the branch; branches added with Branch
// have none). A nil branch is a recorded problem.
func (p *Parallel) CommentedBranch(branch Chainable, text string) *Parallel {
	start := startOf(branch)
	if start == nil {
		reportNil(&p.probs, []any{"Branches"}, "CommentedBranch", branch)
		return p
	}
	p.branches = append(p.branches, start)
	p.notes = append(p.notes, &text)
	return p
}

// Retry appends retriers, tried in order when the state fails (a branch
// fails). A nil retrier is a recorded problem. Default: no retries.
func (p *Parallel) Retry(retriers ...*Retrier) *Parallel {
	p.addRetry(&p.base, retriers)
	return p
}

// Catch appends a catcher: when the state fails with one of its errors,
// the workflow continues at handler's start. Default: none.
func (p *Parallel) Catch(c *Catcher, handler Chainable) *Parallel {
	p.addCatch(&p.base, c, handler)
	return p
}

// Next continues the state at next's start and returns the chain from this
// state to next's ends. A second Next to a different state is a recorded
// problem.
func (p *Parallel) Next(next Chainable) *Chain { return chainNext(p, next) }

func (p *Parallel) startState() State {
	if p == nil {
		return nil
	}
	return p
}

func (p *Parallel) endStates() []nextable {
	if p == nil {
		return nil
	}
	return []nextable{p}
}

func (p *Parallel) appendSuccessors(dst []State) []State {
	return p.appendHandlers(append(dst, p.next))
}

func (p *Parallel) nested() []State { return p.branches }

func (p *Parallel) toModel(b *builder, at site, branches []*asl.Graph) asl.State {
	params, args := p.parameters, p.arguments
	if p.input != nil {
		params, args = p.input.pick(b.languageOf(&p.base), at, params, args)
	}
	m := &asl.Parallel{
		Base:        p.common(),
		InputOutput: p.inOut.model(),
		Parameters:  params,
		Arguments:   args,
		Jsonata:     p.jsonataFields.model(&p.base, at),
		Results:     p.results.model(),
		Transition:  p.transition(),
	}
	m.Branches = branches
	for i, g := range branches {
		g.Comment = p.notes[i]
	}
	m.ErrorHandling = p.errorHandling.model(b, at, b.languageOf(&p.base))
	return m
}
