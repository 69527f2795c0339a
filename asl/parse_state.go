package asl

import (
	"github.com/stepwise-go/stepwise/jsontree"
)

// fieldSet is the allowed fields of one object, by key.
type fieldSet map[string]field

// state reads one state object named name.
func (d *decoder) state(name string, v *jsontree.Value, at Location) State {
	if !d.object(v, at, "a state") {
		return nil
	}
	typ := v.Get("Type")
	if typ == nil {
		d.add(at, CodeMissingField, "Type is required")
		return nil
	}
	if typ.Kind != jsontree.String {
		d.add(at.At("Type"), CodeWrongType, "must be a string, not %s", typ.Kind)
		return nil
	}
	s, fields := d.stateFields(typ.Text)
	if s == nil {
		d.add(at.At("Type"), CodeUnknownStateType,
			"%q is not a state type (Pass, Task, Choice, Wait, Succeed, Fail, Parallel, Map)", typ.Text)
		return nil
	}
	b := s.Common()
	b.Name = name
	fields["Type"] = func(*jsontree.Value, Location) {}
	fields["Comment"] = d.str(&b.Comment)
	fields["QueryLanguage"] = d.queryLanguage(&b.QueryLanguage)
	d.members(v, at, "a "+typ.Text+" state", fields)
	return s
}

// stateFields returns a new state of the type and the fields it allows
// beyond Type, Comment and QueryLanguage; nil for an unknown type.
func (d *decoder) stateFields(typ string) (State, fieldSet) {
	f := fieldSet{}
	switch typ {
	case TypePass:
		s := &Pass{}
		d.inputOutput(f, &s.InputOutput)
		f["Parameters"] = d.anyJSON(&s.Parameters)
		f["Result"] = d.anyJSON(&s.Result)
		f["ResultPath"] = d.nullablePath(&s.ResultPath)
		d.jsonata(f, &s.Jsonata)
		d.transition(f, &s.Transition)
		return s, f
	case TypeTask:
		s := &Task{}
		f["Resource"] = d.plainStr(&s.Resource)
		d.inputOutput(f, &s.InputOutput)
		f["Parameters"] = d.anyJSON(&s.Parameters)
		f["Arguments"] = d.objOrExpr(&s.Arguments)
		d.results(f, &s.Results)
		d.jsonata(f, &s.Jsonata)
		f["Credentials"] = d.obj(&s.Credentials)
		f["TimeoutSeconds"] = d.intOrExpr(&s.TimeoutSeconds)
		f["TimeoutSecondsPath"] = d.str(&s.TimeoutSecondsPath)
		f["HeartbeatSeconds"] = d.intOrExpr(&s.HeartbeatSeconds)
		f["HeartbeatSecondsPath"] = d.str(&s.HeartbeatSecondsPath)
		d.errorHandling(f, &s.ErrorHandling)
		d.transition(f, &s.Transition)
		return s, f
	case TypeChoice:
		s := &Choice{}
		d.inputOutput(f, &s.InputOutput)
		f["Choices"] = d.choiceRules(&s.Choices)
		f["Default"] = d.name(&s.Default)
		d.jsonata(f, &s.Jsonata)
		return s, f
	case TypeWait:
		s := &Wait{}
		d.inputOutput(f, &s.InputOutput)
		f["Seconds"] = d.intOrExpr(&s.Seconds)
		f["Timestamp"] = d.str(&s.Timestamp)
		f["SecondsPath"] = d.str(&s.SecondsPath)
		f["TimestampPath"] = d.str(&s.TimestampPath)
		d.jsonata(f, &s.Jsonata)
		d.transition(f, &s.Transition)
		return s, f
	case TypeSucceed:
		s := &Succeed{}
		d.inputOutput(f, &s.InputOutput)
		f["Output"] = d.anyJSON(&s.Output)
		return s, f
	case TypeFail:
		s := &Fail{}
		f["Error"] = d.str(&s.Error)
		f["ErrorPath"] = d.str(&s.ErrorPath)
		f["Cause"] = d.str(&s.Cause)
		f["CausePath"] = d.str(&s.CausePath)
		return s, f
	case TypeParallel:
		s := &Parallel{}
		d.inputOutput(f, &s.InputOutput)
		f["Parameters"] = d.anyJSON(&s.Parameters)
		f["Arguments"] = d.objOrExpr(&s.Arguments)
		f["Branches"] = d.branches(&s.Branches)
		d.results(f, &s.Results)
		d.jsonata(f, &s.Jsonata)
		d.errorHandling(f, &s.ErrorHandling)
		d.transition(f, &s.Transition)
		return s, f
	case TypeMap:
		s := &Map{}
		d.mapFields(f, s)
		return s, f
	}
	return nil, nil
}

