package asl

import (
	"github.com/stepwise-go/stepwise/jsontree"
)

func (v *validator) choice(sc *scope, s *Choice, target func(base Location, field, name string)) {
	at := sc.at
	v.inputOutput(sc, &s.InputOutput)
	v.jsonata(sc, &s.Jsonata)
	if len(s.Choices) == 0 {
		v.add(sc, at.At("Choices"), CodeChoiceNoRules, "a Choice needs at least one rule in Choices")
	}
	for i, r := range s.Choices {
		rat := at.At("Choices").Index(i)
		var own scope
		rsc := sc.withSource(r.Source, &own)
		if r.Next == "" {
			v.add(rsc, rat, CodeChoiceRuleNext, "each rule of Choices needs Next, the state to go to when it matches")
		} else {
			target(rat, "Next", r.Next)
		}
		v.rule(rsc, rat, r, true)
	}
	if s.Default != "" {
		target(at, "Default", s.Default)
	}
}

// rule checks one rule; top says whether it is a rule of Choices itself
// (rather than nested in And, Or or Not).
func (v *validator) rule(outer *scope, at Location, r *ChoiceRule, top bool) {
	inner := *outer
	inner.at = at
	sc := &inner
	if !top && r.Next != "" {
		v.add(sc, at.At("Next"), CodeChoiceRuleNext, "only the rules of Choices have Next; a rule nested in And, Or or Not does not")
	}
	if !top && (r.Assign != nil || r.Output != nil) {
		v.add(sc, at, CodeUnknownField, "only the rules of Choices have Assign and Output")
	}
	v.assign(sc, "Assign", r.Assign)
	v.expressionField(sc, "Output", r.Output)
	v.only(sc, JSONata, "Output", r.Output != nil)
	if sc.lang == JSONata {
		v.only(sc, JSONPath, "Variable", r.Variable != nil)
		if len(r.Operators) > 0 {
			v.only(sc, JSONPath, r.Operators[0].Name, true)
		}
		if r.Condition == nil {
			v.add(sc, at, CodeMissingField, "a JSONata rule needs a Condition")
		} else if !r.ConditionIsBool {
			v.expression(sc, at.At("Condition"), *r.Condition)
		}
		return
	}
	v.only(sc, JSONata, "Condition", r.Condition != nil)
	if len(r.Operators) != 1 {
		names := make([]string, len(r.Operators))
		for i, o := range r.Operators {
			names[i] = o.Name
		}
		if len(names) == 0 {
			v.add(sc, at, CodeChoiceOperator, "a rule needs exactly one comparison operator (StringEquals, NumericGreaterThan, IsPresent, …) or And, Or, Not")
		} else {
			v.add(sc, at, CodeChoiceOperator, "a rule needs exactly one operator; this one has %d: %v", len(names), names)
		}
	}
	for _, o := range r.Operators {
		v.operator(sc, at, r, o)
	}
}

// combinator reports whether name is And, Or or Not.
func combinator(name string) bool { return name == OpAnd || name == OpOr || name == OpNot }

func (v *validator) operator(sc *scope, at Location, r *ChoiceRule, o Operator) {
	oat := at.At(o.Name)
	if combinator(o.Name) {
		if r.Variable != nil {
			v.add(sc, at.At("Variable"), CodeChoiceOperator, "a rule with %s has no Variable; put Variable in the nested rules", o.Name)
		}
		if o.Name != OpNot && len(o.Rules) == 0 {
			v.add(sc, oat, CodeChoiceOperand, "%s needs at least one rule", o.Name)
		}
		for i, sub := range o.Rules {
			sat := oat
			if o.Name != OpNot {
				sat = oat.Index(i)
			}
			v.rule(sc, sat, sub, false)
		}
		return
	}
	if r.Variable == nil {
		v.add(sc, at, CodeMissingField, "a rule with %s needs Variable, the path to compare", o.Name)
	} else {
		v.path(sc, at.At("Variable"), *r.Variable)
	}
	v.operand(sc, oat, o)
}

// operand checks the value of a comparison operator against its type,
// as the table ChoiceOperators gives it.
func (v *validator) operand(sc *scope, at Location, o Operator) {
	name, val := o.Name, o.Value
	op, _ := LookupChoiceOperator(name)
	want := operandKind(op)
	switch {
	case op.Path:
		if val.Kind != jsontree.String {
			v.add(sc, at, CodeChoiceOperand, "%s takes a path string, not %s", name, val.Kind)
		} else {
			v.path(sc, at, val.Text)
		}
	case val.Kind != want:
		v.add(sc, at, CodeChoiceOperand, "%s takes a %s, not %s", name, want, val.Kind)
	case op.Type == OperandTimestamp:
		v.timestamp(sc, at, val.Text)
	}
}

// operandKind returns the JSON type a literal operand of op must have.
func operandKind(op ChoiceOperator) jsontree.Kind {
	switch op.Type {
	case OperandNumber:
		return jsontree.Number
	case OperandBoolean:
		return jsontree.Bool
	}
	return jsontree.String
}
