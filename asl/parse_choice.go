package asl

import (
	"strconv"

	"github.com/stepwise-go/stepwise/jsontree"
)

// Boolean combinators of Choice rules.
const (
	OpAnd = "And"
	OpOr  = "Or"
	OpNot = "Not"
)

// choiceRuleFields are the keys of a Choice rule: its own fields and
// every comparison operator and combinator (built by init).
var choiceRuleFields fields[*ChoiceRule]

func (d *decoder) readChoiceRules(v *jsontree.Value, at Location, dst *[]*ChoiceRule) {
	if v.Kind != jsontree.Array {
		d.add(at, CodeWrongType, "Choices must be an array, not %s", v.Kind)
		return
	}
	*dst = d.choiceRules(v, at)
}

// choiceRules reads the rules of the array v (Choices, And, Or), leaving
// out those that are not objects.
func (d *decoder) choiceRules(v *jsontree.Value, at Location) []*ChoiceRule {
	rules := make([]*ChoiceRule, 0, len(v.Items))
	for i, it := range v.Items {
		if r := d.choiceRule(it, at.Index(i)); r != nil {
			rules = append(rules, r)
		}
	}
	return rules
}

func (d *decoder) choiceRule(v *jsontree.Value, at Location) *ChoiceRule {
	if !d.object(v, at, "a Choice rule") {
		return nil
	}
	r := &ChoiceRule{}
	decodeMembers(d, v, at, "a Choice rule", r, choiceRuleFields)
	return r
}

// comparisonReader reads the comparison operator op: its value is kept
// as it is, for Validate to check against the operator table.
func comparisonReader(op string) reader[*ChoiceRule] {
	return func(_ *decoder, r *ChoiceRule, v *jsontree.Value, _ Location) {
		r.Operators = append(r.Operators, Operator{Name: op, Value: v})
	}
}

// combinatorReader reads And or Or: an array of rules.
func combinatorReader(op string) reader[*ChoiceRule] {
	return func(d *decoder, r *ChoiceRule, v *jsontree.Value, at Location) {
		if v.Kind != jsontree.Array {
			d.add(at, CodeWrongType, "%s must be an array of rules, not %s", op, v.Kind)
			return
		}
		r.Operators = append(r.Operators, Operator{Name: op, Rules: d.choiceRules(v, at)})
	}
}

// readNot reads Not: one rule.
func readNot(d *decoder, r *ChoiceRule, v *jsontree.Value, at Location) {
	if sub := d.choiceRule(v, at); sub != nil {
		r.Operators = append(r.Operators, Operator{Name: OpNot, Rules: []*ChoiceRule{sub}})
	}
}

// readCondition reads a JSONata rule's Condition: a "{% … %}" string or
// the constant true or false.
func readCondition(d *decoder, r *ChoiceRule, v *jsontree.Value, at Location) {
	if v.Kind == jsontree.Bool {
		text := strconv.FormatBool(v.Bool)
		r.Condition, r.ConditionIsBool = &text, true
		return
	}
	d.readStr(v, at, &r.Condition)
}
