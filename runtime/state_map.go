package runtime

import (
	"context"
	"fmt"
	"math"
	"sync"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/value"
)

// maxInlineConcurrency is how many iterations an inline Map runs at once
// when MaxConcurrency is 0 (no limit): AWS runs up to 40.
const maxInlineConcurrency = 40

// mapSpec is a compiled inline Map.
type mapSpec struct {
	itemsPath    *pathRef
	items        *tmpl // JSONata Items
	itemSelector *tmpl // ItemSelector or legacy Parameters
	processor    *graph
	maxConc      *limit
	tolCount     *limit
	tolPct       *tmpl // a number or JSONata
	tolPctPath   *pathRef
	dist         *distSpec // Distributed Map fields; nil for an inline Map
}

func (c *compiler) compileMap(s *asl.Map, cs *state, lang asl.QueryLanguage) (*mapSpec, error) {
	ms := &mapSpec{}
	var err error
	if ms.dist, err = compileDistributed(s, cs); err != nil {
		return nil, err
	}
	if s.ItemsPath != nil {
		if ms.itemsPath, err = compilePathRef(*s.ItemsPath); err != nil {
			return nil, err
		}
	}
	if s.Items != nil {
		if ms.items, err = compileJSONataTemplate(s.Items, "Items"); err != nil {
			return nil, err
		}
	}
	sel := s.ItemSelector
	if sel == nil {
		sel = s.Parameters
	}
	if sel != nil {
		if cs.jsonata {
			ms.itemSelector, err = compileJSONataTemplate(sel, "ItemSelector")
		} else {
			ms.itemSelector, err = compileJSONPathTemplate(sel)
		}
		if err != nil {
			return nil, err
		}
	}
	if s.ItemProcessor == nil {
		return nil, fmt.Errorf("Map without ItemProcessor")
	}
	if ms.processor, err = c.graph(s.ItemProcessor, lang); err != nil {
		return nil, err
	}
	if ms.maxConc, err = compileLimit(s.MaxConcurrency, s.MaxConcurrencyPath, "MaxConcurrency"); err != nil {
		return nil, err
	}
	if ms.tolCount, err = compileLimit(s.ToleratedFailureCount, s.ToleratedFailureCountPath, "ToleratedFailureCount"); err != nil {
		return nil, err
	}
	if s.ToleratedFailurePercentage != nil {
		if ms.tolPct, err = compileJSONataTemplate(s.ToleratedFailurePercentage, "ToleratedFailurePercentage"); err != nil {
			return nil, err
		}
	}
	if s.ToleratedFailurePercentagePath != nil {
		if ms.tolPctPath, err = compilePathRef(*s.ToleratedFailurePercentagePath); err != nil {
			return nil, err
		}
	}
	return ms, nil
}

// mapNumber resolves MaxConcurrency or ToleratedFailureCount (0 when
// absent); unlike task limits, 0 is allowed.
func (t *thread) mapNumber(l *limit, eff value.Value, env *evalEnv) (int64, *failure) {
	if l == nil {
		return 0, nil
	}
	if l.path == nil && l.expr == nil {
		return l.n, nil
	}
	v, fromPath, f := t.limitValue(l, eff, env)
	if f != nil {
		return 0, f
	}
	n, isNum := v.(float64)
	if isNum && n == math.Trunc(n) && n >= 0 {
		return int64(n), nil
	}
	if fromPath {
		return 0, t.runtimeFailure(fmt.Sprintf("The %s field refers to value \"%s\" which is not a valid integer: %s", l.name, stringOf(v), l.path.raw))
	}
	return 0, t.evalFailure(l.name, fmt.Sprintf("The %s field must be a non-negative integer but was: %s", l.name, jsonText(v)))
}