func (d *decoder) inputOutput(f fieldSet, io *InputOutput) {
	f["InputPath"] = d.nullablePath(&io.InputPath)
	f["OutputPath"] = d.nullablePath(&io.OutputPath)
}

func (d *decoder) results(f fieldSet, r *Results) {
	f["ResultSelector"] = d.anyJSON(&r.ResultSelector)
	f["ResultPath"] = d.nullablePath(&r.ResultPath)
}

func (d *decoder) jsonata(f fieldSet, j *Jsonata) {
	f["Output"] = d.anyJSON(&j.Output)
	f["Assign"] = d.obj(&j.Assign)
}

func (d *decoder) transition(f fieldSet, t *Transition) {
	f["Next"] = d.name(&t.Next)
	f["End"] = d.boolean(&t.End)
}

func (d *decoder) branches(dst *[]*Graph) field {
	return func(v *jsontree.Value, at Location) {
		if v.Kind != jsontree.Array {
			d.add(at, CodeWrongType, "must be an array of branches, not %s", v.Kind)
			return
		}
		out := make([]*Graph, 0, len(v.Items))
		for i, it := range v.Items {
			out = append(out, d.graph(it, at.Index(i), "a Parallel branch", nil))
		}
		*dst = out
	}
}

func (d *decoder) errorHandling(f fieldSet, e *ErrorHandling) {
	f["Retry"] = d.list("Retry", func() { e.Retry = []*Retrier{} }, func(v *jsontree.Value, at Location) {
		r := &Retrier{}
		d.members(v, at, "a retrier", fieldSet{
			"Comment":         d.str(&r.Comment),
			"ErrorEquals":     d.strings(&r.ErrorEquals),
			"IntervalSeconds": d.int(&r.IntervalSeconds),
			"MaxAttempts":     d.int(&r.MaxAttempts),
			"BackoffRate":     d.float(&r.BackoffRate),
			"MaxDelaySeconds": d.int(&r.MaxDelaySeconds),
			"JitterStrategy":  d.str(&r.JitterStrategy),
		})
		e.Retry = append(e.Retry, r)
	})
	f["Catch"] = d.list("Catch", func() { e.Catch = []*Catcher{} }, func(v *jsontree.Value, at Location) {
		c := &Catcher{}
		d.members(v, at, "a catcher", fieldSet{
			"Comment":     d.str(&c.Comment),
			"ErrorEquals": d.strings(&c.ErrorEquals),
			"ResultPath":  d.nullablePath(&c.ResultPath),
			"Output":      d.anyJSON(&c.Output),
			"Assign":      d.obj(&c.Assign),
			"Next":        d.name(&c.Next),
		})
		e.Catch = append(e.Catch, c)
	})
}

// list reads an array of objects: start runs first (so that an empty
// array is kept as empty, not absent), then item for each object.
func (d *decoder) list(what string, start func(), item func(v *jsontree.Value, at Location)) field {
	return func(v *jsontree.Value, at Location) {
		if v.Kind != jsontree.Array {
			d.add(at, CodeWrongType, "%s must be an array, not %s", what, v.Kind)
			return
		}
		start()
		for i, it := range v.Items {
			if d.object(it, at.Index(i), "each entry of "+what) {
				item(it, at.Index(i))
			}
		}
	}
}
