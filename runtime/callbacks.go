package runtime

import (
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"

	"github.com/stepwise-go/stepwise/value"
)

// The errors of the callback API, named after the exceptions Step
// Functions returns; test for them with errors.Is.
var (
	// ErrTaskDoesNotExist: no task was ever issued this (well-formed)
	// token.
	ErrTaskDoesNotExist = errors.New("TaskDoesNotExist: no task is waiting for this task token")
	// ErrTaskTimedOut: the token's task has timed out or is already closed
	// (answered, or its execution ended).
	ErrTaskTimedOut = errors.New("TaskTimedOut: the task token has either expired or the task associated with the token has already been closed")
	// ErrInvalidToken: the token is not one stepwise issued.
	ErrInvalidToken = errors.New("InvalidToken: the provided task token is not valid")
	// ErrActivityDoesNotExist: no activity has this ARN.
	ErrActivityDoesNotExist = errors.New("ActivityDoesNotExist: the activity does not exist")
)

// Callbacks routes task tokens to waiting executions; one value is shared
// by every execution of a host (Options.Callbacks). Safe for concurrent
// use. It holds the tasks waiting for a token — .waitForTaskToken tasks
// and activity tasks — and the activities.
type Callbacks struct {
	mu         sync.Mutex
	pending    map[string]*pendingTask
	closed     map[string]bool // tokens of closed tasks, for ErrTaskTimedOut
	closedFIFO []string        // bounds closed to maxClosedTokens
	seq        uint64
	activities map[string]*activity // by ARN
}

// maxClosedTokens bounds how many closed tokens Callbacks remembers to
// tell TaskTimedOut from TaskDoesNotExist.
const maxClosedTokens = 10000

// NewCallbacks returns an empty Callbacks.
func NewCallbacks() *Callbacks {
	return &Callbacks{pending: map[string]*pendingTask{}, closed: map[string]bool{}, activities: map[string]*activity{}}
}

// PendingTask is a task waiting for its token: a .waitForTaskToken task
// after its request, or an activity task scheduled or started.
type PendingTask struct {
	Token        string
	ExecutionArn string
	State        string      // the Task state's name
	Resource     string      // the Resource ARN
	Parameters   value.Value // what the task was sent (the activity's input)
	Since        time.Time   // when the task began waiting, on the execution's clock
	// Worker is the worker name of the GetActivityTask call that took an
	// activity task; "" until then and for other tasks.
	Worker string
}

// pendingTask is the shared record of a waiting task; the execution
// waits on signal and reads what changed under Callbacks.mu.
type pendingTask struct {
	PendingTask
	seq         uint64
	activityArn string // "" for .waitForTaskToken tasks
	signal      chan struct{}
	answer      *tokenAnswer
	beats       int  // heartbeats received
	started     bool // an activity worker took the task
}

// tokenAnswer is a SendTaskSuccess or SendTaskFailure.
type tokenAnswer struct {
	output       value.Value
	failed       bool
	error, cause string
}

// notify wakes the waiting execution (never blocks).
func (p *pendingTask) notify() {
	select {
	case p.signal <- struct{}{}:
	default:
	}
}

// SendTaskSuccess completes the task waiting for token with output (nil
// means null), which becomes the Task state's result.
func (c *Callbacks) SendTaskSuccess(token string, output value.Value) error {
	if output == nil {
		output = value.Null
	}
	return c.answer(token, &tokenAnswer{output: output})
}

// SendTaskFailure fails the task waiting for token with the error name
// and cause, which Retry and Catch then match.
func (c *Callbacks) SendTaskFailure(token, errorName, cause string) error {
	return c.answer(token, &tokenAnswer{failed: true, error: errorName, cause: cause})
}

// SendTaskHeartbeat tells the task waiting for token that its worker is
// alive: its HeartbeatSeconds count again from now.
func (c *Callbacks) SendTaskHeartbeat(token string) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	p, err := c.lookupLocked(token)
	if err != nil {
		return err
	}
	p.beats++
	p.notify()
	return nil
}

// Pending lists the tasks waiting for a token, oldest first.
func (c *Callbacks) Pending() []PendingTask {
	c.mu.Lock()
	list := make([]*pendingTask, 0, len(c.pending))
	for _, p := range c.pending {
		list = append(list, p)
	}
	c.mu.Unlock()
	sort.Slice(list, func(i, j int) bool {
		if !list[i].Since.Equal(list[j].Since) {
			return list[i].Since.Before(list[j].Since)
		}
		return list[i].seq < list[j].seq
	})
	out := make([]PendingTask, len(list))
	c.mu.Lock()
	for i, p := range list {
		out[i] = p.PendingTask
	}
	c.mu.Unlock()
	return out
}

// answer records the first answer to a pending task.
func (c *Callbacks) answer(token string, a *tokenAnswer) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	p, err := c.lookupLocked(token)
	if err != nil {
		return err
	}
	p.answer = a
	c.closeLocked(p)
	p.notify()
	return nil
}

// lookupLocked finds the open task of token.
func (c *Callbacks) lookupLocked(token string) (*pendingTask, error) {
	if p, ok := c.pending[token]; ok && p.answer == nil {
		return p, nil
	}
	if c.closed[token] {
		return nil, fmt.Errorf("%w (token %s)", ErrTaskTimedOut, shortToken(token))
	}
	if !wellFormedToken(token) {
		return nil, fmt.Errorf("%w (token %s)", ErrInvalidToken, shortToken(token))
	}
	return nil, fmt.Errorf("%w (token %s)", ErrTaskDoesNotExist, shortToken(token))
}

// add registers a task that waits for its token from now on.
func (c *Callbacks) add(p *pendingTask) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.seq++
	p.seq = c.seq
	p.signal = make(chan struct{}, 1)
	c.pending[p.Token] = p
	if p.activityArn != "" {
		c.activityLocked(p.activityArn).offer(p)
	}
}

// remove closes a task that ended without an answer (timed out, or its
// execution stopped); later answers get ErrTaskTimedOut.
func (c *Callbacks) remove(p *pendingTask) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.pending[p.Token] == p {
		c.closeLocked(p)
	}
}

// closeLocked moves p from pending to the closed tokens.
func (c *Callbacks) closeLocked(p *pendingTask) {
	delete(c.pending, p.Token)
	if a := c.activities[p.activityArn]; a != nil {
		a.drop(p)
	}
	if !c.closed[p.Token] {
		c.closed[p.Token] = true
		c.closedFIFO = append(c.closedFIFO, p.Token)
		if len(c.closedFIFO) > maxClosedTokens {
			delete(c.closed, c.closedFIFO[0])
			c.closedFIFO = c.closedFIFO[1:]
		}
	}
}

// shortToken abbreviates a token for error messages.
func shortToken(token string) string {
	if len(token) > 24 {
		return fmt.Sprintf("%q…", token[:24])
	}
	return fmt.Sprintf("%q", token)
}
