package runtime

import (
	"container/heap"
	"context"
	"sync"
	"sync/atomic"
	"time"
)

// clock is an execution's time: virtual by default, real with
// Options.RealTime.
//
// On the virtual clock time stands still while any goroutine of the
// execution runs, and jumps to the earliest pending timer once every one
// of them is blocked (sleeping or waiting for its children), as temporal's
// test environment does. So a one-year Wait ends at once, and Parallel
// branches waiting 5 s and 10 s end after 10 virtual seconds, not 15.
type clock struct {
	real  bool
	scale float64
	wall  func() time.Time

	mu      sync.Mutex
	now     time.Time
	running int // goroutines of the execution not blocked on the clock
	timers  timerHeap
	seq     int64
	frozen  bool // the execution ended: time no longer advances
	// current mirrors now for Now, which every history event calls: an
	// atomic load instead of the mutex. Written with now, under mu.
	current atomic.Pointer[time.Time]
}

func newClock(o *resolved) *clock {
	c := &clock{real: o.RealTime, scale: o.TimeScale, wall: o.Clock, now: o.start, running: 1}
	start := o.start
	c.current.Store(&start)
	return c
}

// Now is the current time of the execution.
func (c *clock) Now() time.Time {
	if c.real {
		return c.wall().UTC()
	}
	return *c.current.Load()
}

// nowRef is Now for a history record: on the virtual clock every event of
// one instant shares the same immutable time, so recording one allocates
// nothing.
func (c *clock) nowRef() *time.Time {
	if c.real {
		return c.wallRef()
	}
	return c.current.Load()
}

// wallRef is nowRef on the real clock.
func (c *clock) wallRef() *time.Time {
	t := c.wall().UTC()
	return &t
}

type timer struct {
	at    time.Time
	seq   int64
	fire  func() // called with c.mu held
	index int
}

type timerHeap []*timer

func (h timerHeap) Len() int { return len(h) }
func (h timerHeap) Less(i, j int) bool {
	if h[i].at.Equal(h[j].at) {
		return h[i].seq < h[j].seq
	}
	return h[i].at.Before(h[j].at)
}
func (h timerHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i]; h[i].index = i; h[j].index = j }
func (h *timerHeap) Push(x any)   { t := x.(*timer); t.index = len(*h); *h = append(*h, t) }
func (h *timerHeap) Pop() any {
	old := *h
	t := old[len(old)-1]
	*h = old[:len(old)-1]
	t.index = -1
	return t
}

// advanceLocked fires timers while nothing runs.
func (c *clock) advanceLocked() {
	for c.running == 0 && len(c.timers) > 0 && !c.frozen {
		t := heap.Pop(&c.timers).(*timer)
		if t.at.After(c.now) {
			c.now = t.at
			at := t.at
			c.current.Store(&at)
		}
		t.fire()
	}
}

// Sleep blocks the calling goroutine of the execution for d (virtual or
// real). It returns false when ctx ends first.
func (c *clock) Sleep(ctx context.Context, d time.Duration) bool {
	if d <= 0 {
		return ctx.Err() == nil
	}
	if c.real {
		t := time.NewTimer(time.Duration(float64(d) * c.scale))
		defer t.Stop()
		select {
		case <-t.C:
			return true
		case <-ctx.Done():
			return false
		}
	}
	woke := make(chan struct{})
	c.mu.Lock()
	c.seq++
	t := &timer{at: c.now.Add(d), seq: c.seq}
	t.fire = func() { c.running++; close(woke) }
	heap.Push(&c.timers, t)
	c.running--
	c.advanceLocked()
	c.mu.Unlock()
	select {
	case <-woke:
		return true
	case <-ctx.Done():
		c.mu.Lock()
		if t.index >= 0 {
			heap.Remove(&c.timers, t.index)
			c.running++
		}
		c.mu.Unlock()
		return false
	}
}

// AfterFunc calls fn (on its own goroutine) once the clock reaches now+d;
// the returned func cancels it. On the virtual clock a pending AfterFunc
// does not keep time from advancing.
func (c *clock) AfterFunc(d time.Duration, fn func()) (cancel func()) {
	if c.real {
		t := time.AfterFunc(time.Duration(float64(d)*c.scale), fn)
		return func() { t.Stop() }
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.seq++
	t := &timer{at: c.now.Add(d), seq: c.seq}
	t.fire = func() {
		c.running++
		go func() { fn(); c.Exit(false) }()
	}
	heap.Push(&c.timers, t)
	return func() {
		c.mu.Lock()
		defer c.mu.Unlock()
		if t.index >= 0 {
			heap.Remove(&c.timers, t.index)
		}
	}
}

// Fork counts n new goroutines as running and the calling goroutine as
// blocked until they end; call before starting them.
func (c *clock) Fork(n int) {
	if c.real {
		return
	}
	c.mu.Lock()
	c.running += n - 1
	c.advanceLocked()
	c.mu.Unlock()
}

// Exit marks the calling goroutine as finished; with wakeParent the
// goroutine waiting for it (a Parallel or Map) counts as running again in
// the same step, so time cannot jump in between.
func (c *clock) Exit(wakeParent bool) {
	if c.real {
		return
	}
	c.mu.Lock()
	if wakeParent {
		c.running++
	}
	c.running--
	c.advanceLocked()
	c.mu.Unlock()
}

// Freeze stops virtual time: the execution has ended, and pending timers
// must not move it on.
func (c *clock) Freeze() {
	c.mu.Lock()
	c.frozen = true
	c.mu.Unlock()
}
