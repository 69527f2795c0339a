package runtime

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/stepwise-go/stepwise/value"
)

// maxDistributedWorkers bounds the child executions a Distributed Map
// runs at once locally (AWS runs up to MaxConcurrency, default 10,000).
const maxDistributedWorkers = 256

// childRun is how one child execution of a Map Run ended.
type childRun struct {
	arn, name   string
	input       value.Value
	output      value.Value
	status      Status
	err, cause  string
	start, stop time.Time
}

// runDistributed runs one attempt of a Distributed Map: it reads the
// items (ItemReader, or the input like an inline Map), applies
// ItemSelector and ItemBatcher, runs each item or batch as a child
// execution with its own history and no access to the parent's
// variables, and records MapRunStarted and MapRunSucceeded/Failed in the
// parent's history. With a ResultWriter the children's results go to
// files and the state's result is {MapRunArn, ResultWriterDetails}.
func (t *thread) runDistributed(st *state, raw, eff value.Value, env *evalEnv) (stepResult, *failure) {
	ms := st.mapSpec
	ds := ms.dist
	var items []value.Value
	var f *failure
	if ds.reader != nil {
		items, f = t.readItems(ds.reader, eff, env)
	} else {
		items, f = t.mapItems(st, raw, eff, env)
	}
	if f != nil {
		return stepResult{}, f
	}
	lim, f := t.mapLimits(ms, eff, env)
	if f != nil {
		return stepResult{}, f
	}
	maxConc, tolCount, tolPct, hasPct := lim.maxConc, lim.tolCount, lim.tolPct, lim.hasPct
	for i, it := range items {
		if items[i], f = t.selectItem(st, raw, eff, i, it); f != nil {
			return stepResult{}, f
		}
	}
	inputs, f := t.batches(ds, items, eff, env)
	if f != nil {
		return stepResult{}, f
	}
	runID := newUUID(t.ex.random)
	machine := t.ex.opts.StateMachineArn
	runArn := distributedArn(machine, "mapRun", ds.label, runID)
	t.started = true
	t.emit("MapStateStarted", details("length", float64(len(items))))
	t.emit("MapRunStarted", details("mapRunArn", runArn))

	runs := make([]childRun, len(inputs))
	workers := int(maxConc)
	if workers <= 0 || workers > maxDistributedWorkers {
		workers = maxDistributedWorkers
	}
	workers = min(workers, len(inputs))
	ctx, cancel := context.WithCancel(t.cx)
	defer cancel()
	var (
		mu      sync.Mutex
		next    int
		failed  int
		exceed  bool
		stopped *failure
	)
	tolerated := func(n int) bool {
		if int64(n) <= tolCount {
			return true
		}
		return hasPct && float64(n)*100/float64(len(inputs)) <= tolPct
	}
	t.runChildren(workers, false, func(int) {
		for {
			mu.Lock()
			if next >= len(inputs) || exceed || stopped != nil || ctx.Err() != nil {
				mu.Unlock()
				return
			}
			i := next
			next++
			mu.Unlock()
			run := t.runChild(ctx, st, ds, inputs[i])
			mu.Lock()
			runs[i] = run.childRun
			switch {
			case run.fatal != nil:
				if stopped == nil {
					stopped = run.fatal
					cancel()
				}
			case run.status != Succeeded:
				failed++
				if !tolerated(failed) {
					exceed = true
					cancel()
				}
			}
			mu.Unlock()
		}
	})
	if stopped != nil {
		return stepResult{}, stopped
	}
	if t.aborted() {
		return stepResult{}, &failure{fatal: true}
	}
	var result value.Value
	if ds.writer != nil {
		if result, f = t.writeResults(ds.writer, runArn, runID, runs, env); f != nil {
			t.emit("MapRunFailed", errorDetails(f.Error, f.Cause))
			return stepResult{}, f
		}
	}
	if exceed {
		f := fail(ErrExceedToleratedFailure, causeToleratedFailure)
		t.emit("MapRunFailed", errorDetails(f.Error, f.Cause))
		return stepResult{}, f
	}
	t.emit("MapRunSucceeded", nil)
	t.emit("MapStateSucceeded", nil)
	if result == nil {
		outs := make([]value.Value, len(runs))
		for i, r := range runs {
			if r.status == Succeeded {
				outs[i] = r.output
			} else {
				outs[i] = errorOutputOf(r)
			}
		}
		result = outs
	}
	return t.finishWithResult(st, raw, result)
}

