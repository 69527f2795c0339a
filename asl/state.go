package asl

import "github.com/stepwise-go/stepwise/jsontree"

// State is one state of a machine: *Pass, *Task, *Choice, *Wait, *Succeed,
// *Fail, *Parallel or *Map. The set is closed: an unexported method seals
// it, so no other package can add a type that a switch over states would
// silently miss.
type State interface {
	// Common returns the fields every state has.
	Common() *Base
	// Type returns the ASL type name ("Pass", "Task", …).
	Type() string
	isState()
}

// The eight state types, checked at compile time.
var (
	_ State = (*Pass)(nil)
	_ State = (*Task)(nil)
	_ State = (*Choice)(nil)
	_ State = (*Wait)(nil)
	_ State = (*Succeed)(nil)
	_ State = (*Fail)(nil)
	_ State = (*Parallel)(nil)
	_ State = (*Map)(nil)
)

func (*Pass) isState()     {}
func (*Task) isState()     {}
func (*Choice) isState()   {}
func (*Wait) isState()     {}
func (*Succeed) isState()  {}
func (*Fail) isState()     {}
func (*Parallel) isState() {}
func (*Map) isState()      {}

// Base holds what every state has.
type Base struct {
	Name          string        // the key in States; not rendered inside the state
	Comment       *string       // a human-readable description
	QueryLanguage QueryLanguage // per-state override of the machine's language; "" when absent
	// Source is the Go source position ("file.go:42") of the code that built
	// the state with the DSL; empty for parsed definitions. Not rendered.
	Source string
}

// Common implements State.
func (b *Base) Common() *Base { return b }

// Transition is Next or End, for states that continue (Pass, Task, Wait,
// Parallel, Map).
type Transition struct {
	Next string // the name of the next state; "" when absent
	End  *bool  // "End": true marks a terminal state; nil when absent
}

// IsEnd reports whether End is present and true.
func (t *Transition) IsEnd() bool { return t.End != nil && *t.End }

// InputOutput holds the JSONPath fields that filter a state's input and
// output (all but Fail).
type InputOutput struct {
	InputPath  *NullablePath
	OutputPath *NullablePath
}

// Results holds the JSONPath fields that shape a state's result (Task,
// Parallel, Map; Pass has ResultPath only).
type Results struct {
	ResultSelector *jsontree.Value
	ResultPath     *NullablePath
}

// NullablePath is a JSONPath field that may be null (InputPath, OutputPath,
// ResultPath): null means {} for InputPath/OutputPath and "discard the
// result" for ResultPath.
type NullablePath struct {
	Path string
	Null bool
}

// IntOrExpr is a number field that a JSONata state may give as an
// expression instead (Wait Seconds, Task TimeoutSeconds/HeartbeatSeconds,
// Map MaxConcurrency, …).
type IntOrExpr struct {
	Int  int64
	Expr string // the "{% … %}" string; when set, Int is unused
}

// IsExpr reports whether the field holds an expression.
func (f *IntOrExpr) IsExpr() bool { return f.Expr != "" }

// Jsonata holds the JSONata-language fields shared by most states.
type Jsonata struct {
	Output *jsontree.Value // any JSON, with {% %} expressions in strings
	Assign *jsontree.Value // variables to set; allowed in both languages
}

// ErrorHandling holds Retry and Catch (Task, Parallel, Map).
type ErrorHandling struct {
	Retry []*Retrier
	Catch []*Catcher
}

// Retrier is one entry of Retry.
type Retrier struct {
	Comment         *string
	ErrorEquals     []string
	IntervalSeconds *int64   // default 1
	MaxAttempts     *int64   // default 3; 0 = never retry
	BackoffRate     *float64 // default 2.0
	MaxDelaySeconds *int64
	JitterStrategy  *string // "FULL" or "NONE"
	Source          string  // Go source position for DSL-built retriers
}

// Catcher is one entry of Catch.
type Catcher struct {
	Comment     *string
	ErrorEquals []string
	ResultPath  *NullablePath   // JSONPath
	Output      *jsontree.Value // JSONata
	Assign      *jsontree.Value
	Next        string
	Source      string // Go source position for DSL-built catchers
}
