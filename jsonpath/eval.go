package jsonpath

import (
	"errors"
	"fmt"

	"github.com/stepwise-go/stepwise/value"
)

// MaxVisits bounds the nodes one Eval may visit (recursive descent inside
// recursive descent, filters with paths, …); past it Eval fails with
// ErrBudget.
const MaxVisits = 1_000_000

// ErrBudget is returned (wrapped) when an evaluation visits more than
// MaxVisits nodes.
var ErrBudget = errors.New("jsonpath: evaluation visits too many nodes")

// Eval selects from root the way Jayway JsonPath does (AWS evaluates
// paths with it). The caller picks root by p.Root: the state input for
// Input, the context object for Context, the variable's value for
// Variable; the segments apply to it.
//
// A definite path (see IsDefinite) returns its one value, or found=false
// when a step finds nothing: a missing member, an index out of range, a
// step into a value of the wrong type. An indefinite path returns a
// []value.Value of every match in document order, possibly empty, with
// found=true; steps that find nothing are skipped. A trailing function
// (.length(), .sum(), …) applies to the value of a definite path, to the
// list of matches of a path starting with "..", and otherwise to each
// match. err reports a function that cannot apply (Jayway throws) or an
// exhausted budget; it is nil otherwise. Eval does not modify root, and
// many goroutines may call it at once.
func (p *Path) Eval(root value.Value) (v value.Value, found bool, err error) {
	if p == nil {
		return nil, false, errors.New("jsonpath: Eval on a nil path")
	}
	if p.prog != nil && p.prog.simple {
		v, found := p.prog.walk(root)
		return v, found, nil
	}
	return p.eval(root, root, &evaluator{})
}

// walk evaluates a simple program (see program.simple) without
// allocating: each step reads one member or one element.
func (prog *program) walk(node value.Value) (value.Value, bool) {
	for i := range prog.steps {
		st := &prog.steps[i]
		if st.kind == Index {
			arr, ok := node.([]value.Value)
			if !ok {
				return nil, false
			}
			idx := st.indexes[0]
			if idx < 0 {
				idx += len(arr)
			}
			if idx < 0 || idx >= len(arr) {
				return nil, false
			}
			node = arr[idx]
			continue
		}
		obj, ok := node.(*value.Object)
		if !ok {
			return nil, false
		}
		if node, ok = obj.Get(st.names[0]); !ok {
			return nil, false
		}
	}
	return node, true
}

// IsDefinite reports whether Eval returns a single value rather than a
// list: every step is a member name or a single index, or the path starts
// with ".." and ends with a function. A nil path is not definite.
func (p *Path) IsDefinite() bool {
	if p == nil {
		return false
	}
	prog, err := p.program()
	if err != nil {
		return false
	}
	return prog.definite || prog.fn != nil && prog.scanFn
}

// program returns the compiled program, compiling a hand-built path on
// the fly.
func (p *Path) program() (*program, error) {
	if p.prog != nil {
		return p.prog, nil
	}
	prog, err := compile(p)
	if err != nil {
		return nil, err
	}
	return prog, nil
}

// eval runs p from start; doc is the document "$" means inside filters.
func (p *Path) eval(start, doc value.Value, ev *evaluator) (value.Value, bool, error) {
	prog, err := p.program()
	if err != nil {
		return nil, false, err
	}
	run := &run{prog: prog, doc: doc, ev: ev}
	run.steps(0, start)
	if ev.err != nil {
		return nil, false, ev.err
	}
	matches := run.out
	switch {
	case prog.fn != nil && prog.scanFn:
		if matches == nil {
			matches = []value.Value{}
		}
		v, err := prog.fn.apply(matches, start, doc, ev)
		return v, err == nil, err
	case prog.definite:
		if len(matches) == 0 {
			return nil, false, nil
		}
		if prog.fn == nil {
			return matches[0], true, nil
		}
		v, err := prog.fn.apply(matches[0], start, doc, ev)
		return v, err == nil, err
	}
	out := make([]value.Value, 0, len(matches))
	for _, m := range matches {
		if prog.fn != nil {
			r, err := prog.fn.apply(m, start, doc, ev)
			if err != nil {
				return nil, false, err
			}
			m = r
		}
		out = append(out, m)
	}
	return out, true, nil
}

// evaluator is shared by one Eval and the filters it runs: it counts
// visits against MaxVisits.
type evaluator struct {
	visits int
	err    error
}

