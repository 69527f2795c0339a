package sfn

import "github.com/stepwise-go/stepwise/asl"

// Wait delays the workflow for a duration or until a time, then passes its
// input on unchanged. Without Next it ends its block. See
// https://docs.aws.amazon.com/step-functions/latest/dg/state-wait.html
type Wait struct {
	base
	jsonataFields
	inOut
	flow
	time WaitTime
}

// NewWait returns a Wait state named name that waits for t. A nil t is a
// recorded problem (and the validator reports the missing time).
func NewWait(name string, t WaitTime) *Wait {
	w := &Wait{base: newBase(name), time: t}
	if t == nil {
		w.probs.add(nil, msgNilWaitTime)
	} else {
		w.probs = append(w.probs, t.problems()...)
	}
	return w
}

// Comment sets the state's Comment. Default: none.
func (w *Wait) Comment(text string) *Wait {
	w.comment = &text
	return w
}

// InputPath selects the part of the input the state works on (and in
// which WaitSecondsPath and WaitTimestampPath look). Default: "$".
func (w *Wait) InputPath(path Path) *Wait {
	w.inputPath = pathField(path)
	return w
}

// DiscardInput sets InputPath to null: the state works on {}.
func (w *Wait) DiscardInput() *Wait {
	w.inputPath = nullField()
	return w
}

// OutputPath selects the part of the input passed on. Default: "$".
func (w *Wait) OutputPath(path Path) *Wait {
	w.outputPath = pathField(path)
	return w
}

// DiscardOutput sets OutputPath to null: the state passes on {}.
func (w *Wait) DiscardOutput() *Wait {
	w.outputPath = nullField()
	return w
}

// Next continues the state at next's start and returns the chain from this
// state to next's ends. A second Next to a different state is a recorded
// problem.
func (w *Wait) Next(next Chainable) *Chain { return chainNext(w, next) }

func (w *Wait) startState() State {
	if w == nil {
		return nil
	}
	return w
}

func (w *Wait) endStates() []nextable {
	if w == nil {
		return nil
	}
	return []nextable{w}
}

func (w *Wait) appendSuccessors(dst []State) []State { return append(dst, w.next) }

func (w *Wait) toModel(_ *builder, at site, _ []*asl.Graph) asl.State {
	m := &asl.Wait{Base: w.common(), InputOutput: w.inOut.model(), Jsonata: w.jsonataFields.model(&w.base, at), Transition: w.transition()}
	if w.time != nil {
		w.time.apply(m)
	}
	return m
}
