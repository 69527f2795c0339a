package runtime

import (
	"context"
	"fmt"
	"strings"

	"github.com/stepwise-go/stepwise/value"
)

// activityArnPrefix is the ARN of CreateActivity's activities without the
// name: the default region and account of Options.
const activityArnPrefix = "arn:aws:states:us-east-1:123456789012:activity:"

// activity is the queue of one activity: tasks scheduled and not yet
// taken, and workers polling for one.
type activity struct {
	queue   []*pendingTask
	waiters []*activityWaiter
}

// activityWaiter is one blocked GetActivityTask call.
type activityWaiter struct {
	worker string
	got    chan *pendingTask // buffered 1
}

// CreateActivity registers the activity name and returns its ARN,
// arn:aws:states:us-east-1:123456789012:activity:NAME (the default region
// and account of Options). Creating an existing activity returns the
// same ARN. An execution that schedules an activity nobody created
// creates it, with the ARN its Resource names.
func (c *Callbacks) CreateActivity(name string) (arn string) {
	arn = activityArnPrefix + name
	c.mu.Lock()
	c.activityLocked(arn)
	c.mu.Unlock()
	return arn
}

// GetActivityTask waits for a task of the activity and hands it to the
// worker: its token and input. It blocks until a task is scheduled or
// ctx ends (then it returns token "" and no error, as Step Functions does
// when its poll times out). An unknown activity ARN gives
// ErrActivityDoesNotExist.
func (c *Callbacks) GetActivityTask(ctx context.Context, activityArn, workerName string) (token string, input value.Value, err error) {
	c.mu.Lock()
	a := c.activities[activityArn]
	if a == nil {
		c.mu.Unlock()
		return "", nil, fmt.Errorf("%w: %s", ErrActivityDoesNotExist, activityArn)
	}
	if len(a.queue) > 0 {
		p := a.queue[0]
		a.queue = a.queue[1:]
		p.take(workerName)
		c.mu.Unlock()
		return p.Token, p.Parameters, nil
	}
	w := &activityWaiter{worker: workerName, got: make(chan *pendingTask, 1)}
	a.waiters = append(a.waiters, w)
	c.mu.Unlock()
	select {
	case p := <-w.got:
		return p.Token, p.Parameters, nil
	case <-ctx.Done():
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for i, x := range a.waiters {
		if x == w {
			a.waiters = append(a.waiters[:i], a.waiters[i+1:]...)
			break
		}
	}
	select {
	case p := <-w.got: // handed over while ctx ended: keep it
		return p.Token, p.Parameters, nil
	default:
		return "", nil, nil
	}
}

// activityLocked returns the activity of arn, creating it.
func (c *Callbacks) activityLocked(arn string) *activity {
	a := c.activities[arn]
	if a == nil {
		a = &activity{}
		c.activities[arn] = a
	}
	return a
}

// offer hands a newly scheduled task to the oldest waiting worker, or
// queues it.
func (a *activity) offer(p *pendingTask) {
	if len(a.waiters) > 0 {
		w := a.waiters[0]
		a.waiters = a.waiters[1:]
		p.take(w.worker)
		w.got <- p
		return
	}
	a.queue = append(a.queue, p)
}

// drop removes a closed task from the queue.
func (a *activity) drop(p *pendingTask) {
	for i, x := range a.queue {
		if x == p {
			a.queue = append(a.queue[:i], a.queue[i+1:]...)
			return
		}
	}
}

// take marks p as started by worker and wakes its execution.
func (p *pendingTask) take(worker string) {
	p.started = true
	p.Worker = worker
	p.notify()
}

// isActivityArn reports whether a Task resource is an activity:
// arn:PARTITION:states:REGION:ACCOUNT:activity:NAME.
func isActivityArn(resource string) bool {
	parts := strings.SplitN(resource, ":", 7)
	return len(parts) == 7 && parts[2] == "states" && parts[5] == "activity" && parts[6] != ""
}
