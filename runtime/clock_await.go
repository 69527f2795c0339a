package runtime

import (
	"container/heap"
	"context"
	"time"
)

// awaitResult says why Await returned.
type awaitResult int

const (
	awaitWoken    awaitResult = iota // wake received a signal
	awaitElapsed                     // d passed
	awaitCanceled                    // ctx ended
)

// Await blocks the calling goroutine of the execution until wake gets a
// signal, d passes (d <= 0: no limit) or ctx ends.
//
// On the virtual clock a goroutine that holds time (hold) still counts as
// running, so time stands still until someone outside the execution
// signals wake; without hold it counts as blocked, and time jumps to the
// earliest timer once everything else is blocked too — that is how a
// task token nobody can send times out at once.
func (c *clock) Await(ctx context.Context, d time.Duration, wake <-chan struct{}, hold bool) awaitResult {
	if c.real || hold {
		var elapsed <-chan time.Time
		if d > 0 && c.real {
			t := time.NewTimer(time.Duration(float64(d) * c.scale))
			defer t.Stop()
			elapsed = t.C
		}
		select {
		case <-wake:
			return awaitWoken
		case <-elapsed:
			return awaitElapsed
		case <-ctx.Done():
			return awaitCanceled
		}
	}
	fired := make(chan struct{})
	c.mu.Lock()
	var t *timer
	if d > 0 {
		c.seq++
		t = &timer{at: c.now.Add(d), seq: c.seq}
		t.fire = func() { c.running++; close(fired) }
		heap.Push(&c.timers, t)
	}
	c.running--
	c.advanceLocked()
	c.mu.Unlock()
	// resume counts the goroutine as running again unless its timer has
	// already done so.
	resume := func() {
		c.mu.Lock()
		if t == nil || t.index >= 0 {
			if t != nil {
				heap.Remove(&c.timers, t.index)
			}
			c.running++
		}
		c.mu.Unlock()
	}
	select {
	case <-fired:
		return awaitElapsed
	case <-wake:
		resume()
		return awaitWoken
	case <-ctx.Done():
		resume()
		return awaitCanceled
	}
}
