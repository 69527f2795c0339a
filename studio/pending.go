package studio

import (
	"context"
	"errors"
	"sort"
	"strings"
	"sync"

	"github.com/stepwise-go/stepwise/runtime"
	"github.com/stepwise-go/stepwise/value"
)

// PendingTask is a .waitForTaskToken task waiting for Approve or Reject.
type PendingTask struct {
	Token    string      `json:"token"`
	State    string      `json:"state"`
	Resource string      `json:"resource"`
	Input    value.Value `json:"-"`
	// InputJSON is what the task sent, as JSON text.
	InputJSON string `json:"input"`
	seq       int
}

// answer is how a pending task ends.
type answer struct {
	output value.Value
	err    error
}

// pendingTasks holds the waiting tasks of one execution. The runtime's
// Callbacks API (branch callbacks) is meant to replace it once merged.
type pendingTasks struct {
	mu      sync.Mutex
	waiting map[string]*PendingTask
	answers map[string]chan answer
	seq     int
}

func newPendingTasks() *pendingTasks {
	return &pendingTasks{waiting: map[string]*PendingTask{}, answers: map[string]chan answer{}}
}

// handler answers .waitForTaskToken tasks by waiting for a decision and
// passes every other task to base.
func (p *pendingTasks) handler(base runtime.TaskHandler) runtime.TaskHandler {
	return func(ctx context.Context, req *runtime.TaskRequest) (value.Value, error) {
		if !strings.HasSuffix(req.Resource, ".waitForTaskToken") {
			if base == nil {
				return nil, runtime.Stop(errors.New("no task handler for state " + req.State + ": start studio with --stub-tasks echo or --mocks FILE --test-case NAME"))
			}
			return base(ctx, req)
		}
		token, err := newToken()
		if err != nil {
			return nil, runtime.Stop(err)
		}
		ch := make(chan answer, 1)
		p.mu.Lock()
		p.seq++
		p.waiting[token] = &PendingTask{Token: token, State: req.State, Resource: req.Resource, Input: req.Parameters,
			InputJSON: string(value.Marshal(req.Parameters)), seq: p.seq}
		p.answers[token] = ch
		p.mu.Unlock()
		defer func() {
			p.mu.Lock()
			delete(p.waiting, token)
			delete(p.answers, token)
			p.mu.Unlock()
		}()
		select {
		case a := <-ch:
			return a.output, a.err
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
}

// list returns the waiting tasks, oldest first.
func (p *pendingTasks) list() []PendingTask {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := make([]PendingTask, 0, len(p.waiting))
	for _, t := range p.waiting {
		out = append(out, *t)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].seq < out[j].seq })
	return out
}

// errNoToken says a token names no waiting task.
var errNoToken = errors.New("no task is waiting with this token")

func (p *pendingTasks) resolve(token string, a answer) error {
	p.mu.Lock()
	ch, ok := p.answers[token]
	if ok {
		delete(p.answers, token)
		delete(p.waiting, token)
	}
	p.mu.Unlock()
	if !ok {
		return errNoToken
	}
	ch <- a
	return nil
}

// succeed ends a waiting task with output (SendTaskSuccess).
func (p *pendingTasks) succeed(token string, output value.Value) error {
	return p.resolve(token, answer{output: output})
}

// fail ends a waiting task with an error (SendTaskFailure); an empty
// error name means States.TaskFailed.
func (p *pendingTasks) fail(token, name, cause string) error {
	return p.resolve(token, answer{err: &runtime.TaskError{Name: name, Cause: cause}})
}
