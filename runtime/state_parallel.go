package runtime

import (
	"context"
	"sync"

	"github.com/stepwise-go/stepwise/value"
)

// runParallel runs one attempt of a Parallel: every branch on its own
// goroutine over the same input; the result is the branch outputs in
// branch order. The first failing branch fails the attempt and stops the
// others.
func (t *thread) runParallel(st *state, raw value.Value) (stepResult, *failure) {
	input := raw
	var env *evalEnv
	if st.jsonata {
		env = t.statesEnv(raw, nil, nil)
		if st.arguments != nil {
			v, f := st.arguments.eval(env)
			if f != nil {
				return stepResult{}, f
			}
			input = v
		}
	} else {
		var f *failure
		if input, f = t.applyInputPath(st.inputPath, raw); f != nil {
			return stepResult{}, f
		}
		if st.parameters != nil {
			if input, f = st.parameters.eval(t.env(input)); f != nil {
				return stepResult{}, f
			}
		}
	}
	t.started = true
	t.emit("ParallelStateStarted", nil)
	results := make([]value.Value, len(st.branches))
	children := make([]*thread, len(st.branches))
	ctx, cancel := context.WithCancel(t.cx)
	defer cancel()
	var (
		mu       sync.Mutex
		first    *failure
		firstIdx = -1
		stopped  *failure // a host failure (Stop, no task handler) in a branch
	)
	for i := range st.branches {
		children[i] = &thread{ex: t.ex, cx: ctx, vars: t.vars.child(), last: t.last, enteredPrev: -1}
	}
	t.runChildren(len(st.branches), st.branchesNeverWait, func(i int) {
		out, f := children[i].runGraph(st.branches[i], input, nil)
		mu.Lock()
		defer mu.Unlock()
		if f != nil {
			switch {
			case f.fatal && f.host != nil && stopped == nil:
				stopped = f
				cancel()
			case first == nil && !f.fatal:
				first, firstIdx = f, i
				cancel()
			}
			return
		}
		results[i] = out
	})
	if stopped != nil {
		return stepResult{}, stopped
	}
	if t.aborted() {
		return stepResult{}, &failure{fatal: true}
	}
	if first != nil {
		t.last = children[firstIdx].last
		return stepResult{}, first
	}
	t.last = t.ex.hist.lastID()
	t.emitFrom("ParallelStateSucceeded", t.last, nil)
	result := value.Value(results)
	return t.finishWithResult(st, raw, result)
}

// runChildrenConcurrently runs fn(0…n-1) on n goroutines counted by the
// clock and waits for all of them (see runChildren).
func (t *thread) runChildrenConcurrently(n int, fn func(i int)) {
	if n == 0 {
		return
	}
	c := t.ex.clock
	var wg sync.WaitGroup
	var mu sync.Mutex
	remaining := n
	c.Fork(n)
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func(i int) {
			defer wg.Done()
			fn(i)
			mu.Lock()
			remaining--
			last := remaining == 0
			mu.Unlock()
			c.Exit(last)
		}(i)
	}
	wg.Wait()
}
