package jsonata

import (
	"github.com/stepwise-go/stepwise/jsonata/internal/jsregexp"
	"github.com/stepwise-go/stepwise/value"
)

// regexFn is the function a regular expression literal evaluates to:
// called with a string (and a start index) it returns a match object
// {match, start, end, groups, next}, next() giving the following match.
type regexFn struct {
	re   *jsregexp.Regexp
	node *cnode
}

func (*regexFn) arity() int { return 2 }

func (r *regexFn) call(st *state, args []value.Value) (value.Value, *Error) {
	str, _ := argAt(args, 0).(string)
	from := 0
	if f, ok := argAt(args, 1).(float64); ok {
		from = int(f)
	}
	m, err := r.find(str, from)
	if err != nil {
		return nil, err
	}
	if m == nil {
		return nil, nil
	}
	return r.matchObject(str, m), nil
}

// find returns the first match at or after the UTF-16 index from; a
// search that runs out of time or stack fails with U1001.
func (r *regexFn) find(str string, from int) (*jsregexp.Match, *Error) {
	if from > jsregexp.UTF16Len(str) {
		return nil, nil
	}
	m, err := r.re.Exec(str, from)
	if err != nil {
		return nil, &Error{Code: "U1001", Pos: r.node.pos, Msg: "Stack overflow error: " + err.Error()}
	}
	return m, nil
}

func (r *regexFn) matchObject(str string, m *jsregexp.Match) *value.Object {
	o := value.NewObject(5)
	o.Set("match", m.Text)
	o.Set("start", float64(m.Start))
	o.Set("end", float64(m.End))
	groups := make([]value.Value, len(m.Groups))
	for i, g := range m.Groups {
		groups[i] = g
	}
	o.Set("groups", groups)
	last := m.End
	o.Set("next", &goFunc{n: 0, fn: func(st *state, _ []value.Value) (value.Value, *Error) {
		if last >= jsregexp.UTF16Len(str) {
			return nil, nil
		}
		nm, err := r.find(str, last)
		if err != nil {
			return nil, err
		}
		if nm == nil {
			return nil, nil
		}
		if nm.Text == "" {
			return nil, &Error{Code: "D1004", Pos: r.node.pos, Value: r.node.src, HasValue: true}
		}
		return r.matchObject(str, nm), nil
	}})
	return o
}

func argAt(args []value.Value, i int) value.Value {
	if i < len(args) {
		return args[i]
	}
	return nil
}

// matchResult is one result of a matcher function.
type matchResult struct {
	match      string
	start, end int
	groups     []value.Value
	next       value.Value
}

// runMatcher calls a matcher (a regular expression or a function that
// behaves like one) and reads its result; nil when it matched nothing.
func (st *state) runMatcher(fn value.Value, args []value.Value, env *frame) (*matchResult, *Error) {
	res, err := st.apply(fn, args, nil, env, "", -1)
	if err != nil {
		return nil, err
	}
	if res == nil {
		return nil, nil
	}
	o, ok := res.(*value.Object)
	if !ok {
		return nil, &Error{Code: "T1010"}
	}
	m := &matchResult{}
	start, hasStart := o.Get("start")
	groups, _ := o.Get("groups")
	next, _ := o.Get("next")
	_, groupsOK := arrayItems(groups)
	_, nextOK := next.(callable)
	if _, num := start.(float64); !(hasStart && num) && !groupsOK && !nextOK {
		return nil, &Error{Code: "T1010"}
	}
	if s, ok := start.(float64); ok {
		m.start = int(s)
	}
	if e, ok := o.Get("end"); ok {
		if f, ok := e.(float64); ok {
			m.end = int(f)
		}
	}
	mv, _ := o.Get("match")
	m.match, _ = mv.(string)
	m.groups, _ = arrayItems(groups)
	m.next = next
	return m, nil
}
