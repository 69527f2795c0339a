package jsonpath

import "github.com/stepwise-go/stepwise/value"

// descend applies "..": it walks node and all its descendants in
// document order (a node before its children) and, where the step at
// steps[next] can apply, applies the rest of the path there, as Jayway's
// ScanPathToken does. On an array whose following step is not the last,
// Jayway skips that step and applies the one after it to each element
// ("$..[0].x" reads x of every element); this quirk is kept.
func (r *run) descend(next int, node value.Value) {
	if next >= len(r.prog.steps) || !r.ev.visit() {
		// "$..length()": nothing follows "..", so Jayway selects nothing.
		return
	}
	st := &r.prog.steps[next]
	leaf := next == len(r.prog.steps)-1
	switch x := node.(type) {
	case *value.Object:
		if r.scanMatches(st, x) {
			r.steps(next, x)
		}
		for _, k := range x.Keys() {
			v, _ := x.Get(k)
			r.descend(next, v)
		}
	case []value.Value:
		if r.scanMatches(st, x) {
			if leaf {
				r.steps(next, x)
			} else {
				for _, item := range x {
					r.steps(next+1, item)
				}
			}
		}
		for _, item := range x {
			r.descend(next, item)
		}
	}
}

// scanMatches is Jayway's scan predicate: whether the step after ".."
// applies to node.
func (r *run) scanMatches(st *step, node value.Value) bool {
	switch st.kind {
	case Field, Union:
		if st.names == nil {
			_, ok := node.([]value.Value)
			return ok
		}
		obj, ok := node.(*value.Object)
		if !ok {
			return false
		}
		if len(st.names) > 1 {
			return true
		}
		return obj.Has(st.names[0])
	case Index, Slice:
		_, ok := node.([]value.Value)
		return ok
	case Wildcard:
		return true
	case Filter:
		return st.filter != nil && r.accept(st, node)
	}
	return false
}
