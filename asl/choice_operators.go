package asl

import (
	"strings"

	"github.com/stepwise-go/stepwise/value"
)

// OperandType is the type of the values a Choice comparison operator
// compares.
type OperandType uint8

// The operand types of Choice comparison operators.
const (
	// OperandString compares strings (StringEquals, StringMatches, …).
	OperandString OperandType = iota + 1
	// OperandNumber compares numbers (NumericEquals, …).
	OperandNumber
	// OperandBoolean compares booleans (BooleanEquals), and is the operand
	// of the type tests (IsNull, IsPresent, …), which take true or false.
	OperandBoolean
	// OperandTimestamp compares RFC 3339 timestamps, written as strings
	// (TimestampEquals, …).
	OperandTimestamp
)

// String returns the JSON type the operand is written as: "string",
// "number" or "boolean" (a timestamp is a string).
func (t OperandType) String() string {
	switch t {
	case OperandNumber:
		return "number"
	case OperandBoolean:
		return "boolean"
	case OperandString, OperandTimestamp:
		return "string"
	}
	return "invalid"
}

// ChoiceOperator describes one comparison operator of JSONPath Choice
// rules: how the checker types it, which DSL function writes it, and how
// it evaluates. The table ChoiceOperators lists them all.
type ChoiceOperator struct {
	// Name is the operator's ASL field name, such as "NumericLessThanPath".
	Name string
	// Type is the type of the values compared. For a Path variant the
	// operand is written as a path string, and the value at that path is
	// what has this type.
	Type OperandType
	// Path reports whether the operand is a path to the value to compare
	// with (the …Path variants) rather than a literal.
	Path bool
	// TypeTest reports whether the operator tests the variable's type or
	// presence (IsNull, IsPresent, …); its operand is true or false, and
	// says whether the test must pass or fail.
	TypeTest bool
	// DSL is the name of the function of package constructs/sfn that
	// writes the operator; for a type test, the one that writes true.
	DSL string
	// DSLNot is, for a type test, the name of the DSL function that writes
	// false ("IsNotNull"); "" for the other operators.
	DSLNot string
	// Eval reports whether the rule matches: variable is the value at the
	// rule's Variable (nil when absent), operand the operator's literal or,
	// for a Path variant, the value at its path. A value of the wrong type
	// never matches; it is not an error.
	Eval func(variable, operand value.Value) bool

	hasPath bool // the table adds a Path variant
}

// ChoiceOperators lists the 39 comparison operators of JSONPath Choice
// rules, in the order the ASL specification lists them, each literal form
// followed by its Path variant. It is the one table the parser, the
// validator, the DSL, the importer and the runtime share; treat it as
// read-only.
var ChoiceOperators = withPathVariants([]ChoiceOperator{
	compared("StringEquals", OperandString, stringCmp(eq)),
	compared("StringLessThan", OperandString, stringCmp(lt)),
	compared("StringGreaterThan", OperandString, stringCmp(gt)),
	compared("StringLessThanEquals", OperandString, stringCmp(le)),
	compared("StringGreaterThanEquals", OperandString, stringCmp(ge)),
	{Name: "StringMatches", Type: OperandString, DSL: "StringMatches", Eval: stringMatches},
	compared("NumericEquals", OperandNumber, numberCmp(eq)),
	compared("NumericLessThan", OperandNumber, numberCmp(lt)),
	compared("NumericGreaterThan", OperandNumber, numberCmp(gt)),
	compared("NumericLessThanEquals", OperandNumber, numberCmp(le)),
	compared("NumericGreaterThanEquals", OperandNumber, numberCmp(ge)),
	compared("BooleanEquals", OperandBoolean, booleanEquals),
	compared("TimestampEquals", OperandTimestamp, timestampCmp(eq)),
	compared("TimestampLessThan", OperandTimestamp, timestampCmp(lt)),
	compared("TimestampGreaterThan", OperandTimestamp, timestampCmp(gt)),
	compared("TimestampLessThanEquals", OperandTimestamp, timestampCmp(le)),
	compared("TimestampGreaterThanEquals", OperandTimestamp, timestampCmp(ge)),
	typeTest("IsNull", value.IsNull),
	typeTest("IsPresent", func(v value.Value) bool { return v != nil }),
	typeTest("IsNumeric", func(v value.Value) bool { _, ok := v.(float64); return ok }),
	typeTest("IsString", func(v value.Value) bool { _, ok := v.(string); return ok }),
	typeTest("IsBoolean", func(v value.Value) bool { _, ok := v.(bool); return ok }),
	typeTest("IsTimestamp", func(v value.Value) bool { _, ok := timestampOf(v); return ok }),
})

// ComparisonOperators lists the names of ChoiceOperators, in its order.
var ComparisonOperators = choiceOperatorNames()

var choiceOperatorsByName = indexChoiceOperators()

// LookupChoiceOperator returns the comparison operator named name, or
// false when name is not one (And, Or and Not are not comparisons).
func LookupChoiceOperator(name string) (ChoiceOperator, bool) {
	op, ok := choiceOperatorsByName[name]
	return op, ok
}

// compared is a comparison whose Path variant withPathVariants adds.
func compared(name string, t OperandType, eval func(a, b value.Value) bool) ChoiceOperator {
	return ChoiceOperator{Name: name, Type: t, DSL: name, Eval: eval, hasPath: true}
}

// typeTest is a test of the variable's type or presence.
func typeTest(name string, test func(value.Value) bool) ChoiceOperator {
	return ChoiceOperator{
		Name: name, Type: OperandBoolean, TypeTest: true,
		DSL: name, DSLNot: "IsNot" + strings.TrimPrefix(name, "Is"),
		Eval: func(v, want value.Value) bool {
			w, ok := want.(bool)
			return ok && test(v) == w
		},
	}
}

// withPathVariants follows each comparison with its Path variant, which
// compares the same way with the value at the operand's path.
func withPathVariants(ops []ChoiceOperator) []ChoiceOperator {
	all := make([]ChoiceOperator, 0, 2*len(ops))
	for _, op := range ops {
		all = append(all, op)
		if op.hasPath {
			p := op
			p.Name += "Path"
			p.DSL += "Path"
			p.Path = true
			all = append(all, p)
		}
	}
	return all
}

func choiceOperatorNames() []string {
	names := make([]string, len(ChoiceOperators))
	for i, op := range ChoiceOperators {
		names[i] = op.Name
	}
	return names
}

func indexChoiceOperators() map[string]ChoiceOperator {
	m := make(map[string]ChoiceOperator, len(ChoiceOperators))
	for _, op := range ChoiceOperators {
		m[op.Name] = op
	}
	return m
}
