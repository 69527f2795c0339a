package importer

import (
	"strconv"
	"strings"
	"time"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/jsontree"
)

// condition returns a Choice rule's test as a DSL condition; at is the
// rule's location. The Comment of a top-level rule is the caller's
// (RuleComment).
func (p *planner) condition(r *asl.ChoiceRule, at asl.Location) Expr {
	if r.Condition != nil && r.ConditionIsBool {
		return fn("sfn", "JSONataCondition", exprString("{% "+*r.Condition+" %}"))
	}
	if r.Condition != nil {
		return fn("sfn", "JSONataCondition", exprString(*r.Condition))
	}
	if len(r.Operators) != 1 {
		p.problem(at, "a rule needs exactly one operator")
		return Nil{}
	}
	op := r.Operators[0]
	oat := at.At(op.Name)
	switch op.Name {
	case asl.OpAnd, asl.OpOr:
		args := make([]Expr, len(op.Rules))
		for i, sub := range op.Rules {
			args[i] = p.nested(sub, oat.Index(i))
		}
		return fn("sfn", op.Name, args...)
	case asl.OpNot:
		if len(op.Rules) != 1 {
			p.problem(oat, "Not needs one rule")
			return Nil{}
		}
		return fn("sfn", "Not", p.nested(op.Rules[0], oat))
	}
	if r.Variable == nil {
		p.problem(at.At("Variable"), "a comparison needs a Variable")
		return Nil{}
	}
	variable := Str{*r.Variable}
	v := op.Value
	def, ok := asl.LookupChoiceOperator(op.Name)
	if !ok {
		p.problem(oat, "an unknown operator")
		return Nil{}
	}
	if def.TypeTest {
		// "IsNull": true is sfn.IsNull, false sfn.IsNotNull.
		if v == nil || v.Kind != jsontree.Bool {
			p.problem(oat, op.Name+" must be true or false")
			return Nil{}
		}
		name := def.DSL
		if !v.Bool {
			name = def.DSLNot
		}
		return fn("sfn", name, variable)
	}
	operand := p.operand(def, v, oat)
	if operand == nil {
		return Nil{}
	}
	return fn("sfn", def.DSL, variable, operand)
}

// nested returns a rule inside And, Or or Not as a condition, with its
// Comment (sfn.Commented).
func (p *planner) nested(r *asl.ChoiceRule, at asl.Location) Expr {
	cond := p.condition(r, at)
	if r.Comment != nil {
		return fn("sfn", "Commented", cond, Str{*r.Comment})
	}
	return cond
}

// operand returns the value a comparison compares with, typed as the
// DSL's function takes it.
func (p *planner) operand(op asl.ChoiceOperator, v *jsontree.Value, at asl.Location) Expr {
	switch {
	case v == nil:
	case op.Path && v.Kind == jsontree.String:
		return Str{v.Text}
	case op.Type == asl.OperandString && v.Kind == jsontree.String:
		return Str{v.Text}
	case op.Type == asl.OperandBoolean && v.Kind == jsontree.Bool:
		return Bool{v.Bool}
	case op.Type == asl.OperandNumber && v.Kind == jsontree.Number:
		if e, ok := number(v); ok {
			return e
		}
		p.problem(at, "the number "+v.Text+" does not fit a float64")
		return nil
	case op.Type == asl.OperandTimestamp && v.Kind == jsontree.String:
		if t, ok := exactTime(v.Text); ok {
			return Time{t}
		}
		p.problem(at, "the DSL writes timestamps in Go's RFC 3339 form, which would not give back "+quote(v.Text))
		return nil
	}
	p.problem(at, "an operand of the wrong type")
	return nil
}

// exactTime parses an RFC 3339 timestamp that the DSL (time.RFC3339Nano)
// writes back unchanged.
func exactTime(s string) (time.Time, bool) {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, false
	}
	_, off := t.Zone()
	loc := time.UTC
	if !strings.HasSuffix(s, "Z") {
		sign, abs := byte('+'), off
		if off < 0 {
			sign, abs = '-', -off
		}
		loc = time.FixedZone(string(sign)+two(abs/3600)+":"+two(abs%3600/60), off)
	}
	t = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), loc)
	return t, t.Format(time.RFC3339Nano) == s
}

func two(n int) string { return string([]byte{byte('0' + n/10%10), byte('0' + n%10)}) }

// quote returns s as a Go string literal, for messages.
func quote(s string) string { return strconv.Quote(s) }
