package asl

// eachSuccessor calls f with each name s can go to next, in order:
// Choice rules then Default; Next then Catch targets.
func eachSuccessor(s State, f func(name string)) {
	if c, ok := s.(*Choice); ok {
		for _, r := range c.Choices {
			if r.Next != "" {
				f(r.Next)
			}
		}
		if c.Default != "" {
			f(c.Default)
		}
		return
	}
	if t := TransitionOf(s); t != nil && t.Next != "" {
		f(t.Next)
	}
	if e := ErrorHandlingOf(s); e != nil {
		for _, c := range e.Catch {
			if c.Next != "" {
				f(c.Next)
			}
		}
	}
}

// reachability reports the states of g that no path from StartAt reaches.
func (v *validator) reachability(g *Graph, at Location) {
	start := v.position(g, g.StartAt, 0)
	if start < 0 {
		return // already reported; everything would look unreachable
	}
	seen := make([]bool, len(g.States))
	seen[start] = true
	queue := make([]int, 1, len(g.States))
	queue[0] = start
	from := 0
	visit := func(name string) {
		if i := v.position(g, name, from+1); i >= 0 && !seen[i] {
			seen[i] = true
			queue = append(queue, i)
		}
	}
	for i := 0; i < len(queue); i++ {
		from = queue[i]
		eachSuccessor(g.States[from], visit)
	}
	for i, s := range g.States {
		if !seen[i] {
			b := s.Common()
			v.add(&scope{source: b.Source}, at.At("States").At(b.Name), CodeUnreachableState,
				"state %q cannot be reached from StartAt %q", b.Name, g.StartAt)
		}
	}
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
