package tasks

import (
	"context"
	"fmt"
	"sync"

	"github.com/stepwise-go/stepwise/value"
)

// MockCase answers the Task states of one test case of a mock file: each
// invocation of a state takes that state's next response ("0", then "1",
// …; a range "1-2" answers invocations 1 and 2). Return gives the value,
// the service's raw response before ResultSelector and ResultPath; for a
// .sync task it is the final result, and for a .waitForTaskToken task it
// is the output the callback sends (the runtime still generates the task
// token). Throw gives a *Failure. States the test case does not name are
// not answered (ok=false), so a Chain can ask a handler or a stub next.
//
// Counting is per state name and safe for concurrent use: Map iterations
// and Parallel branches share one counter per state, and retries consume
// responses, as in Step Functions Local. With Map concurrency above 1 the
// order in which iterations take responses is the scheduler's, as it is
// there.
//
// When a state has used up its responses, the invocation answers with an
// *ExhaustedError, which is not a task failure: Step Functions Local's
// documentation says "you must specify a mocked response for every
// invocation … If you do not specify a mocked response, the state machine
// execution will fail", so the run stops instead of letting Retry or Catch
// absorb it.
type MockCase struct {
	machine, testCase string
	states            map[string]*mockedResponse

	mu     sync.Mutex
	counts map[string]int
}

var _ Responder = (*MockCase)(nil)

// Machine returns the state machine's name in the mock file.
func (c *MockCase) Machine() string { return c.machine }

// TestCase returns the test case's name.
func (c *MockCase) TestCase() string { return c.testCase }

// Mocks reports whether the test case mocks the named state.
func (c *MockCase) Mocks(state string) bool { _, ok := c.states[state]; return ok }

// Invocations returns how many times the named state has been answered (or
// tried to be, past its last response).
func (c *MockCase) Invocations(state string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.counts[state]
}

// Respond answers req from the state's next response; see MockCase. A nil
// *MockCase (no mock file) answers nothing.
func (c *MockCase) Respond(ctx context.Context, req *Request) (value.Value, bool, error) {
	if c == nil {
		return nil, false, nil
	}
	r, ok := c.states[req.State]
	if !ok {
		return nil, false, nil
	}
	if err := ctx.Err(); err != nil {
		return nil, true, err
	}
	c.mu.Lock()
	n := c.counts[req.State]
	c.counts[req.State] = n + 1
	c.mu.Unlock()
	a := r.at(n)
	if a == nil {
		return nil, true, &ExhaustedError{Machine: c.machine, TestCase: c.testCase, State: req.State, Response: r.name, Invocation: n, Last: r.last()}
	}
	if a.throw != nil {
		f := *a.throw // a copy: callers may keep or change it
		return nil, true, &f
	}
	return a.ret, true, nil
}

// ExhaustedError reports a mocked state invoked more often than its mocked
// response has answers for. It stops the run (see MockCase).
type ExhaustedError struct {
	Machine, TestCase, State, Response string
	Invocation                         int // 0-based number of the invocation that found no answer
	Last                               int // the last invocation the response answers
}

// Error names the state, its response and the key to add.
func (e *ExhaustedError) Error() string {
	return fmt.Sprintf("mock test case %q of %q: state %q was invoked %d times, but its mocked response %q answers only invocations 0-%d: add a key %q (or extend a range) for it",
		e.TestCase, e.Machine, e.State, e.Invocation+1, e.Response, e.Last, fmt.Sprint(e.Invocation))
}