// errorOutputOf is a failed child's {"Error", "Cause"}.
func errorOutputOf(r childRun) value.Value {
	return fail(r.err, r.cause).errorOutput()
}

// selectItem applies ItemSelector to item i ($$.Map.Item is {Index,
// Value}); without one, the item is the input.
func (t *thread) selectItem(st *state, raw, eff value.Value, i int, it value.Value) (value.Value, *failure) {
	sel := st.mapSpec.itemSelector
	if sel == nil {
		return it, nil
	}
	item := value.NewObject(2)
	item.Set("Index", float64(i))
	item.Set("Value", it)
	t.mapItem = item
	defer func() { t.mapItem = nil }()
	if st.jsonata {
		return sel.eval(t.statesEnv(raw, nil, nil))
	}
	return sel.eval(t.env(eff))
}

// childResult is a childRun plus a host failure that ends the parent.
type childResult struct {
	childRun
	fatal *failure
}

// runChild runs one child execution of a Map Run over input: its own
// history, context object (Execution.Id is the child's ARN) and
// variables; it shares the clock and the task handler.
func (t *thread) runChild(ctx context.Context, st *state, ds *distSpec, input value.Value) childResult {
	parent := t.ex
	root := parent
	if root.root != nil {
		root = root.root
	}
	name := newUUID(parent.random)
	opts := *parent.opts
	kind := "execution"
	if ds.express {
		kind = "express"
		opts.Type = "EXPRESS"
	} else {
		opts.Type = "STANDARD"
	}
	opts.Name = name
	opts.ExecutionArn = distributedArn(parent.opts.StateMachineArn, kind, ds.label, name)
	opts.StateMachineArn = distributedArn(parent.opts.StateMachineArn, "stateMachine", ds.label, "")
	opts.StateMachineName += "/" + ds.label
	opts.start = parent.now().UTC()
	sub := &Execution{prog: parent.prog, opts: &opts, clock: parent.clock, input: input, root: root,
		hist: newHistory(parent.opts.MaxTransitions, parent.prog.states), done: make(chan struct{})}
	sub.ctx, sub.cancel = context.WithCancel(ctx)
	defer sub.cancel()
	run := childRun{arn: opts.ExecutionArn, name: name, input: input, start: opts.start}
	start := opts.start
	sub.hist.add(&start, "ExecutionStarted", 0, details("input", jsonText(input), "inputDetails", notTruncated(), "roleArn", opts.RoleArn))
	th := &thread{ex: sub, cx: sub.ctx, vars: &scope{}, enteredPrev: -1}
	out, f := th.runGraph(st.mapSpec.processor, input, nil)
	run.stop = parent.now().UTC()
	switch {
	case f != nil && f.fatal && f.host != nil:
		return childResult{childRun: run, fatal: f}
	case sub.stopResult() != nil:
		r := sub.stopResult()
		run.status, run.err, run.cause = Failed, r.Error, r.Cause
	case f != nil:
		run.status, run.err, run.cause = Failed, f.Error, f.Cause
		if f.fatal && f.Error == "" {
			run.status = Aborted
		}
	default:
		run.status, run.output = Succeeded, out
	}
	return childResult{childRun: run}
}

// distributedArn builds the ARNs of a Map Run from the parent machine's
// ARN (arn:aws:states:R:A:stateMachine:M): kind mapRun, execution or
// express gives arn:aws:states:R:A:KIND:M/LABEL:ID; kind stateMachine
// gives the child machine arn:aws:states:R:A:stateMachine:M/LABEL.
func distributedArn(machineArn, kind, label, id string) string {
	const marker = ":stateMachine:"
	i := strings.Index(machineArn, marker)
	if i < 0 {
		return fmt.Sprintf("%s/%s:%s", machineArn, label, id)
	}
	s := machineArn[:i] + ":" + kind + ":" + machineArn[i+len(marker):] + "/" + label
	if id != "" {
		s += ":" + id
	}
	return s
}
