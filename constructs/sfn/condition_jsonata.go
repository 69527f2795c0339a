package sfn

import "github.com/stepwise-go/stepwise/asl"

// jsonataCondition is a JSONata rule's Condition.
type jsonataCondition struct {
	condBase
	expr string
}

// JSONataCondition is the test of a rule in a JSONata Choice: an
// expression written as "{% … %}" (see Expr) that yields true or false.
// It cannot be combined with And, Or or Not (write and, or, not inside the
// expression instead).
func JSONataCondition(expr string) Condition {
	return &jsonataCondition{condBase: condBase{source: callerSource()}, expr: expr}
}

func (c *jsonataCondition) rule() *asl.ChoiceRule {
	e := c.expr
	return &asl.ChoiceRule{Condition: &e, Source: c.source}
}

// RuleOption adds to a Choice rule what it does when it matches — its own
// Output (JSONata) or variable assignments — or a Comment. Make one with
// RuleOutput, RuleAssign or RuleComment.
type RuleOption func(c *Choice, r *choiceRule)

// RuleOutput sets the Output of the state when this rule matches
// (JSONata): any JSON value, with {% … %} expressions.
func RuleOutput(value any) RuleOption {
	return func(c *Choice, r *choiceRule) { r.output = payload(&c.base, "Output", value, jsonataMode, false) }
}

// RuleAssign sets workflow variables when this rule matches: an object of
// variable names (see the states' Assign).
func RuleAssign(variables any) RuleOption {
	return func(c *Choice, r *choiceRule) { r.assign = dualPayload(&c.base.probs, "Assign", variables, true) }
}

// RuleComment sets the Comment of this rule, a human-readable description
// (for rules nested in And, Or or Not, see Commented). It replaces a
// comment given to the rule's condition with Commented. Default: none.
func RuleComment(text string) RuleOption {
	return func(_ *Choice, r *choiceRule) { r.comment = &text }
}
