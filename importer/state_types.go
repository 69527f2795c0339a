package importer

import (
	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/jsontree"
)

// state returns the declaration of s (constructor and setters, with the
// Choice rules and catchers whose targets are declared) and the calls
// that must wait until the other targets are declared.
func (p *planner) state(s asl.State, at asl.Location, resolve resolver) (Expr, []Call) {
	st := &setters{p: p, at: at}
	b := s.Common()
	name := Str{b.Name}
	lang := b.QueryLanguage.Or(p.lang)
	st.common(b)
	var ctor Call
	var later []Call
	switch s := s.(type) {
	case *asl.Pass:
		ctor = fn("sfn", "NewPass", name)
		st.path("InputPath", s.InputPath, "DiscardInput")
		st.template("Parameters", s.Parameters)
		if s.Result != nil {
			st.add("Result", p.plain(s.Result))
		}
		st.path("ResultPath", s.ResultPath, "DiscardResult")
		st.path("OutputPath", s.OutputPath, "DiscardOutput")
		st.jsonata(s.Jsonata, lang)
	case *asl.Task:
		ctor = fn("sfn", "NewTask", name, Str{s.Resource})
		p.task(st, s, lang)
		var now []Call
		now, later = p.catchers(s.Catch, at.At("Catch"), lang, resolve)
		st.calls = append(st.calls, now...)
	case *asl.Choice:
		ctor = fn("sfn", "NewChoice", name)
		st.path("InputPath", s.InputPath, "DiscardInput")
		st.path("OutputPath", s.OutputPath, "DiscardOutput")
		st.jsonata(s.Jsonata, lang)
		var now []Call
		now, later = p.rules(s, at, lang, resolve)
		st.calls = append(st.calls, now...)
	case *asl.Wait:
		ctor = fn("sfn", "NewWait", name, p.waitTime(s, at))
		st.path("InputPath", s.InputPath, "DiscardInput")
		st.path("OutputPath", s.OutputPath, "DiscardOutput")
		st.jsonata(s.Jsonata, lang)
	case *asl.Succeed:
		ctor = fn("sfn", "NewSucceed", name)
		st.path("InputPath", s.InputPath, "DiscardInput")
		st.path("OutputPath", s.OutputPath, "DiscardOutput")
		if s.Output != nil {
			st.add("Output", p.literal(s.Output))
		}
	case *asl.Fail:
		ctor = fn("sfn", "NewFail", name)
		st.str("Error", s.Error)
		if s.ErrorPath != nil {
			st.add("ErrorPath", pathArg(*s.ErrorPath))
		}
		st.str("Cause", s.Cause)
		if s.CausePath != nil {
			st.add("CausePath", pathArg(*s.CausePath))
		}
	case *asl.Parallel:
		ctor = fn("sfn", "NewParallel", name)
		later = p.parallel(st, s, lang, resolve)
	case *asl.Map:
		ctor = fn("sfn", "NewMap", name)
		later = p.mapState(st, s, lang, resolve)
	}
	return chain(ctor, st.calls...), later
}

// task adds a Task's setters but its catchers.
func (p *planner) task(st *setters, s *asl.Task, lang asl.QueryLanguage) {
	st.path("InputPath", s.InputPath, "DiscardInput")
	st.template("Parameters", s.Parameters)
	if s.Arguments != nil {
		st.add("Arguments", p.literal(s.Arguments))
	}
	st.template("ResultSelector", s.ResultSelector)
	st.path("ResultPath", s.ResultPath, "DiscardResult")
	st.path("OutputPath", s.OutputPath, "DiscardOutput")
	if c := s.Credentials; c != nil {
		switch role := c.Get("RoleArn"); {
		case len(c.Members) != 1 || role == nil || role.Kind != jsontree.String:
			// a template read as Assign is: "key.$" paths in JSONPath, literals in JSONata
			st.add("CredentialsFrom", p.assign(c, lang))
		case lang == asl.JSONata:
			st.add("Credentials", exprString(role.Text))
		default:
			st.add("Credentials", Str{role.Text})
		}
	}
	p.timeField(st, "TimeoutSeconds", "Timeout", s.TimeoutSeconds)
	if s.TimeoutSecondsPath != nil {
		st.add("TimeoutPath", Str{*s.TimeoutSecondsPath})
	}
	p.timeField(st, "HeartbeatSeconds", "Heartbeat", s.HeartbeatSeconds)
	if s.HeartbeatSecondsPath != nil {
		st.add("HeartbeatPath", Str{*s.HeartbeatSecondsPath})
	}
	st.jsonata(s.Jsonata, lang)
	if len(s.Retry) > 0 {
		st.add("Retry", p.retriers(s.Retry, st.at.At("Retry"))...)
	}
}

// timeField adds a number of seconds set as a duration, or as a JSONata
// expression (setter + "Expr").
func (p *planner) timeField(st *setters, field, setter string, v *asl.IntOrExpr) {
	switch {
	case v == nil:
	case v.IsExpr():
		st.add(setter+"Expr", exprString(v.Expr))
	default:
		st.add(setter, p.seconds(v.Int, st.at.At(field)))
	}
}

// waitTime returns a Wait's time.
func (p *planner) waitTime(s *asl.Wait, at asl.Location) Expr {
	switch {
	case s.Seconds != nil && s.Seconds.IsExpr():
		return fn("sfn", "WaitSecondsExpr", exprString(s.Seconds.Expr))
	case s.Seconds != nil:
		return fn("sfn", "WaitDuration", p.seconds(s.Seconds.Int, at.At("Seconds")))
	case s.Timestamp != nil:
		if _, isExpr := exprInner(*s.Timestamp); isExpr || len(*s.Timestamp) > 1 && (*s.Timestamp)[0] == '{' {
			return fn("sfn", "WaitTimestampExpr", exprString(*s.Timestamp))
		}
		t, ok := exactTime(*s.Timestamp)
		if !ok {
			p.problem(at.At("Timestamp"), "the DSL writes timestamps in Go's RFC 3339 form, which would not give back "+quote(*s.Timestamp))
		}
		return fn("sfn", "WaitTimestamp", Time{t})
	case s.SecondsPath != nil:
		return fn("sfn", "WaitSecondsPath", Str{*s.SecondsPath})
	case s.TimestampPath != nil:
		return fn("sfn", "WaitTimestampPath", Str{*s.TimestampPath})
	}
	p.problem(at, "a Wait needs a time")
	return Nil{}
}

// rules returns a Choice's When and Otherwise calls: inline while their
// targets are declared, from the first that is not on in later.
func (p *planner) rules(s *asl.Choice, at asl.Location, lang asl.QueryLanguage, resolve resolver) (now, later []Call) {
	deferring := false
	add := func(c Call, ok bool) {
		deferring = deferring || !ok
		if deferring {
			later = append(later, c)
		} else {
			now = append(now, c)
		}
	}
	for i, r := range s.Choices {
		rat := at.At("Choices").Index(i)
		args := []Expr{p.condition(r, rat), nil}
		target, ok := resolve(r.Next)
		args[1] = target
		if r.Comment != nil {
			args = append(args, fn("sfn", "RuleComment", Str{*r.Comment}))
		}
		if r.Output != nil {
			args = append(args, fn("sfn", "RuleOutput", p.literal(r.Output)))
		}
		if r.Assign != nil {
			args = append(args, fn("sfn", "RuleAssign", p.assign(r.Assign, lang)))
		}
		add(call(nil, "When", args...), ok)
	}
	if s.Default != "" {
		target, ok := resolve(s.Default)
		add(call(nil, "Otherwise", target), ok)
	}
	return now, later
}
