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

// neverWaits reports whether running g can never wait: its states are
// Pass, Choice, Succeed and Fail, or a Parallel or inline Map without
// Retry whose own blocks never wait. Call it once the blocks nested in
// g are compiled.
func neverWaits(g *graph) bool {
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
