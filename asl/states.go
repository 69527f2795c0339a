package asl

import "github.com/stepwise-go/stepwise/jsontree"

// Pass passes its input to its output, optionally injecting data.
type Pass struct {
	Base
	InputOutput
	Parameters *jsontree.Value
	Result     *jsontree.Value
	ResultPath *NullablePath
	Jsonata
	Transition
}

// Task runs work through a Resource (an activity or service integration).
type Task struct {
	Base
	Resource string
	InputOutput
	Parameters *jsontree.Value
	Arguments  *jsontree.Value // JSONata
	Results
	Jsonata
	Credentials          *jsontree.Value
	TimeoutSeconds       *IntOrExpr
	TimeoutSecondsPath   *string
	HeartbeatSeconds     *IntOrExpr
	HeartbeatSecondsPath *string
	ErrorHandling
	Transition
}

// Choice branches on rules; it has no Next or End.
type Choice struct {
	Base
	InputOutput
	Choices []*ChoiceRule
	Default string
	Jsonata
}

// ChoiceRule is one rule of a Choice, or a nested rule of And/Or/Not.
type ChoiceRule struct {
	Variable  *string    // JSONPath rules
	Operators []Operator // exactly one in a valid rule
	Condition *string    // JSONata rules: "{% … %}", or "true"/"false" when ConditionIsBool
	// ConditionIsBool says that Condition was the JSON literal true or
	// false, a constant AWS accepts (rec: test_choice_condition_constant_jsonata).
	ConditionIsBool bool
	Next            string // top-level rules only
	Comment         *string
	Jsonata                // Output and Assign, top-level JSONata/JSONPath rules
	Source          string // Go source position for DSL-built rules
}

// Operator is the comparison or boolean combinator of a rule.
type Operator struct {
	Name  string          // "StringEquals", "IsPresent", "And", "Not", …
	Value *jsontree.Value // the operand of a comparison
	Rules []*ChoiceRule   // the operands of And, Or (and Not, exactly one)
}

// Wait delays for a time given by exactly one of its four fields.
type Wait struct {
	Base
	InputOutput
	Seconds       *IntOrExpr
	Timestamp     *string
	SecondsPath   *string
	TimestampPath *string
	Jsonata
	Transition
}

// Succeed stops the machine (or branch) successfully.
type Succeed struct {
	Base
	InputOutput
	Output *jsontree.Value
}

// Fail stops the machine (or branch) with an error.
type Fail struct {
	Base
	Error     *string
	ErrorPath *string
	Cause     *string
	CausePath *string
}

// Parallel runs branches concurrently.
type Parallel struct {
	Base
	InputOutput
	Parameters *jsontree.Value
	Arguments  *jsontree.Value
	Branches   []*Graph
	Results
	Jsonata
	ErrorHandling
	Transition
}

// Map runs an item processor for each item of an array.
type Map struct {
	Base
	InputOutput
	ItemsPath                      *string
	Items                          *jsontree.Value // JSONata: an array or an expression
	ItemSelector                   *jsontree.Value
	Parameters                     *jsontree.Value // legacy name of ItemSelector
	ItemProcessor                  *Graph
	ProcessorConfig                *ProcessorConfig
	LegacyIterator                 bool // the processor was written as "Iterator"
	ItemReader                     *jsontree.Value
	ItemBatcher                    *jsontree.Value
	ResultWriter                   *jsontree.Value
	MaxConcurrency                 *IntOrExpr
	MaxConcurrencyPath             *string
	ToleratedFailureCount          *IntOrExpr
	ToleratedFailureCountPath      *string
	ToleratedFailurePercentage     *jsontree.Value // number 0–100 or expression
	ToleratedFailurePercentagePath *string
	Label                          *string
	Results
	Jsonata
	ErrorHandling
	Transition
}

// ProcessorConfig says how a Map runs its item processor.
type ProcessorConfig struct {
	Mode          *string // "INLINE" (default) or "DISTRIBUTED"
	ExecutionType *string // "STANDARD" or "EXPRESS"; distributed only
}

// Type names.
const (
	TypePass     = "Pass"
	TypeTask     = "Task"
	TypeChoice   = "Choice"
	TypeWait     = "Wait"
	TypeSucceed  = "Succeed"
	TypeFail     = "Fail"
	TypeParallel = "Parallel"
	TypeMap      = "Map"
)

// Type implements State.
func (*Pass) Type() string { return TypePass }

// Type implements State.
func (*Task) Type() string { return TypeTask }

// Type implements State.
func (*Choice) Type() string { return TypeChoice }

// Type implements State.
func (*Wait) Type() string { return TypeWait }

// Type implements State.
func (*Succeed) Type() string { return TypeSucceed }

// Type implements State.
func (*Fail) Type() string { return TypeFail }

// Type implements State.
func (*Parallel) Type() string { return TypeParallel }

// Type implements State.
func (*Map) Type() string { return TypeMap }

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
