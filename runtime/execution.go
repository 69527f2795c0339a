package runtime

import (
	"context"
	"sync"
	"time"

	"github.com/stepwise-go/stepwise/value"
)

// Status is the terminal status of an execution.
type Status string

// The terminal statuses.
const (
	Succeeded Status = "SUCCEEDED"
	Failed    Status = "FAILED"
	TimedOut  Status = "TIMED_OUT"
	Aborted   Status = "ABORTED"
)

// Result is how an execution ended.
type Result struct {
	Status Status
	Output value.Value // SUCCEEDED only
	// Error and Cause name the failure (FAILED, TIMED_OUT, ABORTED); ""
	// when Step Functions reports none.
	Error, Cause string
	// Err is a host failure behind a FAILED status (for example
	// ErrNoTaskHandler); nil for workflow errors.
	Err error
}

// Execution is one run of a Program. Its methods are safe to call from
// any goroutine.
type Execution struct {
	prog   *Program
	opts   *resolved
	clock  *clock
	hist   *history
	ctx    context.Context
	cancel context.CancelFunc
	input  value.Value
	cb     *Callbacks // Options.Callbacks or the execution's own
	kids   children   // nested executions started by startExecution tasks
	hold   bool       // someone outside may answer tokens: waits hold the virtual clock

	randMu sync.Mutex
	// root is the parent execution of a Distributed Map child (which
	// draws from the parent's random source); nil at the top.
	root *Execution

	// ctxExecution and ctxStateMachine are $$.Execution and
	// $$.StateMachine, built once (ctxOnce).
	ctxOnce                       sync.Once
	ctxExecution, ctxStateMachine *value.Object

	endOnce sync.Once
	result  *Result
	done    chan struct{}

	stopMu   sync.Mutex
	stopping *Result // set by Stop or the execution timeout

	// test is set while TestState runs one state: it records the
	// inspection data and stops at retries. nil for executions.
	test *testRun
}

// Start begins an execution of p with the given input (nil means {}) and
// returns at once; use Wait for the result. Cancelling ctx aborts the
// execution.
func (p *Program) Start(ctx context.Context, input value.Value, opts *Options) *Execution {
	return p.start(ctx, input, opts != nil && opts.Callbacks != nil, opts)
}

// start begins an execution; hold says whether someone outside may send
// its task tokens (so waiting for one holds the virtual clock still).
func (p *Program) start(ctx context.Context, input value.Value, hold bool, opts *Options) *Execution {
	ex := p.prepare(ctx, input, hold, opts)
	go ex.run()
	return ex
}

// Execute runs an execution of p on the calling goroutine and returns it
// ended: read its result with Result and its events with History. It
// behaves as Start followed by Wait, without handing the result from one
// goroutine to another, which costs more than running a short machine.
// Cancelling ctx aborts the execution. A task waiting for its token
// blocks the caller until another goroutine sends it (Options.Callbacks).
func (p *Program) Execute(ctx context.Context, input value.Value, opts *Options) *Execution {
	ex := p.prepare(ctx, input, opts != nil && opts.Callbacks != nil, opts)
	ex.run()
	return ex
}

// prepare builds an execution that has not begun.
func (p *Program) prepare(ctx context.Context, input value.Value, hold bool, opts *Options) *Execution {
	o := resolveOptions(opts)
	if input == nil {
		input = value.NewObject(0)
	}
	ex := &Execution{prog: p, opts: o, clock: newClock(o), input: input, done: make(chan struct{}),
		hist: newHistory(o.MaxTransitions, p.states), cb: o.Callbacks, hold: hold}
	if ex.cb == nil {
		ex.cb = NewCallbacks()
	}
	ex.ctx, ex.cancel = context.WithCancel(ctx)
	return ex
}

// Run runs an execution on the calling goroutine (see Execute) and
// returns its result and history.
func (p *Program) Run(ctx context.Context, input value.Value, opts *Options) (*Result, []Event) {
	ex := p.Execute(ctx, input, opts)
	return ex.Result(), ex.History()
}

// Result is how the execution ended; nil while it runs.
func (ex *Execution) Result() *Result {
	select {
	case <-ex.done:
		return ex.result
	default:
		return nil
	}
}

// Wait blocks until the execution ends (or ctx ends, giving nil) and
// returns its result. An execution that has ended gives its result even
// when ctx has ended too.
func (ex *Execution) Wait(ctx context.Context) *Result {
	if r := ex.Result(); r != nil {
		return r
	}
	select {
	case <-ex.done:
		return ex.result
	case <-ctx.Done():
		return nil
	}
}

// Done is closed when the execution has ended.
func (ex *Execution) Done() <-chan struct{} { return ex.done }

