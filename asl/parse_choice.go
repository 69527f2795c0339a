package asl

import (
	"github.com/stepwise-go/stepwise/jsontree"
	"strconv"
)

// Boolean combinators of Choice rules.
const (
	OpAnd = "And"
	OpOr  = "Or"
	OpNot = "Not"
)

func (d *decoder) choiceRules(dst *[]*ChoiceRule) field {
	return func(v *jsontree.Value, at Location) {
		if v.Kind != jsontree.Array {
			d.add(at, CodeWrongType, "Choices must be an array, not %s", v.Kind)
			return
		}
		rules := make([]*ChoiceRule, 0, len(v.Items))
		for i, it := range v.Items {
			if r := d.choiceRule(it, at.Index(i)); r != nil {
				rules = append(rules, r)
			}
		}
		*dst = rules
	}
}

func (d *decoder) choiceRule(v *jsontree.Value, at Location) *ChoiceRule {
	if !d.object(v, at, "a Choice rule") {
		return nil
	}
	r := &ChoiceRule{}
	f := fieldSet{
		"Variable":  d.str(&r.Variable),
		"Condition": d.condition(r),
		"Next":      d.name(&r.Next),
		"Comment":   d.str(&r.Comment),
		"Output":    d.anyJSON(&r.Output),
		"Assign":    d.obj(&r.Assign),
	}
	for _, op := range ComparisonOperators {
		f[op] = func(v *jsontree.Value, _ Location) {
			r.Operators = append(r.Operators, Operator{Name: op, Value: v})
		}
	}
	for _, op := range []string{OpAnd, OpOr} {
		f[op] = func(v *jsontree.Value, at Location) {
			if v.Kind != jsontree.Array {
				d.add(at, CodeWrongType, "%s must be an array of rules, not %s", op, v.Kind)
				return
			}
			o := Operator{Name: op, Rules: []*ChoiceRule{}}
			for i, it := range v.Items {
				if sub := d.choiceRule(it, at.Index(i)); sub != nil {
					o.Rules = append(o.Rules, sub)
				}
			}
			r.Operators = append(r.Operators, o)
		}
	}
	f[OpNot] = func(v *jsontree.Value, at Location) {
		if sub := d.choiceRule(v, at); sub != nil {
			r.Operators = append(r.Operators, Operator{Name: OpNot, Rules: []*ChoiceRule{sub}})
		}
	}
	d.members(v, at, "a Choice rule", f)
	return r
}

// condition reads a JSONata rule's Condition: a "{% … %}" string or the
// constant true or false.
func (d *decoder) condition(r *ChoiceRule) field {
	return func(v *jsontree.Value, at Location) {
		if v.Kind == jsontree.Bool {
			text := strconv.FormatBool(v.Bool)
			r.Condition, r.ConditionIsBool = &text, true
			return
		}
		d.str(&r.Condition)(v, at)
	}
}