// mapItems selects the array a Map iterates over.
func (t *thread) mapItems(st *state, raw, eff value.Value, env *evalEnv) ([]value.Value, *failure) {
	ms := st.mapSpec
	var items value.Value = eff
	if ms.items != nil {
		v, f := ms.items.eval(env)
		if f != nil {
			return nil, f
		}
		if a, ok := v.([]value.Value); ok {
			return a, nil
		}
		src := ""
		if ms.items.expr != nil {
			src = ms.items.expr.src
			if k := value.Kind(v); k != "" {
				return nil, t.evalFailure("Items", fmt.Sprintf("The JSONata expression '%s' specified for the field 'Items' returned an unexpected result type. Expected 'array', but was '%s' for value: %s", trimSpace(src), k, jsonText(v)))
			}
			return nil, t.evalFailure("Items", fmt.Sprintf("The JSONata expression '%s' specified for the field 'Items' returned an unsupported result type.", trimSpace(src)))
		}
		return nil, t.evalFailure("", "Map state input must be an array but was: "+jsonText(v))
	}
	if ms.itemsPath != nil {
		v, ok, err := t.readPath(ms.itemsPath, eff)
		if err != nil || !ok {
			return nil, t.invalidPath(ms.itemsPath)
		}
		items = v
	}
	a, ok := items.([]value.Value)
	if !ok {
		return nil, t.evalFailure("", "Map state input must be an array but was: "+jsonText(items))
	}
	return a, nil
}

