package asl

import (
	"slices"
	"strings"
)

// successors returns the names a state can go to next, in order.
func successors(s State) []string {
	var out []string
	switch s := s.(type) {
	case *Choice:
		for _, r := range s.Choices {
			if r.Next != "" {
				out = append(out, r.Next)
			}
		}
		if s.Default != "" {
			out = append(out, s.Default)
		}
		return out
	case *Pass:
		out = appendNext(out, &s.Transition)
	case *Task:
		out = appendNext(out, &s.Transition)
		out = appendCatch(out, &s.ErrorHandling)
	case *Wait:
		out = appendNext(out, &s.Transition)
	case *Parallel:
		out = appendNext(out, &s.Transition)
		out = appendCatch(out, &s.ErrorHandling)
	case *Map:
		out = appendNext(out, &s.Transition)
		out = appendCatch(out, &s.ErrorHandling)
	}
	return out
}

func appendNext(out []string, t *Transition) []string {
	if t.Next != "" {
		out = append(out, t.Next)
	}
	return out
}

func appendCatch(out []string, e *ErrorHandling) []string {
	for _, c := range e.Catch {
		if c.Next != "" {
			out = append(out, c.Next)
		}
	}
	return out
}

// reachability reports the states of g that no path from StartAt reaches.
func (v *validator) reachability(g *Graph, index map[string]State, at Location) {
	if index[g.StartAt] == nil {
		return // already reported; everything would look unreachable
	}
	seen := map[string]bool{g.StartAt: true}
	queue := []string{g.StartAt}
	for len(queue) > 0 {
		s := index[queue[0]]
		queue = queue[1:]
		if s == nil {
			continue
		}
		for _, n := range successors(s) {
			if !seen[n] {
				seen[n] = true
				queue = append(queue, n)
			}
		}
	}
	for _, s := range g.States {
		b := s.Common()
		if !seen[b.Name] {
			v.add(scope{source: b.Source}, at.At("States").At(b.Name), CodeUnreachableState,
				"state %q cannot be reached from StartAt %q", b.Name, g.StartAt)
		}
	}
}

// sortDiagnostics orders diagnostics by location so that output from map
// iteration is stable; it keeps the relative order of equal locations.
func sortDiagnostics(ds Diagnostics) {
	slices.SortStableFunc(ds, func(a, b Diagnostic) int {
		return strings.Compare(a.At.Pointer(), b.At.Pointer())
	})
}

// editDistance is the Levenshtein distance between a and b, for
// suggestions; long names are not compared.
func editDistance(a, b string) int {
	if len(a) > 100 || len(b) > 100 {
		return 100
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
