package sfn

import (
	"github.com/stepwise-go/stepwise/asl"
)

// Map runs its item processor once for each item of an array in the input
// (inline mode); its result is the array of the iterations' outputs. The
// item processor is its own block of states. Without Next it ends its
// block. See
// https://docs.aws.amazon.com/step-functions/latest/dg/state-map-inline.html
type Map struct {
	base
	jsonataFields
	inOut
	results
	flow
	errorHandling
	distributed
	itemsPath       *string
	itemSelector    dualValue
	processor       State
	processorSource string
	processorNote   *string // the item processor's Comment
	maxConcurrency  *asl.IntOrExpr
	maxConcPath     *string
}

// NewMap returns a Map state named name. Set what runs for each item with
// ItemProcessor; a Map without one is reported by the validator.
func NewMap(name string) *Map { return &Map{base: newBase(name)} }

// Comment sets the state's Comment. Default: none.
func (m *Map) Comment(text string) *Map {
	m.comment = &text
	return m
}

// InputPath selects the part of the input the state works on. Default: "$".
func (m *Map) InputPath(path Path) *Map {
	m.inputPath = pathField(path)
	return m
}

// DiscardInput sets InputPath to null: the state works on {}.
func (m *Map) DiscardInput() *Map {
	m.inputPath = nullField()
	return m
}

// OutputPath selects the part of the output passed on. Default: "$".
func (m *Map) OutputPath(path Path) *Map {
	m.outputPath = pathField(path)
	return m
}

// DiscardOutput sets OutputPath to null: the state passes on {}.
func (m *Map) DiscardOutput() *Map {
	m.outputPath = nullField()
	return m
}

// ItemsPath selects the array to iterate over, a reference path into the
// effective input. Default: "$" (the input must be the array).
func (m *Map) ItemsPath(path Path) *Map {
	m.itemsPath = pathPtr(path)
	return m
}

// ItemSelector sets the payload template each iteration gets as input
// instead of its item: usually an object, in which Paths to
// "$$.Map.Item.Value" and "$$.Map.Item.Index" reach the item and its
// index, but any JSON value is allowed. Default: none (each iteration gets
// its item).
func (m *Map) ItemSelector(template any) *Map {
	m.itemSelector = dualPayload(&m.base.probs, "ItemSelector", template, false)
	return m
}

// ItemProcessor sets the chain of states run for each item (rendered as
// ItemProcessor with ProcessorConfig {"Mode": "INLINE"}). A Map has one
// processor: setting a different one again is a recorded problem (the
// first stays), as is a nil processor.
func (m *Map) ItemProcessor(processor Chainable) *Map {
	start := startOf(processor)
	switch {
	case start == nil:
		reportNil(&m.probs, []any{"ItemProcessor"}, "ItemProcessor", processor)
	case m.processor != nil && m.processor != start:
		m.probs.add([]any{"ItemProcessor"}, msgProcessorTwice, m.name, m.processorSource)
	default:
		m.processor, m.processorSource = start, callerSource()
	}
	return m
}

// ItemProcessorComment sets the Comment of the item processor (the block
// of states ItemProcessor sets), a human-readable description. Default:
// none.
func (m *Map) ItemProcessorComment(text string) *Map {
	m.processorNote = &text
	return m
}

// MaxConcurrency sets how many iterations run at once at most; 0 means as
// many as possible (up to 40 in inline mode). It replaces
// MaxConcurrencyPath and MaxConcurrencyExpr. Default: 0.
func (m *Map) MaxConcurrency(n int) *Map {
	m.maxConcurrency, m.maxConcPath = &asl.IntOrExpr{Int: int64(n)}, nil
	return m
}

// MaxConcurrencyPath takes MaxConcurrency from the input at path
// (JSONPath states); it replaces MaxConcurrency and MaxConcurrencyExpr.
func (m *Map) MaxConcurrencyPath(path Path) *Map {
	m.maxConcPath, m.maxConcurrency = pathPtr(path), nil
	return m
}

// ResultSelector reshapes the array of iteration outputs before ResultPath
// applies: usually an object (see Path for ".$" members), but any JSON
// value is allowed. Default: none.
func (m *Map) ResultSelector(template any) *Map {
	m.resultSelector = payload(&m.base, "ResultSelector", template, jsonPathMode, false)
	return m
}

// ResultPath says where in the input the result goes. Default: "$".
func (m *Map) ResultPath(path Path) *Map {
	m.resultPath = pathField(path)
	return m
}

// DiscardResult sets ResultPath to null: the output is the input.
func (m *Map) DiscardResult() *Map {
	m.resultPath = nullField()
	return m
}

// Retry appends retriers, tried in order when the state fails. A nil
// retrier is a recorded problem. Default: no retries.
func (m *Map) Retry(retriers ...*Retrier) *Map {
	m.addRetry(&m.base, retriers)
	return m
}

// Catch appends a catcher: when the state fails with one of its errors,
// the workflow continues at handler's start. Default: none.
func (m *Map) Catch(c *Catcher, handler Chainable) *Map {
	m.addCatch(&m.base, c, handler)
	return m
}

// Next continues the state at next's start and returns the chain from this
// state to next's ends. A second Next to a different state is a recorded
// problem.
func (m *Map) Next(next Chainable) *Chain { return chainNext(m, next) }

func (m *Map) startState() State {
	if m == nil {
		return nil
	}
	return m
}

func (m *Map) endStates() []nextable {
	if m == nil {
		return nil
	}
	return []nextable{m}
}

func (m *Map) appendSuccessors(dst []State) []State {
	return m.appendHandlers(append(dst, m.next))
}

func (m *Map) nested() []State {
	if m.processor == nil {
		return nil
	}
	return []State{m.processor}
}

func (m *Map) toModel(b *builder, at site, processor []*asl.Graph) asl.State {
	out := &asl.Map{
		Base:               m.common(),
		InputOutput:        m.inOut.model(),
		ItemsPath:          m.itemsPath,
		ItemSelector:       m.itemSelector.pick(b.languageOf(&m.base), at),
		MaxConcurrency:     m.maxConcurrency,
		MaxConcurrencyPath: m.maxConcPath,
		Results:            m.results.model(),
		Jsonata:            m.jsonataFields.model(&m.base, at),
		Transition:         m.transition(),
	}
	if m.processor != nil {
		out.ProcessorConfig = &asl.ProcessorConfig{Mode: stringPtr("INLINE")}
		out.ItemProcessor = processor[0]
		out.ItemProcessor.Comment = m.processorNote
	}
	m.distributedModel(out, b.languageOf(&m.base))
	if m.batcher != nil && len(m.batcher.probs) > 0 {
		b.report(at.loc().At("ItemBatcher"), m.batcher.probs)
	}
	out.ErrorHandling = m.errorHandling.model(b, at, b.languageOf(&m.base))
	return out
}