// History returns the events recorded so far.
func (ex *Execution) History() []Event { return ex.hist.snapshot() }

// Stop aborts the execution (StopExecution): it ends ABORTED with the
// given error and cause (both may be empty). Stopping an ended execution
// does nothing.
func (ex *Execution) Stop(err, cause string) {
	ex.halt(&Result{Status: Aborted, Error: err, Cause: cause})
}

// halt ends the running goroutines with r as the result.
func (ex *Execution) halt(r *Result) {
	ex.stopMu.Lock()
	if ex.stopping == nil {
		ex.stopping = r
	}
	ex.stopMu.Unlock()
	ex.clock.Freeze()
	ex.cancel()
}

func (ex *Execution) stopResult() *Result {
	ex.stopMu.Lock()
	defer ex.stopMu.Unlock()
	return ex.stopping
}

// random draws from the execution's random source.
func (ex *Execution) random() float64 {
	if ex.root != nil {
		return ex.root.random()
	}
	ex.randMu.Lock()
	defer ex.randMu.Unlock()
	return ex.opts.Rand()
}

// now is the execution's current time.
func (ex *Execution) now() time.Time { return ex.clock.Now() }

// run is the execution's main goroutine.
func (ex *Execution) run() {
	defer close(ex.done)
	o := ex.opts
	ex.hist.add(ex.clock.nowRef(), "ExecutionStarted", 0, details(
		"input", jsonText(ex.input), "inputDetails", notTruncated(), "roleArn", o.RoleArn))
	if limit := ex.timeLimit(); limit > 0 {
		cancel := ex.clock.AfterFunc(limit, func() {
			ex.halt(&Result{Status: TimedOut, Error: ErrTimeout})
		})
		defer cancel()
	}
	t := &thread{ex: ex, cx: ex.ctx, vars: &scope{}, enteredPrev: -1}
	var out value.Value
	var f *failure
	if value.EncodedLen(ex.input) > maxPayloadBytes {
		f = fail(ErrDataLimitExceeded, "The state machine input has a size exceeding the maximum number of bytes service limit.")
	} else {
		out, f = t.runGraph(ex.prog.root, ex.input, nil)
	}
	ex.clock.Freeze()
	ex.clock.Exit(false)
	if r := ex.stopResult(); r != nil {
		ex.finish(t, r)
		return
	}
	if ex.ctx.Err() != nil {
		ex.finish(t, &Result{Status: Aborted})
		return
	}
	if f != nil {
		r := &Result{Status: Failed, Err: f.host}
		if f.HasError {
			r.Error = f.Error
		}
		if f.HasCause {
			r.Cause = f.Cause
		}
		ex.finish(t, r)
		return
	}
	ex.finish(t, &Result{Status: Succeeded, Output: out})
}

// maxExpressDuration is how long AWS lets an Express execution run.
const maxExpressDuration = 5 * time.Minute

// timeLimit is when the execution times out: the machine's
// TimeoutSeconds, and for EXPRESS at most five minutes; 0 = never.
func (ex *Execution) timeLimit() time.Duration {
	limit := ex.prog.timeout
	if ex.opts.Type == "EXPRESS" && (limit == 0 || limit > maxExpressDuration) {
		limit = maxExpressDuration
	}
	return limit
}

// finish records the terminal event and publishes r.
func (ex *Execution) finish(t *thread, r *Result) {
	ex.result = r
	now := ex.clock.nowRef()
	switch r.Status {
	case Succeeded:
		ex.forceAdd(now, "ExecutionSucceeded", t.last, details("output", jsonText(r.Output), "outputDetails", notTruncated()))
	case Failed:
		ex.forceAdd(now, "ExecutionFailed", t.last, errorDetails(r.Error, r.Cause))
	case TimedOut:
		ex.forceAdd(now, "ExecutionTimedOut", t.last, errorDetails(r.Error, r.Cause))
	case Aborted:
		prev := t.last
		if t.enteredPrev >= 0 {
			prev = t.enteredPrev
		}
		ex.forceAdd(now, "ExecutionAborted", prev, errorDetails(r.Error, r.Cause))
	}
}

// forceAdd records a terminal event even when the history is full.
func (ex *Execution) forceAdd(at *time.Time, typ string, prev int64, d *value.Object) {
	ex.hist.mu.Lock()
	ex.hist.limit++
	ex.hist.mu.Unlock()
	ex.hist.add(at, typ, prev, d)
}

// errorDetails builds {error, cause}, leaving out what is empty.
func errorDetails(err, cause string) *value.Object {
	var e, c value.Value
	if err != "" {
		e = err
	}
	if cause != "" {
		c = cause
	}
	return details("error", e, "cause", c)
}
