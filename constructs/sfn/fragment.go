package sfn

// Fragment is a reusable piece of workflow: a function that builds fresh
// states each time it is called and returns them as a Chainable. Because a
// state belongs to one machine and its name must be unique in the machine,
// share pieces as Fragments rather than as built states:
//
//	notify := sfn.Fragment(func() sfn.Chainable {
//		return sfn.NewTask("Notify", "arn:aws:states:::sns:publish").
//			Parameters(map[string]any{"TopicArn": topic, "Message": sfn.Path("$.message")})
//	})
//	def := sfn.Sequence(work, notify.WithPrefix("Done: "))
//
// Call the fragment itself (notify()) to use its states unprefixed.
type Fragment func() Chainable

// WithPrefix calls f and prefixes the name of every state the call built
// with prefix (as given: WithPrefix("Left ") turns "Wait" into "Left
// Wait"), including the states of nested Parallel branches and Map item
// processors. States reachable from the fragment that existed before the
// call (say, a shared handler it continues at) keep their names. Use a
// different prefix for each use of a fragment in one machine. A nil f
// returns an empty chain, which is a recorded problem wherever it is used.
//
// WithPrefix tells the states it built by creation order; do not create
// states that the fragment reaches on other goroutines during the call.
func (f Fragment) WithPrefix(prefix string) Chainable {
	if f == nil {
		c := &Chain{}
		c.held.add(nil, msgNilFragment)
		return c
	}
	before := stateSeq.Load()
	c := f()
	after := stateSeq.Load()
	start := startOf(c)
	if start == nil {
		return c
	}
	roots := []State{start}
	for _, e := range c.endStates() {
		roots = append(roots, e)
	}
	for _, s := range reachable(roots) {
		if n := s.node(); n.seq > before && n.seq <= after {
			n.name = prefix + n.name
		}
	}
	return c
}

// reachable returns every state reachable from roots through successors
// and nested blocks, each once.
func reachable(roots []State) []State {
	seen := map[State]bool{}
	var out []State
	queue := append([]State(nil), roots...)
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		if s == nil || seen[s] {
			continue
		}
		seen[s] = true
		out = append(out, s)
		queue = s.appendSuccessors(queue)
		queue = append(queue, s.nested()...)
	}
	return out
}
