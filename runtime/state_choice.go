package runtime

import (
	"fmt"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/jsontree"
	"github.com/stepwise-go/stepwise/value"
)

// choiceSpec is a compiled Choice.
type choiceSpec struct {
	rules []*rule
	def   int // Default; -1 when absent
}

// rule is a compiled Choice rule: a comparison, a combinator or a JSONata
// condition, with (top-level only) its Next, Output and Assign.
type rule struct {
	op        string
	compare   func(variable, operand value.Value) bool // asl.ChoiceOperators' Eval
	variable  *pathRef
	operand   value.Value // literal operand
	operandP  *pathRef    // …Path operand
	sub       []*rule     // And, Or, Not
	condition *tmpl       // JSONata
	next      int
	output    *tmpl
	assign    *tmpl
}

func compileChoice(s *asl.Choice, isJSONata bool, index map[string]int) (*choiceSpec, error) {
	cs := &choiceSpec{def: -1}
	if s.Default != "" {
		d, err := target(index, s.Default)
		if err != nil {
			return nil, err
		}
		cs.def = d
	}
	for _, r := range s.Choices {
		cr, err := compileRule(r, isJSONata)
		if err != nil {
			return nil, err
		}
		if cr.next, err = target(index, r.Next); err != nil {
			return nil, err
		}
		if isJSONata {
			if cr.output, err = compileJSONataTemplate(r.Output, "Output"); err != nil {
				return nil, err
			}
			cr.assign, err = compileJSONataTemplate(r.Assign, "Assign")
		} else {
			cr.assign, err = compileJSONPathTemplate(r.Assign)
		}
		if err != nil {
			return nil, err
		}
		cs.rules = append(cs.rules, cr)
	}
	return cs, nil
}

func compileRule(r *asl.ChoiceRule, isJSONata bool) (*rule, error) {
	out := &rule{}
	if r.Condition != nil {
		cond := jsontree.NewString(*r.Condition)
		if r.ConditionIsBool {
			cond = &jsontree.Value{Kind: jsontree.Bool, Bool: *r.Condition == "true"}
		}
		t, err := compileJSONataTemplate(cond, "Condition")
		if err != nil {
			return nil, err
		}
		out.condition = t
		return out, nil
	}
	if len(r.Operators) != 1 {
		return nil, fmt.Errorf("a Choice rule needs exactly one operator")
	}
	op := r.Operators[0]
	out.op = op.Name
	switch op.Name {
	case asl.OpAnd, asl.OpOr, asl.OpNot:
		for _, sr := range op.Rules {
			c, err := compileRule(sr, isJSONata)
			if err != nil {
				return nil, err
			}
			out.sub = append(out.sub, c)
		}
		return out, nil
	}
	if r.Variable == nil {
		return nil, fmt.Errorf("%s needs a Variable", op.Name)
	}
	v, err := compilePathRef(*r.Variable)
	if err != nil {
		return nil, err
	}
	out.variable = v
	cop, ok := asl.LookupChoiceOperator(op.Name)
	if !ok {
		return nil, fmt.Errorf("unknown Choice operator %q", op.Name)
	}
	out.compare = cop.Eval
	if cop.Path {
		if op.Value == nil || op.Value.Kind != jsontree.String {
			return nil, fmt.Errorf("%s needs a path", op.Name)
		}
		if out.operandP, err = compilePathRef(op.Value.Text); err != nil {
			return nil, err
		}
		return out, nil
	}
	out.operand = value.FromTree(op.Value)
	return out, nil
}

// runChoice picks the first matching rule, else Default, else fails with
// States.NoChoiceMatched.
func (t *thread) runChoice(st *state, raw value.Value) (stepResult, *failure) {
	var eff value.Value = raw
	var env *evalEnv
	if st.jsonata {
		env = t.statesEnv(raw, nil, nil)
	} else {
		var f *failure
		if eff, f = t.applyInputPath(st.inputPath, raw); f != nil {
			return stepResult{}, f
		}
		env = t.env(eff)
	}
	for _, r := range st.choice.rules {
		ok, f := t.matchRule(r, eff, env)
		if f != nil {
			return stepResult{}, f
		}
		if !ok {
			continue
		}
		if st.jsonata {
			out, assigned, f := t.jsonataOutput(st, orTmpl(r.output, st.output), mergeAssign(st.assign, r.assign), env, raw)
			if f != nil {
				return stepResult{}, f
			}
			return stepResult{output: out, next: r.next, assigned: assigned}, nil
		}
		res, _, f := t.passThrough(st, raw, r.next)
		if f != nil {
			return stepResult{}, f
		}
		if r.assign != nil {
			if res.assigned, f = t.assignJSONPath(r.assign, eff); f != nil {
				return stepResult{}, f
			}
		}
		return res, nil
	}
	if st.choice.def < 0 {
		return stepResult{}, fail(ErrNoChoiceMatched, t.prefix()+"No Matches!")
	}
	res, _, f := t.passThrough(st, raw, st.choice.def)
	return res, f
}

func orTmpl(a, b *tmpl) *tmpl {
	if a != nil {
		return a
	}
	return b
}

func mergeAssign(a, b *tmpl) *tmpl {
	if b != nil {
		return b
	}
	return a
}

// matchRule evaluates one rule against the effective input.
func (t *thread) matchRule(r *rule, input value.Value, env *evalEnv) (bool, *failure) {
	if r.condition != nil {
		v, f := r.condition.eval(env)
		if f != nil {
			return false, f
		}
		b, ok := v.(bool)
		if !ok {
			return false, t.evalFailure("Condition", fmt.Sprintf("The JSONata expression '%s' specified for the field 'Condition' returned an unexpected result type. Expected 'boolean', but was '%s' for value: %s", r.condition.expr.src, value.Kind(v), jsonText(v)))
		}
		return b, nil
	}
	switch r.op {
	case asl.OpAnd:
		for _, s := range r.sub {
			if ok, f := t.matchRule(s, input, env); f != nil || !ok {
				return false, f
			}
		}
		return true, nil
	case asl.OpOr:
		for _, s := range r.sub {
			if ok, f := t.matchRule(s, input, env); f != nil || ok {
				return ok, f
			}
		}
		return false, nil
	case asl.OpNot:
		ok, f := t.matchRule(r.sub[0], input, env)
		return !ok, f
	}
	v, found, err := t.readPath(r.variable, input)
	if err != nil {
		found = false
	}
	if r.op == "IsPresent" {
		want, _ := r.operand.(bool)
		return found == want, nil
	}
	if !found {
		return false, t.invalidPath(r.variable)
	}
	operand := r.operand
	if r.operandP != nil {
		o, ok, err := t.readPath(r.operandP, input)
		if err != nil || !ok {
			return false, t.invalidPath(r.operandP)
		}
		operand = o
	}
	return r.compare(v, operand), nil
}
