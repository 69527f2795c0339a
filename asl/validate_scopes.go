package asl

import (
	"fmt"
	"slices"

	"github.com/stepwise-go/stepwise/jsontree"
)

// varScope is a scope of workflow variables: the machine's top level, a
// Parallel branch, or a Map's iterations. Inner scopes read the variables
// of outer ones, except a distributed Map's children, which are separate
// executions.
type varScope struct {
	parent   *varScope
	isolated bool                // a distributed Map's children: no outer variables
	assigned map[string]Location // names assigned in this scope, where first
}

// assignment is one variable set by a state, with where it is set.
type assignment struct {
	name string
	at   Location
}

// variables runs the variable checks over the whole machine: names, the
// scope rules, and reads of variables no earlier state can have set.
func (v *validator) variables(m *Machine) {
	if !v.usesVariables() {
		return
	}
	v.scopeGraph(&m.Graph, Root, &varScope{}, map[string]bool{})
}

// usesVariables reports whether any state assigns or reads a variable
// (validation has recorded both by now).
func (v *validator) usesVariables() bool { return len(v.facts) > 0 || v.assigns }

// stateAssignments returns every variable s sets: its Assign, its Choice
// rules' and its catchers'.
func stateAssignments(s State, at Location) []assignment {
	var out []assignment
	add := func(assign *jsontree.Value, base Location) {
		for _, n := range assignedNames(assign) {
			out = append(out, assignment{n, base.At("Assign").At(n)})
		}
	}
	add(AssignOf(s), at)
	if c, ok := s.(*Choice); ok {
		for i, r := range c.Choices {
			add(r.Assign, at.At("Choices").Index(i))
		}
	}
	if e := ErrorHandlingOf(s); e != nil {
		for i, c := range e.Catch {
			add(c.Assign, at.At("Catch").Index(i))
		}
	}
	return out
}

// scopeGraph checks the variables of block g, a block of scope sc whose
// start may see the variables in entry.
func (v *validator) scopeGraph(g *Graph, at Location, sc *varScope, entry map[string]bool) {
	sc.assigned = map[string]Location{}
	states := at.At("States")
	for _, s := range g.States {
		for _, a := range stateAssignments(s, states.At(s.Common().Name)) {
			v.checkAssignment(sc, s, a)
			if _, ok := sc.assigned[a.name]; !ok {
				sc.assigned[a.name] = a.at
			}
		}
	}
	in := v.reachingAssignments(g, entry)
	for i, s := range g.States {
		v.checkReads(sc, s, in[i])
	}
	for i, s := range g.States {
		sat := states.At(s.Common().Name)
		for j, sub := range nestedGraphs(s) {
			child := &varScope{parent: sc}
			subEntry := in[i]
			if m, ok := s.(*Map); ok && isDistributed(m) {
				child.isolated, subEntry = true, map[string]bool{}
			}
			v.scopeGraph(sub, nestedLocation(s, sat, j), child, subEntry)
		}
	}
}

// checkAssignment checks one assigned name: its syntax, and that no outer
// scope it can read assigns it too (AWS rejects a branch or iteration that
// assigns an outer variable).
func (v *validator) checkAssignment(sc *varScope, s State, a assignment) {
	src := &scope{source: s.Common().Source}
	if problem, fatal := variableNameProblem(a.name); problem != "" {
		sev := Warning
		if fatal {
			sev = Error
		}
		v.diags = append(v.diags, Diagnostic{Severity: sev, Code: CodeVariableName, At: a.at, Source: src.source, Message: problem})
		if fatal {
			return
		}
	}
	// A distributed Map's children are executions of their own: their
	// names do not clash with the parent's.
	for s := sc; s.parent != nil && !s.isolated; s = s.parent {
		if where, ok := s.parent.assigned[a.name]; ok {
			v.add(src, a.at, CodeVariableScope,
				"$%s is assigned in an enclosing scope (%s); a Parallel branch or Map iteration cannot assign an outer variable", a.name, where)
			return
		}
	}
}

