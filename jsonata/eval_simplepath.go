package jsonata

import "github.com/stepwise-go/stepwise/value"

// A fast path for the commonest paths: field names (after an optional
// variable) read from one object at a time, as in a.b.c, $o.total or a
// bare price. While the context is a single value, each such step is one
// field lookup, with none of the sequences the general evaluateStep
// builds; the result, the virtual clock (eval_race.go) and the budgets
// are exactly those of the general path. When a step yields an array,
// the general loop takes over from the next step.

// simpleRuns gives, for each step of a compiled path, how many steps
// from it on the fast path may take: names without predicates,
// bindings, grouping or constructors, and a variable as the first step.
// It is nil when the path itself keeps arrays, groups or is a tuple
// stream.
func simpleRuns(c *cnode) []int {
	if c.kind != KindPath || c.tuple || c.keepArray || c.group != nil {
		return nil
	}
	runs := make([]int, len(c.steps))
	any := false
	for i := len(c.steps) - 1; i >= 0; i-- {
		s := c.steps[i]
		plain := len(s.predicate) == 0 && len(s.stages) == 0 && s.group == nil && s.focus == "" &&
			s.index == "" && !s.tuple && s.ancestor == nil && !s.consArray && !s.keepArray
		if plain && (s.kind == KindName || (i == 0 && s.kind == KindVariable)) {
			runs[i] = 1
			if i+1 < len(c.steps) {
				runs[i] += runs[i+1]
			}
			any = true
		}
	}
	if !any {
		return nil
	}
	return runs
}

// canRunSimple reports whether the fast path may take step i of path n
// now: the step starts a run, no race is being decided and the depth
// budget has room for one more level.
func (st *state) canRunSimple(n *cnode, i int) bool {
	return n.runs != nil && n.runs[i] > 0 && st.raceBy == 0 && st.depth < st.maxDepth
}

// simpleSteps runs the run of simple steps of path n that starts at from
// on input, one value that is not an array. It returns the path's result
// and used = 0 when the path is finished, or the result of the steps
// before used (what the general loop calls result and inputSeq) to
// continue from.
func (st *state) simpleSteps(n *cnode, from int, input value.Value, env *frame) (v value.Value, used int, err *Error) {
	x := input
	end := from + n.runs[from]
	for i := from; i < end; i++ {
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
	return st.seq1(x), end, nil
}
