package runtime

// Parallel branches and inline Map iterations normally run on goroutines
// of their own, counted by the clock, so that one of them waiting (a
// Wait, a Task, a Retry's backoff) lets virtual time advance for all.
// A block that can never wait needs none of that: it runs start to end
// without the clock moving, so its branches or iterations run one after
// another on the calling goroutine. The history is one the concurrent
// run can also give (each branch's events in order, every branch after
// ParallelStateStarted), with the same ids, links and timestamps, and
// Map iterations appear in item order, as in AWS's recorded histories.

// neverWaits reports whether running g can never wait and always ends
// after a bounded number of states: its states are Pass, Choice, Succeed
// and Fail, or a Parallel or inline Map without Retry whose own blocks
// never wait, and no transition leads back to a state already passed (a
// loop). A block with a loop may run long or forever, and its siblings
// must stay free to fail meanwhile and stop it, as on AWS, rather than
// wait for it to reach the transition limit. Call it once the blocks
// nested in g are compiled.
func neverWaits(g *graph) bool {
	if hasLoop(g) {
		return false
	}
	for _, st := range g.states {
		switch st.typ {
		case "Pass", "Choice", "Succeed", "Fail":
		case "Parallel":
			if len(st.retry) > 0 {
				return false
			}
			for _, b := range st.branches {
				if !b.neverWaits {
					return false
				}
			}
		case "Map":
			if len(st.retry) > 0 || st.mapSpec.dist != nil || !st.mapSpec.processor.neverWaits {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// hasLoop reports whether some path of transitions (Next, the Choice
// rules and Default, Catch) in g comes back to a state it passed.
func hasLoop(g *graph) bool {
	const (
		unseen = iota
		onPath
		done
	)
	mark := make([]uint8, len(g.states))
	var visit func(i int) bool
	visit = func(i int) bool {
		if i < 0 || i >= len(g.states) || mark[i] == done {
			return false
		}
		if mark[i] == onPath {
			return true
		}
		mark[i] = onPath
		for _, next := range transitions(g.states[i]) {
			if visit(next) {
				return true
			}
		}
		mark[i] = done
		return false
	}
	for i := range g.states {
		if visit(i) {
			return true
		}
	}
	return false
}

// transitions lists the states st may go to next (-1 entries are none).
func transitions(st *state) []int {
	out := []int{st.next}
	if st.choice != nil {
		out = append(out, st.choice.def)
		for _, r := range st.choice.rules {
			out = append(out, r.next)
		}
	}
	for _, c := range st.catch {
		out = append(out, c.next)
	}
	return out
}

// runChildren runs fn(0…n-1) and waits for all of them. With inline
// (the children never wait) it calls them in order on this goroutine.
// Otherwise each runs on a goroutine counted by the clock; the calling
// goroutine counts as blocked meanwhile, so virtual time can advance,
// and the last child to finish counts the caller as running again in
// the same step.
func (t *thread) runChildren(n int, inline bool, fn func(i int)) {
	if inline {
		for i := 0; i < n; i++ {
			fn(i)
		}
		return
	}
	t.runChildrenConcurrently(n, fn)
}
