package sfn

import (
	"math"
	"slices"
	"time"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/jsontree"
)

//go:generate go run ../../internal/cmd/gentables -sfn condition_ops_gen.go

// Condition is the test of a Choice rule: a comparison of the value at a
// Path (StringEquals, NumericLessThan, IsPresent, …) or a combination of
// conditions (And, Or, Not). Conditions are values; one may be used in
// several rules. The set is closed: make them with this package's
// functions.
type Condition interface {
	// rule returns the condition as a Choice rule without Next.
	rule() *asl.ChoiceRule
	// troubled reports whether the condition, or one inside it, recorded a
	// problem.
	troubled() bool
	// report reports the recorded problems below at, the rule's location.
	report(b *builder, at asl.Location)
}

// condBase holds what every condition records.
type condBase struct {
	source string // where the condition was made
	probs  problems
}

// troubled and report serve conditions with nothing inside them.
func (c *condBase) troubled() bool                     { return len(c.probs) > 0 }
func (c *condBase) report(b *builder, at asl.Location) { b.report(at, c.probs) }

// comparison tests the value at variable with one operator.
type comparison struct {
	condBase
	variable Path
	op       string
	value    *jsontree.Value
}

func compare(variable Path, op string, value *jsontree.Value) *comparison {
	return &comparison{condBase: condBase{source: callerSource()}, variable: variable, op: op, value: value}
}

func compareString(variable Path, op, value string) Condition {
	return compare(variable, op, jsontree.NewString(value))
}

func comparePath(variable Path, op string, other Path) Condition {
	return compare(variable, op, jsontree.NewString(string(other)))
}

func compareNumber(variable Path, op string, value float64) Condition {
	c := compare(variable, op, nil)
	if math.IsNaN(value) || math.IsInf(value, 0) {
		c.probs.add([]any{op}, msgNumberNonFinite, op, value)
		c.value = jsontree.NewInt(0)
		return c
	}
	c.value = jsontree.NewNumber(formatFloat(value, 64))
	return c
}

func compareTime(variable Path, op string, value time.Time) Condition {
	return compare(variable, op, jsontree.NewString(value.Format(time.RFC3339Nano)))
}

func testType(variable Path, op string, want bool) Condition {
	return compare(variable, op, jsontree.NewBool(want))
}

func (c *comparison) rule() *asl.ChoiceRule {
	v := string(c.variable)
	return &asl.ChoiceRule{
		Variable:  &v,
		Operators: []asl.Operator{{Name: c.op, Value: c.value}},
		Source:    c.source,
	}
}

// combination is And or Or.
type combination struct {
	condBase
	op    string
	conds []Condition
}

// And is true when every one of conds is true. It needs at least one
// condition; a nil condition is a recorded problem.
func And(conds ...Condition) Condition { return combine(asl.OpAnd, conds) }

// Or is true when any one of conds is true. It needs at least one
// condition; a nil condition is a recorded problem.
func Or(conds ...Condition) Condition { return combine(asl.OpOr, conds) }

func combine(op string, conds []Condition) Condition {
	c := &combination{condBase: condBase{source: callerSource()}, op: op}
	for i, cond := range conds {
		if cond == nil {
			c.probs.add([]any{op, i}, msgNilCondition, op)
			continue
		}
		c.conds = append(c.conds, cond)
	}
	return c
}

func (c *combination) troubled() bool {
	return len(c.probs) > 0 || slices.ContainsFunc(c.conds, Condition.troubled)
}

func (c *combination) report(b *builder, at asl.Location) {
	b.report(at, c.probs)
	for i, cond := range c.conds {
		if cond.troubled() {
			cond.report(b, at.At(c.op).Index(i))
		}
	}
}

func (c *combination) rule() *asl.ChoiceRule {
	rules := make([]*asl.ChoiceRule, len(c.conds))
	for i, cond := range c.conds {
		rules[i] = cond.rule()
	}
	return &asl.ChoiceRule{Operators: []asl.Operator{{Name: c.op, Rules: rules}}, Source: c.source}
}

// negation is Not.
type negation struct {
	condBase
	cond Condition
}

// Not is true when c is false. A nil c is a recorded problem.
func Not(c Condition) Condition {
	n := &negation{condBase: condBase{source: callerSource()}, cond: c}
	if c == nil {
		n.probs.add([]any{asl.OpNot}, msgNilCondition, asl.OpNot)
	}
	return n
}

func (n *negation) troubled() bool {
	return len(n.probs) > 0 || (n.cond != nil && n.cond.troubled())
}

func (n *negation) report(b *builder, at asl.Location) {
	b.report(at, n.probs)
	if n.cond != nil && n.cond.troubled() {
		n.cond.report(b, at.At(asl.OpNot))
	}
}

func (n *negation) rule() *asl.ChoiceRule {
	op := asl.Operator{Name: asl.OpNot}
	if n.cond != nil {
		op.Rules = []*asl.ChoiceRule{n.cond.rule()}
	}
	return &asl.ChoiceRule{Operators: []asl.Operator{op}, Source: n.source}
}

// commented is a condition whose rule has a Comment.
type commented struct {
	condBase
	cond Condition
	text string
}

// Commented returns cond with a Comment on its rule, a human-readable
// description, in JSONPath and JSONata Choices alike. It is how a rule
// nested in And, Or or Not gets its Comment; on a top-level rule it is
// the rule's Comment (RuleComment replaces it). cond itself is unchanged
// and may be used elsewhere without the comment. A nil cond is a recorded
// problem.
func Commented(cond Condition, text string) Condition {
	c := &commented{condBase: condBase{source: callerSource()}, cond: cond, text: text}
	if cond == nil {
		c.probs.add(nil, msgNilCondition, "Commented")
	}
	return c
}

func (c *commented) troubled() bool {
	return len(c.probs) > 0 || (c.cond != nil && c.cond.troubled())
}

func (c *commented) report(b *builder, at asl.Location) {
	b.report(at, c.probs)
	if c.cond != nil && c.cond.troubled() {
		c.cond.report(b, at)
	}
}

func (c *commented) rule() *asl.ChoiceRule {
	r := &asl.ChoiceRule{Source: c.source}
	if c.cond != nil {
		r = c.cond.rule()
	}
	text := c.text
	r.Comment = &text
	return r
}