// runMap runs one attempt of an inline Map.
func (t *thread) runMap(st *state, raw value.Value) (stepResult, *failure) {
	ms := st.mapSpec
	eff := raw
	env := t.statesEnv(raw, nil, nil)
	if !st.jsonata {
		var f *failure
		if eff, f = t.applyInputPath(st.inputPath, raw); f != nil {
			return stepResult{}, f
		}
		env = t.env(eff)
	}
	if ms.dist != nil {
		return t.runDistributed(st, raw, eff, env)
	}
	items, f := t.mapItems(st, raw, eff, env)
	if f != nil {
		return stepResult{}, f
	}
	lim, f := t.mapLimits(ms, eff, env)
	if f != nil {
		return stepResult{}, f
	}
	maxConc, tolCount, tolPct, hasPct := lim.maxConc, lim.tolCount, lim.tolPct, lim.hasPct
	// Each iteration's input, built before any iteration runs.
	inputs := make([]value.Value, len(items))
	for i, it := range items {
		inputs[i] = it
		if ms.itemSelector != nil {
			item := value.NewObject(2)
			item.Set("Index", float64(i))
			item.Set("Value", it)
			t.mapItem = item
			var v value.Value
			if st.jsonata {
				v, f = ms.itemSelector.eval(t.statesEnv(raw, nil, nil))
			} else {
				v, f = ms.itemSelector.eval(t.env(eff))
			}
			t.mapItem = nil
			if f != nil {
				return stepResult{}, f
			}
			inputs[i] = v
		}
	}
	t.started = true
	t.emit("MapStateStarted", details("length", float64(len(items))))
	workers := int(maxConc)
	if workers <= 0 || workers > maxInlineConcurrency {
		workers = maxInlineConcurrency
	}
	workers = min(workers, len(items))
	if ms.processor.neverWaits {
		workers = min(workers, 1) // one worker, on this goroutine
	}
	results := make([]value.Value, len(items))
	ctx, cancel := context.WithCancel(t.cx)
	defer cancel()
	var (
		mu      sync.Mutex
		next    int
		cursor  = t.last
		failed  int
		first   *failure
		stopped *failure // a host failure (Stop, no task handler) in an iteration
	)
	tolerated := func(failedNow int) bool {
		if ms.tolCount == nil && !hasPct {
			return false
		}
		if int64(failedNow) > tolCount && (!hasPct || float64(failedNow)*100/float64(len(items)) > tolPct) {
			return false
		}
		if ms.tolCount != nil && int64(failedNow) > tolCount && !hasPct {
			return false
		}
		return true
	}
	t.runChildren(workers, ms.processor.neverWaits, func(int) {
		// An iteration that never waits leaves nothing behind that holds
		// its thread, so the worker's next iteration reuses it.
		var spare *thread
		for {
			mu.Lock()
			if next >= len(items) || first != nil || ctx.Err() != nil {
				mu.Unlock()
				return
			}
			i := next
			next++
			if spare == nil || !ms.processor.neverWaits {
				spare = new(thread)
			}
			child := spare
			*child = thread{ex: t.ex, cx: ctx, vars: t.vars, sharedVars: true, last: cursor, enteredPrev: -1}
			child.emitIteration(kindIterationStarted, st, i, child.last, true)
			mu.Unlock()
			out, cf := child.runGraph(ms.processor, inputs[i], nil)
			mu.Lock()
			switch {
			case cf != nil && cf.fatal:
				if cf.host != nil && stopped == nil {
					stopped = cf
					cancel()
				}
			case cf != nil:
				child.emitIteration(kindIterationFailed, st, i, child.last, false)
				cursor = child.last
				failed++
				results[i] = cf.errorOutput()
				if !tolerated(failed) && first == nil {
					first = cf
					if ms.tolCount != nil || hasPct {
						first = fail(ErrExceedToleratedFailure, causeToleratedFailure)
					}
					cancel()
				}
			default:
				child.emitIteration(kindIterationSucceeded, st, i, child.last, false)
				cursor = child.last
				results[i] = out
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
	if first != nil {
		t.last = cursor
		return stepResult{}, first
	}
	t.last = t.ex.hist.lastID()
	t.emitFrom("MapStateSucceeded", t.last, nil)
	result := value.Value(results)
	return t.finishWithResult(st, raw, result)
}

// tolerancePercent resolves ToleratedFailurePercentage.
func (t *thread) tolerancePercent(ms *mapSpec, eff value.Value, env *evalEnv) (float64, bool, *failure) {
	var v value.Value
	switch {
	case ms.tolPct != nil:
		var f *failure
		if v, f = ms.tolPct.eval(env); f != nil {
			return 0, false, f
		}
	case ms.tolPctPath != nil:
		x, ok, err := t.readPath(ms.tolPctPath, eff)
		if err != nil || !ok {
			return 0, false, t.invalidPath(ms.tolPctPath)
		}
		v = x
	default:
		return 0, false, nil
	}
	n, ok := v.(float64)
	if !ok || n < 0 || n > 100 {
		return 0, false, t.runtimeFailure(fmt.Sprintf("The ToleratedFailurePercentage field refers to value %s which is not a valid percentage", jsonText(v)))
	}
	return n, true, nil
}

func trimSpace(s string) string {
	for len(s) > 0 && (s[0] == ' ' || s[0] == '\n' || s[0] == '\t') {
		s = s[1:]
	}
	for len(s) > 0 && (s[len(s)-1] == ' ' || s[len(s)-1] == '\n' || s[len(s)-1] == '\t') {
		s = s[:len(s)-1]
	}
	return s
}

// mapRunLimits are a Map state's resolved MaxConcurrency and tolerated
// failures (hasPct: a percentage is set).
type mapRunLimits struct {
	maxConc, tolCount int64
	tolPct            float64
	hasPct            bool
}

// mapLimits resolves MaxConcurrency and ToleratedFailureCount/Percentage,
// whether given as numbers, paths or expressions.
func (t *thread) mapLimits(ms *mapSpec, eff value.Value, env *evalEnv) (l mapRunLimits, f *failure) {
	if l.maxConc, f = t.mapNumber(ms.maxConc, eff, env); f != nil {
		return l, f
	}
	if l.tolCount, f = t.mapNumber(ms.tolCount, eff, env); f != nil {
		return l, f
	}
	l.tolPct, l.hasPct, f = t.tolerancePercent(ms, eff, env)
	return l, f
}
