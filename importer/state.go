package importer

import (
	"strconv"
	"time"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/jsontree"
)

// resolver returns the variable of a state of the block and whether it is
// declared already (so that it can be referred to inline).
type resolver func(name string) (Expr, bool)

// setters collects the setter calls of one state.
type setters struct {
	p     *planner
	at    asl.Location
	calls []Call
}

func (st *setters) add(name string, args ...Expr) {
	st.calls = append(st.calls, call(nil, name, args...))
}

// str adds name(s) when the field is present.
func (st *setters) str(name string, s *string) {
	if s != nil {
		st.add(name, Str{*s})
	}
}

// path adds a path field; null becomes discard (DiscardInput,
// DiscardResult, DiscardOutput).
func (st *setters) path(field string, v *asl.NullablePath, discard string) {
	switch {
	case v == nil:
	case v.Null:
		st.add(discard)
	default:
		st.add(field, Str{v.Path})
	}
}

// template adds a payload template (Parameters, ResultSelector,
// ItemSelector): any JSON value, objects with "key.$" members as paths.
func (st *setters) template(setter string, v *jsontree.Value) {
	if v != nil {
		st.add(setter, st.p.payload(v))
	}
}

// common adds Comment and QueryLanguage.
func (st *setters) common(b *asl.Base) {
	st.str("Comment", b.Comment)
	if b.QueryLanguage != "" {
		st.add("QueryLanguage", language(b.QueryLanguage))
	}
}

// jsonata adds Output and Assign.
func (st *setters) jsonata(j asl.Jsonata, lang asl.QueryLanguage) {
	if j.Output != nil {
		st.add("Output", st.p.literal(j.Output))
	}
	if j.Assign != nil {
		st.add("Assign", st.p.assign(j.Assign, lang))
	}
}

// assign returns an Assign object: in JSONPath states its "name.$"
// members are paths; in JSONata states every value is literal.
func (p *planner) assign(v *jsontree.Value, lang asl.QueryLanguage) Expr {
	if lang == asl.JSONata {
		return p.literal(v)
	}
	return p.payload(v)
}

// language returns the DSL constant of a query language.
func language(l asl.QueryLanguage) Expr {
	if l == asl.JSONata {
		return Const{"sfn", "JSONata"}
	}
	return Const{"sfn", "JSONPath"}
}

// maxDurationSeconds is the longest time.Duration, in whole seconds.
const maxDurationSeconds = (1<<63 - 1) / int64(time.Second)

// seconds returns n seconds as a time.Duration expression.
func (p *planner) seconds(n int64, at asl.Location) Expr {
	if n < 0 || n > maxDurationSeconds {
		p.problem(at, strconv.FormatInt(n, 10)+" seconds do not fit a time.Duration")
	}
	return Duration{n}
}

// errorNames returns ErrorEquals as arguments: sfn.Err… constants for the
// predefined names, string literals for the others.
func errorNames(names []string) []Expr {
	out := make([]Expr, len(names))
	for i, n := range names {
		if c, ok := errorConstants[n]; ok {
			out[i] = Const{"sfn", c}
		} else {
			out[i] = Str{n}
		}
	}
	return out
}

// retriers returns the Retry setter's arguments.
func (p *planner) retriers(rs []*asl.Retrier, at asl.Location) []Expr {
	out := make([]Expr, len(rs))
	for i, r := range rs {
		rat := at.Index(i)
		var calls []Call
		if r.IntervalSeconds != nil {
			calls = append(calls, call(nil, "Interval", p.seconds(*r.IntervalSeconds, rat.At("IntervalSeconds"))))
		}
		if r.MaxAttempts != nil {
			calls = append(calls, call(nil, "MaxAttempts", Int{*r.MaxAttempts}))
		}
		if r.BackoffRate != nil {
			calls = append(calls, call(nil, "BackoffRate", floatLit(*r.BackoffRate)))
		}
		if r.MaxDelaySeconds != nil {
			calls = append(calls, call(nil, "MaxDelay", p.seconds(*r.MaxDelaySeconds, rat.At("MaxDelaySeconds"))))
		}
		if r.JitterStrategy != nil {
			switch *r.JitterStrategy {
			case "FULL":
				calls = append(calls, call(nil, "Jitter", Const{"sfn", "JitterFull"}))
			case "NONE":
				calls = append(calls, call(nil, "Jitter", Const{"sfn", "JitterNone"}))
			default:
				p.problem(rat.At("JitterStrategy"), "JitterStrategy must be FULL or NONE")
			}
		}
		if r.Comment != nil {
			calls = append(calls, call(nil, "Comment", Str{*r.Comment}))
		}
		out[i] = chain(fn("sfn", "RetryOn", errorNames(r.ErrorEquals)...), calls...)
	}
	return out
}

// floatLit writes a float64 as a Go literal: 2 as 2, 1.5 as 1.5.
func floatLit(f float64) Expr {
	if f == float64(int64(f)) && f < 1e15 && f > -1e15 {
		return Int{int64(f)}
	}
	return Float{strconv.FormatFloat(f, 'g', -1, 64)}
}

// catchers returns the Catch setter calls; those whose handler is not yet
// declared, and every one after them (order matters), go to later.
func (p *planner) catchers(cs []*asl.Catcher, at asl.Location, lang asl.QueryLanguage, resolve resolver) (now, later []Call) {
	deferring := false
	for i, c := range cs {
		cat := at.Index(i)
		var calls []Call
		if c.ResultPath != nil {
			if c.ResultPath.Null {
				calls = append(calls, call(nil, "DiscardResult"))
			} else {
				calls = append(calls, call(nil, "ResultPath", Str{c.ResultPath.Path}))
			}
		}
		if c.Output != nil {
			calls = append(calls, call(nil, "Output", p.literal(c.Output)))
		}
		if c.Assign != nil {
			calls = append(calls, call(nil, "Assign", p.assign(c.Assign, lang)))
		}
		if c.Comment != nil {
			calls = append(calls, call(nil, "Comment", Str{*c.Comment}))
		}
		_ = cat
		handler, ok := resolve(c.Next)
		deferring = deferring || !ok
		ct := call(nil, "Catch", chain(fn("sfn", "CatchOn", errorNames(c.ErrorEquals)...), calls...), handler)
		if deferring {
			later = append(later, ct)
		} else {
			now = append(now, ct)
		}
	}
	return now, later
}