// checkReads checks each variable s reads against what can have been
// assigned before it (before: the names some path to s assigns).
func (v *validator) checkReads(sc *varScope, s State, before map[string]bool) {
	f := v.facts[s]
	if f == nil {
		return
	}
	src := &scope{source: s.Common().Source}
	for _, r := range f.reads {
		visible, outer := sc.lookup(r.name)
		switch {
		case outer != "":
			v.add(src, r.at, CodeVariableScope,
				"$%s belongs to the scope outside this distributed Map (%s); a distributed Map's child executions cannot read outer variables", r.name, outer)
		case !visible:
			v.diags = append(v.diags, Diagnostic{Severity: Warning, Code: CodeUnknownVariable, At: r.at, Source: src.source,
				Message: fmt.Sprintf("no state of this scope assigns $%s; the execution will fail here", r.name)})
		case !before[r.name] && !sc.assignedOutside(r.name):
			v.diags = append(v.diags, Diagnostic{Severity: Warning, Code: CodeVariableUnset, At: r.at, Source: src.source,
				Message: fmt.Sprintf("$%s is read here, but no state before this one can have assigned it", r.name)})
		}
	}
}

// lookup reports whether name is assigned in sc or a scope it can read;
// when it is only assigned beyond a distributed Map's boundary, outer says
// where.
func (sc *varScope) lookup(name string) (visible bool, outer string) {
	isolated := false
	for s := sc; s != nil; s = s.parent {
		if where, ok := s.assigned[name]; ok {
			if isolated {
				return false, where.String()
			}
			return true, ""
		}
		isolated = isolated || s.isolated
	}
	return false, ""
}

// assignedOutside reports whether an enclosing scope (readable from sc)
// assigns name; its value may be set before the branch starts even when
// the reaching analysis of the branch alone cannot tell.
func (sc *varScope) assignedOutside(name string) bool {
	for s := sc; s.parent != nil && !s.isolated; s = s.parent {
		if _, ok := s.parent.assigned[name]; ok {
			return true
		}
	}
	return false
}

// reachingAssignments returns, for each state of g, the names assigned on
// some path from the block's start to it (a may-analysis that follows
// loops to a fixed point).
func (v *validator) reachingAssignments(g *Graph, entry map[string]bool) []map[string]bool {
	in := make([]map[string]bool, len(g.States))
	for i := range in {
		in[i] = map[string]bool{}
	}
	start := v.position(g, g.StartAt, 0)
	if start < 0 {
		return in
	}
	for n := range entry {
		in[start][n] = true
	}
	work := []int{start}
	for len(work) > 0 {
		i := work[len(work)-1]
		work = work[:len(work)-1]
		flow := func(target string, added []string) {
			j := v.position(g, target, i+1)
			if j < 0 {
				return
			}
			changed := false
			for n := range in[i] {
				if !in[j][n] {
					in[j][n], changed = true, true
				}
			}
			for _, n := range added {
				if !in[j][n] {
					in[j][n], changed = true, true
				}
			}
			if changed && !slices.Contains(work, j) {
				work = append(work, j)
			}
		}
		v.edges(g.States[i], flow)
	}
	return in
}

// edges calls flow for each transition of s with the names the transition
// assigns: the state's Assign (and a Choice rule's) on normal transitions,
// a catcher's Assign on its transition.
func (v *validator) edges(s State, flow func(target string, added []string)) {
	own := assignedNames(AssignOf(s))
	if c, ok := s.(*Choice); ok {
		for _, r := range c.Choices {
			flow(r.Next, append(slices.Clone(own), assignedNames(r.Assign)...))
		}
		flow(c.Default, own)
		return
	}
	if t := TransitionOf(s); t != nil {
		flow(t.Next, own)
	}
	if e := ErrorHandlingOf(s); e != nil {
		for _, c := range e.Catch {
			flow(c.Next, assignedNames(c.Assign))
		}
	}
}

// isDistributed reports whether a Map runs its items as child executions.
func isDistributed(m *Map) bool {
	return m.ProcessorConfig != nil && m.ProcessorConfig.Mode != nil && *m.ProcessorConfig.Mode == ModeDistributed
}
