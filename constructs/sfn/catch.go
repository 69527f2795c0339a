package sfn

import (
	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/jsontree"
)

// Catcher is one entry of a Task's, Parallel's or Map's Catch list: which
// errors to catch and where the error output goes. The state to continue
// at is given to Catch, so a Catcher may be shared by several states with
// different handlers. Make one with CatchOn.
type Catcher struct {
	errors     []ErrorName
	comment    *string
	resultPath *asl.NullablePath
	output     *jsontree.Value
	assign     dualValue
	source     string
	probs      problems
}

// CatchOn returns a catcher for the given errors (ErrorEquals; at least
// one, and ErrAll only alone and in the last catcher).
func CatchOn(errs ...ErrorName) *Catcher {
	return &Catcher{errors: errs, source: callerSource()}
}

// ResultPath says where in the state's input the error output ({"Error":
// …, "Cause": …}) goes; the combination is the handler's input. Default:
// "$" (the error output replaces the input).
func (c *Catcher) ResultPath(path Path) *Catcher {
	c.resultPath = pathField(path)
	return c
}

// DiscardResult sets ResultPath to null: the handler gets the state's
// input, without the error output.
func (c *Catcher) DiscardResult() *Catcher {
	c.resultPath = nullField()
	return c
}

// Output sets, in JSONata states, what the handler receives: any JSON
// value with {% … %} expressions; $states.errorOutput holds the error.
// Default: the error output.
func (c *Catcher) Output(value any) *Catcher {
	v, issues := convertPayload(value, jsonataMode)
	c.output = v
	c.recordIssues("Output", issues)
	return c
}

// Assign sets workflow variables when the catcher matches (see the
// states' Assign). Default: none.
func (c *Catcher) Assign(variables any) *Catcher {
	c.assign = dualPayload(&c.probs, "Assign", variables, true)
	return c
}

func (c *Catcher) recordIssues(field string, issues []payloadIssue) {
	for _, is := range issues {
		c.probs.add(append([]any{field}, is.where...), "%s", is.msg)
	}
}

// Comment sets the catcher's Comment. Default: none.
func (c *Catcher) Comment(text string) *Catcher {
	c.comment = &text
	return c
}

func (c *Catcher) model(next string, lang QueryLanguage, at site) *asl.Catcher {
	return &asl.Catcher{
		Comment:     c.comment,
		ErrorEquals: errorNames(c.errors),
		ResultPath:  c.resultPath,
		Output:      c.output,
		Assign:      c.assign.pick(lang, at),
		Next:        next,
		Source:      c.source,
	}
}

// catchEntry is a catcher and where it continues.
type catchEntry struct {
	catcher *Catcher
	handler State
}

func (e *errorHandling) addCatch(s *base, c *Catcher, handler Chainable) {
	start := startOf(handler)
	switch {
	case c == nil:
		s.probs.add([]any{"Catch"}, msgNilCatcher)
	case start == nil:
		reportNil(&s.probs, []any{"Catch"}, "Catch", handler)
	default:
		e.catches = append(e.catches, catchEntry{catcher: c, handler: start})
	}
}

// handlers returns the catch handlers in order.
func (e *errorHandling) appendHandlers(dst []State) []State {
	for _, c := range e.catches {
		dst = append(dst, c.handler)
	}
	return dst
}