// visit counts one node and reports whether the budget still allows
// work.
func (ev *evaluator) visit() bool {
	if ev.err != nil {
		return false
	}
	ev.visits++
	if ev.visits > MaxVisits {
		ev.err = fmt.Errorf("%w (more than %d)", ErrBudget, MaxVisits)
		return false
	}
	return true
}

// run is one evaluation of a program's steps.
type run struct {
	prog *program
	doc  value.Value
	ev   *evaluator
	out  []value.Value
}

// steps applies steps[i:] to node and collects what the last one
// selects.
func (r *run) steps(i int, node value.Value) {
	if !r.ev.visit() {
		return
	}
	steps := r.prog.steps
	if i == len(steps) {
		r.out = append(r.out, node)
		return
	}
	st := &steps[i]
	leaf := i == len(steps)-1
	switch st.kind {
	case Field, Union:
		if st.names != nil {
			r.members(i, st, leaf, node)
			return
		}
		r.indexes(i, st, node)
	case Index:
		r.indexes(i, st, node)
	case Wildcard:
		switch x := node.(type) {
		case *value.Object:
			for _, k := range x.Keys() {
				v, _ := x.Get(k)
				r.steps(i+1, v)
			}
		case []value.Value:
			for _, v := range x {
				r.steps(i+1, v)
			}
		}
	case Slice:
		r.slice(i, st, node)
	case Filter:
		r.filter(i, st, node)
	case RecursiveDescent:
		r.descend(i+1, node)
	}
}

// members applies a Field or a name Union. A Union that ends the path
// gives one object of the members found (Jayway's merge); elsewhere each
// member is followed in turn.
func (r *run) members(i int, st *step, leaf bool, node value.Value) {
	obj, ok := node.(*value.Object)
	if !ok {
		return
	}
	if len(st.names) > 1 && leaf {
		merged := value.NewObject(len(st.names))
		for _, name := range st.names {
			if v, ok := obj.Get(name); ok {
				merged.Set(name, v)
			}
		}
		r.out = append(r.out, merged)
		return
	}
	for _, name := range st.names {
		if v, ok := obj.Get(name); ok {
			r.steps(i+1, v)
		}
	}
}

// indexes applies an Index or an index Union; a negative index counts
// from the end and an index out of range selects nothing.
func (r *run) indexes(i int, st *step, node value.Value) {
	arr, ok := node.([]value.Value)
	if !ok {
		return
	}
	for _, idx := range st.indexes {
		r.element(i+1, arr, idx)
	}
}

// element follows arr[idx] (negative counting from the end) when it
// exists.
func (r *run) element(next int, arr []value.Value, idx int) {
	if idx < 0 {
		idx += len(arr)
	}
	if idx >= 0 && idx < len(arr) {
		r.steps(next, arr[idx])
	}
}

// slice applies [from:to] with Jayway's rules: a negative from or to
// counts from the end in [from:] and [:to]; in [from:to] only to is
// clipped to the length, and each index is then read as by [i].
func (r *run) slice(i int, st *step, node value.Value) {
	arr, ok := node.([]value.Value)
	if !ok || len(arr) == 0 {
		return
	}
	n := len(arr)
	switch {
	case st.hasFrom && !st.hasTo:
		from := st.from
		if from < 0 {
			from += n
		}
		for j := max(from, 0); j < n; j++ {
			r.element(i+1, arr, j)
		}
	case !st.hasFrom && st.hasTo:
		to := st.to
		if to < 0 {
			to += n
		}
		for j := 0; j < min(to, n); j++ {
			r.element(i+1, arr, j)
		}
	default:
		to := min(st.to, n)
		for j := st.from; j < to; j++ {
			r.element(i+1, arr, j)
		}
	}
}

// filter applies [?(…)]: to each element of an array, or to an object
// itself. A script "[(…)]" selects nothing.
func (r *run) filter(i int, st *step, node value.Value) {
	if st.filter == nil {
		r.ev.err = fmt.Errorf("jsonpath: at %d: script expressions \"[(…)]\" are not supported", st.pos)
		return
	}
	switch x := node.(type) {
	case *value.Object:
		if r.accept(st, x) {
			r.steps(i+1, x)
		}
	case []value.Value:
		for _, item := range x {
			if r.accept(st, item) {
				r.steps(i+1, item)
			}
		}
	}
}

// accept runs a filter on one candidate.
func (r *run) accept(st *step, v value.Value) bool {
	if !r.ev.visit() {
		return false
	}
	return st.filter.test(&filterCtx{current: v, root: r.doc, ev: r.ev})
}
