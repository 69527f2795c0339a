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
	sub, m, err := r.first(args)
	if err != nil || m == nil {
		return nil, err
	}
	return r.matchObject(sub, m), nil
}

// first is the search a call with args (a string and a start index)
// makes: the prepared subject and the first match, nil for none.
func (r *regexFn) first(args []value.Value) (*jsregexp.Subject, *jsregexp.Match, *Error) {
	str, _ := argAt(args, 0).(string)
	from := 0
	if f, ok := argAt(args, 1).(float64); ok {
		from = int(f)
	}
	sub := jsregexp.NewSubject(str)
	m, err := r.find(sub, from)
	return sub, m, err
}

// test reports whether str has a match, failing as find does.
func (r *regexFn) test(str string) (value.Value, *Error) {
	ok, err := r.re.MatchString(str)
	if err != nil {
		return nil, &Error{Code: "U1001", Pos: r.node.pos, Msg: "Stack overflow error: " + err.Error()}
	}
	return ok, nil
}

// find returns the first match at or after the UTF-16 index from; a
// search that runs out of time or stack fails with U1001.
func (r *regexFn) find(sub *jsregexp.Subject, from int) (*jsregexp.Match, *Error) {
	if from > sub.Len() {
		return nil, nil
	}
	m, err := r.re.ExecSubject(sub, from)
	if err != nil {
		return nil, &Error{Code: "U1001", Pos: r.node.pos, Msg: "Stack overflow error: " + err.Error()}
	}
	return m, nil
}

func (r *regexFn) matchObject(sub *jsregexp.Subject, m *jsregexp.Match) *value.Object {
	o := value.NewObject(5)
	o.Set("match", m.Text)
	o.Set("start", float64(m.Start))
	o.Set("end", float64(m.End))
	o.Set("groups", groupValues(m))
	o.Set("next", &regexNext{r: r, sub: sub, last: m.End})
	return o
}

func groupValues(m *jsregexp.Match) []value.Value {
	groups := make([]value.Value, len(m.Groups))
	for i, g := range m.Groups {
		if m.Missing == nil || !m.Missing[i] {
			groups[i] = g
		} // else undefined, as in jsonata-js
	}
	return groups
}

// regexNext is the next() of a match object: the following match of the
// same expression in the same subject.
type regexNext struct {
	r    *regexFn
	sub  *jsregexp.Subject
	last int // where the match before ended
}

func (*regexNext) arity() int { return 0 }

// find is the search next() makes: nil when there is no further match;
// an empty match is error D1004.
func (n *regexNext) find() (*jsregexp.Match, *Error) { return n.r.findAfter(n.sub, n.last) }

// findAfter is the search of next() after a match that ended at last.
func (r *regexFn) findAfter(sub *jsregexp.Subject, last int) (*jsregexp.Match, *Error) {
	if last >= sub.Len() {
		return nil, nil
	}
	nm, err := r.find(sub, last)
	if err != nil || nm == nil {
		return nil, err
	}
	if nm.Text == "" {
		return nil, &Error{Code: "D1004", Pos: r.node.pos, Value: r.node.src, HasValue: true}
	}
	return nm, nil
}

func (n *regexNext) call() (value.Value, *Error) {
	m, err := n.find()
	if err != nil || m == nil {
		return nil, err
	}
	return n.r.matchObject(n.sub, m), nil
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

// regexResult is what runMatcher reads from the match object of m.
func regexResult(r *regexFn, sub *jsregexp.Subject, m *jsregexp.Match) *matchResult {
	both := &struct {
		res  matchResult
		next regexNext
	}{matchResult{match: m.Text, start: m.Start, end: m.End, groups: groupValues(m)}, regexNext{r: r, sub: sub, last: m.End}}
	both.res.next = &both.next
	return &both.res
}

// runMatcher calls a matcher (a regular expression or a function that
// behaves like one) and reads its result; nil when it matched nothing.
func (st *state) runMatcher(fn value.Value, args []value.Value, env *frame) (*matchResult, *Error) {
	// A regular expression and its next() are read without building the
	// match object; apply would count the same two awaits.
	switch p := fn.(type) {
	case *regexFn:
		st.awaits(2)
		sub, m, err := p.first(args)
		if err != nil || m == nil {
			return nil, err
		}
		return regexResult(p, sub, m), nil
	case *regexNext:
		st.awaits(2)
		m, err := p.find()
		if err != nil || m == nil {
			return nil, err
		}
		return regexResult(p.r, p.sub, m), nil
	}
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

// matchRegex is fnMatch's loop for a regular expression: what runMatcher
// and next() would give, with the same awaits and errors, appended to out
// as {match, index, groups} objects without the intermediate results.
func (st *state) matchRegex(out *seq, re *regexFn, s string, limit float64, hasLimit bool) *Error {
	st.awaits(2)
	sub := jsregexp.NewSubject(s)
	m, err := re.find(sub, 0)
	for count := 0.0; err == nil && m != nil && (!hasLimit || count < limit); count++ {
		o := value.NewObject(3)
		o.Set("match", m.Text)
		o.Set("index", float64(m.Start))
		o.Set("groups", groupValues(m))
		out.items = append(out.items, o)
		st.awaits(2)
		next := regexNext{r: re, sub: sub, last: m.End}
		m, err = next.find()
	}
	return err
}
