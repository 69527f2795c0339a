package jsonata

import "github.com/stepwise-go/stepwise/value"

// A fast path for the commonest paths: field names (after an optional
// variable) read from one object at a time, as in a.b.c, $o.total or a
// bare price. While the context is a single value, each such step is one
// field lookup, with none of the sequences the general evaluateStep
// builds; the result, the virtual clock (eval_race.go) and the budgets
// are exactly those of the general path. When a step yields an array,
// the general loop takes over from the next step.

// simpleLead counts the leading steps of a compiled path that the fast
// path may take: names without predicates, bindings, grouping or
// constructors, and a variable as the first step. It is 0 when the path
// itself keeps arrays, groups or is a tuple stream.
func simpleLead(c *cnode) int {
	if c.kind != KindPath || c.tuple || c.keepArray || c.group != nil {
		return 0
	}
	n := 0
	for i, s := range c.steps {
		plain := len(s.predicate) == 0 && len(s.stages) == 0 && s.group == nil && s.focus == "" &&
			s.index == "" && !s.tuple && s.ancestor == nil && !s.consArray && !s.keepArray
		if !plain || !(s.kind == KindName || (i == 0 && s.kind == KindVariable)) {
			break
		}
		n++
	}
	return n
}

// simpleSteps runs the first n.simple steps of path n on input, a value
// that is not an array. It returns the path's result and used = 0 when
// the path is finished, or the result of the first used steps (what the
// general loop calls result and inputSeq) to continue from.
func (st *state) simpleSteps(n *cnode, input value.Value, env *frame) (v value.Value, used int, err *Error) {
	x := input
	for i := 0; i < n.simple; i++ {
		step := n.steps[i]
		last := i == len(n.steps)-1
		// await evaluateStep, then await evaluate of the step, which
		// counts one step of the budget.
		st.tick += 2
		st.steps++
		if st.steps&255 == 0 {
			if err := st.checkTime(); err != nil {
				return nil, 0, err
			}
		}
		var r value.Value
		if step.kind == KindVariable {
			if step.str != "" {
				r = st.lookup(env, step.str)
			} else if s, ok := x.(*seq); ok && s.outerWrapper {
				r = s.all()[0]
			} else {
				r = x
			}
		} else {
			r = lookupField(x, step.str)
		}
		if s, ok := r.(*seq); ok && s.sequence {
			switch s.length() {
			case 0:
				r = nil
			case 1:
				if !s.keepSingleton {
					r = s.all()[0]
				}
			}
		}
		switch {
		case r == nil:
			return newSeq(), 0, nil
		case isArray(r):
			if last && !isSequence(r) {
				return r, 0, nil
			}
			out := &seq{sequence: true}
			if s, ok := r.(*seq); ok && s.cons {
				out.items = []value.Value{r}
			} else {
				items, _ := arrayItems(r)
				out.items = append([]value.Value(nil), items...)
			}
			if last {
				return out, 0, nil
			}
			return out, i + 1, nil
		case last:
			return r, 0, nil
		}
		x = r
	}
	return newSeq1(x), n.simple, nil
}
