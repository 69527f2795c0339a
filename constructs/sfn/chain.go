package sfn

// Chainable is anything a workflow can continue at: a state or a *Chain.
// Next, Sequence, Choice.When, Parallel.Branch, Map.ItemProcessor, Catch
// and NewStateMachine all take one. The set is closed: only this package's
// states and *Chain implement it.
type Chainable interface {
	// startState returns the state the chainable starts at, or nil for a
	// nil value or an empty chain.
	startState() State
	// endStates returns the states that can continue when something is
	// chained after this (Pass, Task, Wait, Parallel and Map ends).
	endStates() []nextable
}

// Chain is a sequence of states with one start and the set of its end
// states that can continue. Chains are values: Next returns a new Chain and
// leaves the receiver as it was (the states themselves are linked). The
// zero Chain is empty; an empty chain used where a state is needed is a
// recorded problem.
type Chain struct {
	start State
	ends  []nextable
	held  problems // problems recorded while the chain had no state yet
}

// Next continues every end state of c at next's start state and returns
// the chain from c's start to next's ends. Continuing a chain that has no
// end able to continue (it ends in Succeed, Fail, or a Choice without
// Afterwards), or at a nil Chainable, is a recorded problem; so is an end
// state that already continues elsewhere.
func (c *Chain) Next(next Chainable) *Chain { return c.then(next, "Next") }

// then implements Next; what names the user's call in messages.
func (c *Chain) then(next Chainable, what string) *Chain {
	start := startOf(next)
	if c == nil || c.start == nil {
		if start == nil {
			out := &Chain{}
			if c != nil {
				out.held = c.held
			}
			reportNil(&out.held, nil, what, next)
			return out
		}
		if c != nil && len(c.held) > 0 {
			n := start.node()
			n.probs = append(n.probs, c.held...)
		}
		return &Chain{start: start, ends: next.endStates()}
	}
	if start == nil {
		reportNil(&c.start.node().probs, nil, what, next)
		return c
	}
	if len(c.ends) == 0 {
		// Recorded on the start, which is in the machine whenever the
		// chain is; the last state may be unreachable.
		c.start.node().probs.add(nil, msgNoEnds, what, c.start.Name())
	}
	for _, e := range c.ends {
		continueAt(e, start)
	}
	return &Chain{start: c.start, ends: next.endStates()}
}

// Sequence chains first and every element of rest one after another and
// returns the whole chain: Sequence(a, b, c) is a.Next(b).Next(c) for any
// chainables. A nil element is a recorded problem and is skipped.
func Sequence(first Chainable, rest ...Chainable) *Chain {
	c := (&Chain{}).then(first, "Sequence")
	for _, r := range rest {
		c = c.then(r, "Sequence")
	}
	return c
}

// startState implements Chainable.
func (c *Chain) startState() State {
	if c == nil {
		return nil
	}
	return c.start
}

// endStates implements Chainable.
func (c *Chain) endStates() []nextable {
	if c == nil {
		return nil
	}
	return c.ends
}

// startOf returns c's start state, or nil when c is nil (also a typed nil
// pointer) or an empty chain.
func startOf(c Chainable) State {
	if c == nil {
		return nil
	}
	return c.startState()
}

// reportNil records that what was given a nil or empty Chainable, plus
// the problems an empty chain was holding.
func reportNil(ps *problems, where []any, what string, c Chainable) {
	ps.add(where, msgNilChainable, what)
	if ch, ok := c.(*Chain); ok && ch != nil {
		*ps = append(*ps, ch.held.under(where...)...)
	}
}

// continueAt makes s continue at target, recording a problem when s
// already continues at another state.
func continueAt(s nextable, target State) {
	f := s.flowOf()
	if f.next != nil && f.next != target {
		s.node().probs.add([]any{"Next"}, msgNextTwice, s.Name(), f.next.Name(), f.nextSource, target.Name())
		return
	}
	f.next = target
	f.nextSource = callerSource()
}

// chainNext implements Next for the states that continue.
func chainNext(s nextable, next Chainable) *Chain {
	start := startOf(next)
	if start == nil {
		reportNil(&s.node().probs, []any{"Next"}, "Next", next)
		return &Chain{start: s, ends: []nextable{s}}
	}
	continueAt(s, start)
	return &Chain{start: s, ends: next.endStates()}
}

// appendEnds appends the ends of c to ends, skipping those already there.
func appendEnds(ends []nextable, c Chainable) []nextable {
outer:
	for _, e := range c.endStates() {
		for _, have := range ends {
			if have == e {
				continue outer
			}
		}
		ends = append(ends, e)
	}
	return ends
}
