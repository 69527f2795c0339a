package sfn

import (
	"sync/atomic"
	"time"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/jsontree"
)

// State is one state of a workflow: *Pass, *Task, *Choice, *Wait,
// *Succeed, *Fail, *Parallel or *Map. The set is closed. A state is
// identified by its object, not its name: two states with the same name are
// two states (and the validator reports the duplicate name).
type State interface {
	Chainable
	// Name returns the state's name, the key under States.
	Name() string
	// node returns the fields every state has.
	node() *base
	// toModel returns the ASL model of the state, which is at site at;
	// nested holds its blocks (from nested()), built already.
	toModel(b *builder, at site, nested []*asl.Graph) asl.State
	// appendSuccessors appends the states this state continues at to dst,
	// in the order Build visits them (nil where a transition is missing).
	appendSuccessors(dst []State) []State
	// nested returns the start states of the state's nested graphs
	// (Parallel branches, a Map's item processor).
	nested() []State
}

// stateSeq numbers states in creation order, for Fragment.WithPrefix.
var stateSeq atomic.Uint64

// base holds what every state has.
type base struct {
	name          string
	comment       *string
	source        string   // where the state was created
	probs         problems // misuse recorded on the state
	owner         *StateMachine
	seq           uint64
	visited       *builder      // the Build that last emitted the state, in place of a seen-set
	queryLanguage QueryLanguage // "" when not set
}

func newBase(name string) base {
	return base{name: name, source: callerSource(), seq: stateSeq.Add(1)}
}

// Name returns the state's name.
func (b *base) Name() string { return b.name }

func (b *base) node() *base { return b }

// appendSuccessors and nested default to none; types that have them override.
func (b *base) appendSuccessors(dst []State) []State { return dst }
func (b *base) nested() []State                      { return nil }

// common returns the model's Base.
func (b *base) common() asl.Base {
	return asl.Base{Name: b.name, Comment: b.comment, QueryLanguage: b.queryLanguage, Source: b.source}
}

// inOut holds InputPath and OutputPath (all states but Fail).
type inOut struct {
	inputPath  *asl.NullablePath
	outputPath *asl.NullablePath
}

func (x *inOut) model() asl.InputOutput {
	return asl.InputOutput{InputPath: x.inputPath, OutputPath: x.outputPath}
}

func pathField(p Path) *asl.NullablePath { return &asl.NullablePath{Path: string(p)} }

func nullField() *asl.NullablePath { return &asl.NullablePath{Null: true} }

// nextable is a state that continues with Next or ends with End: Pass,
// Task, Wait, Parallel and Map.
type nextable interface {
	State
	flowOf() *flow
}

// flow holds where a state continues.
type flow struct {
	next       State  // nil: the state ends its graph
	nextSource string // where next was set
}

func (f *flow) flowOf() *flow { return f }

func (f *flow) transition() asl.Transition {
	if f.next == nil {
		end := true
		return asl.Transition{End: &end}
	}
	return asl.Transition{Next: f.next.Name()}
}

// results holds ResultSelector and ResultPath (Task, Parallel, Map).
type results struct {
	resultSelector *jsontree.Value
	resultPath     *asl.NullablePath
}

func (r *results) model() asl.Results {
	return asl.Results{ResultSelector: r.resultSelector, ResultPath: r.resultPath}
}

// seconds converts d to whole seconds for a field, recording a problem
// (and rounding up) when d is not a whole number of seconds.
func seconds(ps *problems, where []any, what string, d time.Duration) int64 {
	n := int64(d / time.Second)
	if rest := d % time.Second; rest != 0 {
		ps.add(where, msgWholeSeconds, what, d)
		if rest > 0 {
			n++
		}
	}
	return n
}

var (
	_ nextable = (*Pass)(nil)
	_ nextable = (*Task)(nil)
	_ nextable = (*Wait)(nil)
	_ nextable = (*Parallel)(nil)
	_ nextable = (*Map)(nil)
	_ State    = (*Choice)(nil)
	_ State    = (*Succeed)(nil)
	_ State    = (*Fail)(nil)
)
