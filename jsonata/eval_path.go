package jsonata

import (
	"math"

	"github.com/stepwise-go/stepwise/value"
)

// tuple is one item of a tuple stream: the context value "@" with the
// variables bound along the path (@$v, #$i, parent labels).
type tuple struct {
	at    value.Value
	names []string
	vals  []value.Value
}

func (t *tuple) clone() *tuple {
	return &tuple{at: t.at, names: append([]string(nil), t.names...), vals: append([]value.Value(nil), t.vals...)}
}

func (t *tuple) set(name string, v value.Value) {
	for i, n := range t.names {
		if n == name {
			t.vals[i] = v
			return
		}
	}
	t.names = append(t.names, name)
	t.vals = append(t.vals, v)
}

// tupleStream is a sequence of tuples (jsonata-js "tupleStream").
type tupleStream struct{ tuples []*tuple }

func frameFromTuple(env *frame, t *tuple) *frame {
	f := &frame{parent: env}
	if len(t.names) > len(f.inline) {
		f.binds = make([]binding, 0, len(t.names))
	}
	for i, name := range t.names {
		f.add(name, t.vals[i])
	}
	return f
}

func (st *state) evalPath(n *cnode, input value.Value, env *frame) (value.Value, *Error) {
	var inputSeq, result value.Value
	from := 0
	inputIsArray := isArray(input) && n.steps[0].kind != KindVariable
	if !inputIsArray && st.canRunSimple(n, 0) {
		v, used, err := st.simpleSteps(n, 0, input, env)
		if err != nil || used == 0 {
			return v, err
		}
		from, result, inputSeq = used, v, v
		if isArray(result) && arrayLen(result) == 0 {
			return result, nil
		}
	} else if inputIsArray {
		inputSeq = input
	} else {
		inputSeq = st.seq1(input)
	}
	isTuple := false
	var tuples []*tuple
	for i := from; i < len(n.steps); i++ {
		step := n.steps[i]
		if i > 0 && !isTuple && st.canRunSimple(n, i) {
			if s, ok := inputSeq.(*seq); ok && s.length() == 1 && !isArray(s.all()[0]) {
				v, used, err := st.simpleSteps(n, i, s.all()[0], env)
				if err != nil || used == 0 {
					return v, err
				}
				result, inputSeq = v, v
				if isArray(result) && arrayLen(result) == 0 {
					break
				}
				i = used - 1
				continue
			}
		}
		if !isTuple && st.canRunNames(n, i) {
			return st.nameRun(n, i, inputSeq, env)
		}
		if step.tuple {
			isTuple = true
		}
		var err *Error
		switch {
		case i == 0 && step.consArray:
			result, err = st.eval(step, inputSeq, env)
		case isTuple:
			st.awaits(1) // await evaluateTupleStep
			tuples, err = st.tupleStep(step, inputSeq, tuples, env)
		default:
			st.awaits(1) // await evaluateStep
			result, err = st.step(step, inputSeq, env, i == len(n.steps)-1)
		}
		if err != nil {
			return nil, err
		}
		if !isTuple && (result == nil || (isArray(result) && arrayLen(result) == 0)) {
			break
		}
		if step.focus == "" {
			inputSeq = result
		}
	}
	if isTuple {
		if n.tuple {
			result = &tupleStream{tuples: tuples}
		} else {
			out := newSeq()
			out.items = make([]value.Value, len(tuples))
			for i, t := range tuples {
				out.items[i] = t.at
			}
			result = out
		}
	}
	if n.keepArray && result != nil {
		switch r := result.(type) {
		case *seq:
			if r.cons && !r.sequence {
				result = &seq{items: []value.Value{r}, sequence: true, keepSingleton: true}
			} else {
				r.keepSingleton = true
			}
		}
	}
	if n.group != nil {
		st.awaits(1) // await evaluateGroupExpression
		if isTuple {
			return st.group(n.group, &tupleStream{tuples: tuples}, env)
		}
		return st.group(n.group, result, env)
	}
	return result, nil
}

// step is jsonata-js evaluateStep.
func (st *state) step(n *cnode, input value.Value, env *frame, lastStep bool) (value.Value, *Error) {
	if n.kind == KindSort {
		st.awaits(1) // await evaluateSortExpression
		res, err := st.sortValues(n, input, env)
		if err != nil {
			return nil, err
		}
		return st.stages(n.stages, res, env)
	}
	items, _ := arrayItems(input)
	// The results are collected in a sequence sized for one result per
	// item; only when some result is an array to flatten is a second
	// slice of the exact flattened size built.
	out := st.seqCap(len(items))
	results := out.items
	flat, nested := 0, false
	plainName := n.kind == KindName && len(n.predicate) == 0 && n.group == nil
	for _, item := range items {
		var res value.Value
		var err *Error
		if plainName {
			res, err = st.nameStep(n, item)
		} else {
			res, err = st.eval(n, item, env)
		}
		if err != nil {
			return nil, err
		}
		none := false // an index selected nothing: later filters see an empty sequence
		for _, s := range n.stages {
			if s.filter != nil {
				st.awaits(1) // await evaluateFilter
				if none {
					continue
				}
				if s.filter.kind == KindNumber && !isTupleStream(res) {
					// An index ([0], [-1]): the item itself, which this
					// loop flattens exactly as the one-item sequence
					// filter would return.
					res = indexedValue(s.filter, res)
					none = res == nil
					continue
				}
				res, err = st.filter(s.filter, res, env)
				if err != nil {
					return nil, err
				}
			}
		}
		if res == nil {
			continue
		}
		results = append(results, res)
		switch r := res.(type) {
		case *seq:
			if !r.cons {
				flat += r.length()
				nested = true
				continue
			}
		case []value.Value:
			flat += len(r)
			nested = true
			continue
		}
		flat++
	}
	if lastStep && len(results) == 1 && isArray(results[0]) && !isSequence(results[0]) {
		return results[0], nil
	}
	if !nested {
		out.items = results
		return out, nil
	}
	if flat == 1 && len(results) == 1 {
		// One result that is a one-item sequence or array (an indexed
		// step, say): its item goes in the sequence's own slot.
		var only value.Value
		switch r := results[0].(type) {
		case *seq:
			only = r.all()[0]
		case []value.Value:
			only = r[0]
		}
		out.one[0] = only
		out.items = out.one[:1]
		return out, nil
	}
	flattened := make([]value.Value, 0, flat)
	for _, res := range results {
		if s, ok := res.(*seq); ok && !s.cons {
			flattened = append(flattened, s.all()...)
		} else if a, ok := res.([]value.Value); ok {
			flattened = append(flattened, a...)
		} else {
			flattened = append(flattened, res)
		}
	}
	out.items = flattened
	return out, nil
}

// nameStep is st.eval(n, item, env) for a field name n with no
// predicates or grouping of its own, inlined for the loop over a step's
// items: the same virtual-clock awaits, budgets and unwrapping of a
// sequence of none or one.
func (st *state) nameStep(n *cnode, item value.Value) (value.Value, *Error) {
	st.awaits(1) // the caller awaits evaluate
	if st.lost() {
		return nil, errRaceLost
	}
	if err := st.enter(); err != nil {
		return nil, err
	}
	st.depth--
	return collapse(n, lookupField(item, n.str)), nil
}

// stages applies a step's predicates and #$i bindings to its results.
func (st *state) stages(stages []cstage, input value.Value, env *frame) (value.Value, *Error) {
	if len(stages) > 0 {
		st.awaits(1) // await evaluateStages
	}
	res := input
	for _, s := range stages {
		if s.filter != nil {
			st.awaits(1) // await evaluateFilter
			var err *Error
			res, err = st.filter(s.filter, res, env)
			if err != nil {
				return nil, err
			}
			continue
		}
		if ts, ok := res.(*tupleStream); ok {
			for i, t := range ts.tuples {
				t.set(s.index, float64(i))
			}
		}
	}
	return res, nil
}

// tupleStep is jsonata-js evaluateTupleStep.
func (st *state) tupleStep(n *cnode, input value.Value, tuples []*tuple, env *frame) ([]*tuple, *Error) {
	if n.kind == KindSort {
		st.awaits(1) // await evaluateSortExpression
		var res value.Value
		if tuples != nil {
			sorted, err := st.sortValues(n, &tupleStream{tuples: tuples}, env)
			if err != nil {
				return nil, err
			}
			res = sorted
		} else {
			sorted, err := st.sortValues(n, input, env)
			if err != nil {
				return nil, err
			}
			items, _ := arrayItems(sorted)
			if sorted != nil && !isArray(sorted) {
				items = []value.Value{sorted}
			}
			ts := make([]*tuple, len(items))
			for i, it := range items {
				ts[i] = &tuple{at: it}
				if n.index != "" {
					ts[i].set(n.index, float64(i))
				}
			}
			res = &tupleStream{tuples: ts}
		}
		res, err := st.stages(n.stages, res, env)
		if err != nil {
			return nil, err
		}
		return tuplesOf(res), nil
	}
	if tuples == nil {
		items, _ := arrayItems(input)
		tuples = make([]*tuple, len(items))
		for i, it := range items {
			tuples[i] = &tuple{at: it}
		}
	}
	out := make([]*tuple, 0, len(tuples))
	for _, t := range tuples {
		stepEnv := frameFromTuple(env, t)
		res, err := st.eval(n, t.at, stepEnv)
		if err != nil {
			return nil, err
		}
		if res == nil {
			continue
		}
		if ts, ok := res.(*tupleStream); ok {
			for _, rt := range ts.tuples {
				c := t.clone()
				for i, name := range rt.names {
					c.set(name, rt.vals[i])
				}
				c.at = rt.at
				out = append(out, c)
			}
			continue
		}
		items, ok := arrayItems(res)
		if !ok {
			items = []value.Value{res}
		}
		for b, item := range items {
			c := t.clone()
			if n.focus != "" {
				c.set(n.focus, item)
			} else {
				c.at = item
			}
			if n.index != "" {
				c.set(n.index, float64(b))
			}
			if n.ancestor != nil {
				c.set(ancestorLabel(n.ancestor), t.at)
			}
			out = append(out, c)
		}
	}
	if len(n.stages) > 0 {
		res, err := st.stages(n.stages, &tupleStream{tuples: out}, env)
		if err != nil {
			return nil, err
		}
		return tuplesOf(res), nil
	}
	return out, nil
}

func tuplesOf(v value.Value) []*tuple {
	if ts, ok := v.(*tupleStream); ok {
		return ts.tuples
	}
	return []*tuple{}
}

// filter is jsonata-js evaluateFilter: a predicate applied to a value,
// an array or a tuple stream.
func (st *state) filter(pred *cnode, input value.Value, env *frame) (value.Value, *Error) {
	if ts, ok := input.(*tupleStream); ok {
		return st.filterTuples(pred, ts, env)
	}
	items, ok := arrayItems(input)
	if !ok {
		items = []value.Value{input}
	}
	if pred.kind == KindNumber {
		item := indexed(pred, items)
		if item == nil {
			return st.seqCap(0), nil
		}
		if isArray(item) {
			return item, nil
		}
		return st.seq1(item), nil
	}
	results := st.seqCap(0)
	for i, item := range items {
		res, err := st.eval(pred, item, env)
		if err != nil {
			return nil, err
		}
		keep, kerr := predicateKeeps(res, i, len(items))
		if kerr != nil {
			return nil, kerr
		}
		for ; keep > 0; keep-- {
			results.items = append(results.items, item)
		}
	}
	return results, nil
}

func (st *state) filterTuples(pred *cnode, ts *tupleStream, env *frame) (value.Value, *Error) {
	out := &tupleStream{tuples: []*tuple{}}
	if pred.kind == KindNumber {
		idx := int(math.Floor(pred.lit.(float64)))
		if idx < 0 {
			idx += len(ts.tuples)
		}
		if idx >= 0 && idx < len(ts.tuples) {
			out.tuples = append(out.tuples, ts.tuples[idx])
		}
		return out, nil
	}
	for i, t := range ts.tuples {
		res, err := st.eval(pred, t.at, frameFromTuple(env, t))
		if err != nil {
			return nil, err
		}
		keep, kerr := predicateKeeps(res, i, len(ts.tuples))
		if kerr != nil {
			return nil, kerr
		}
		for ; keep > 0; keep-- {
			out.tuples = append(out.tuples, t)
		}
	}
	return out, nil
}

// predicateKeeps says how many times item index of n passes a predicate
// that evaluated to res: numbers select positions, once per number that
// selects it (jsonata-js keeps a[[0, 0]]'s first item twice); other
// values are cast to boolean (once or not at all).
func predicateKeeps(res value.Value, index, n int) (int, *Error) {
	if ok, err := isNumeric(res); err != nil {
		return 0, err
	} else if ok {
		res = []value.Value{res}
	}
	if items, ok := arrayItems(res); ok {
		allNum := true
		for _, it := range items {
			ok, err := isNumeric(it)
			if err != nil {
				return 0, err
			}
			if !ok {
				allNum = false
				break
			}
		}
		if allNum {
			keep := 0
			for _, it := range items {
				ii := int(math.Floor(it.(float64)))
				if ii < 0 {
					ii += n
				}
				if ii == index {
					keep++
				}
			}
			return keep, nil
		}
	}
	b, err := toBoolean(res)
	if b == true {
		return 1, err
	}
	return 0, err
}

// groupEntry is one key of a group-by: the items (or tuples) and which
// pair produced the key.
type groupEntry struct {
	key       string
	data      value.Value
	tuples    []*tuple
	exprIndex int
	// list, when listed, is data as the entry's own growing array, so
	// that adding n items costs O(n) rather than the O(n²) of repeated
	// appendValues; the result is the same plain array.
	list   []value.Value
	listed bool
}

// addData is e.data = appendValues(e.data, item), in amortised constant
// time.
func (e *groupEntry) addData(item value.Value) {
	if item == nil {
		return
	}
	if r, ok := item.(*seq); ok && r.lazy {
		// appendValues keeps a range lazy after an empty array: let it.
		e.data, e.list, e.listed = appendValues(e.value(), item), nil, false
		return
	}
	if !e.listed {
		if e.data == nil {
			e.data = item
			return
		}
		if items, ok := arrayItems(e.data); ok {
			e.list = append(make([]value.Value, 0, 2*len(items)+4), items...)
		} else {
			e.list = append(make([]value.Value, 0, 4), e.data)
		}
		e.data, e.listed = nil, true
	}
	if items, ok := arrayItems(item); ok {
		e.list = append(e.list, items...)
	} else {
		e.list = append(e.list, item)
	}
}

// value is the entry's data.
func (e *groupEntry) value() value.Value {
	if e.listed {
		return e.list
	}
	return e.data
}

// group is jsonata-js evaluateGroupExpression: object constructors and
// group-by.
func (st *state) group(g *cgroup, input value.Value, env *frame) (value.Value, *Error) {
	if _, ok := input.(*tupleStream); !ok && !isArray(input) {
		return st.objectOf(g, input, env)
	}
	var entries []*groupEntry
	var index map[string]*groupEntry
	find := func(k string) *groupEntry {
		if index != nil {
			return index[k]
		}
		for _, e := range entries {
			if e.key == k {
				return e
			}
		}
		return nil
	}
	add := func(e *groupEntry) {
		entries = append(entries, e)
		if index != nil {
			index[e.key] = e
		} else if len(entries) > 16 {
			index = make(map[string]*groupEntry, len(entries)*2)
			for _, x := range entries {
				index[x.key] = x
			}
		}
	}
	ts, reduce := input.(*tupleStream)
	var items []value.Value
	var tuples []*tuple
	if reduce {
		tuples = ts.tuples
	} else {
		var ok bool
		items, ok = arrayItems(input)
		if !ok {
			items = []value.Value{input}
		}
		if len(items) == 0 {
			items = []value.Value{nil}
		}
	}
	count := len(items)
	if reduce {
		count = len(tuples)
		if count == 0 {
			count = 1
			tuples = []*tuple{{}}
		}
	}
	for i := 0; i < count; i++ {
		var item value.Value
		itemEnv := env
		if reduce {
			item = tuples[i].at
			itemEnv = frameFromTuple(env, tuples[i])
		} else {
			item = items[i]
		}
		for pi, pair := range g.pairs {
			ks, ok, err := st.groupKey(g, pair[0], item, itemEnv)
			if err != nil {
				return nil, err
			}
			if !ok {
				continue
			}
			if e := find(ks); e != nil {
				if e.exprIndex != pi {
					return nil, &Error{Code: "D1009", Pos: g.pos, Value: ks, HasValue: true}
				}
				if reduce {
					e.tuples = append(e.tuples, tuples[i])
				} else {
					e.addData(item)
				}
				continue
			}
			e := &groupEntry{key: ks, exprIndex: pi, data: item}
			if reduce {
				e.tuples = []*tuple{tuples[i]}
			}
			add(e)
		}
	}
	// The groups' values race (Promise.all, see eval_race.go); then
	// jsonata-js awaits each result once more as it collects them.
	vals, err := st.race(len(entries), func(i int) (value.Value, *Error) {
		e := entries[i]
		ctx := e.value()
		valEnv := env
		if reduce {
			t := reduceTuples(e.tuples)
			ctx = t.at
			valEnv = frameFromTuple(env, t)
		}
		return st.eval(g.pairs[e.exprIndex][1], ctx, valEnv)
	})
	if err != nil {
		return nil, err
	}
	st.awaits(int64(len(entries)))
	result := value.NewObject(len(entries))
	for i, e := range entries {
		if v := vals[i].v; v != nil {
			result.Set(e.key, v)
		}
	}
	return result, nil
}

// groupKey evaluates a key of g against item: false for none
// (undefined), error T1003 for a key that is not a string.
func (st *state) groupKey(g *cgroup, key *cnode, item value.Value, env *frame) (string, bool, *Error) {
	k, err := st.eval(key, item, env)
	if err != nil || k == nil {
		return "", false, err
	}
	ks, ok := k.(string)
	if !ok {
		return "", false, &Error{Code: "T1003", Pos: g.pos, Value: k, HasValue: true}
	}
	return ks, true, nil
}

// reduceTuples merges the tuples of one group: each binding becomes the
// sequence of its values.
func reduceTuples(ts []*tuple) *tuple {
	out := ts[0].clone()
	for _, t := range ts[1:] {
		out.at = appendValues(out.at, t.at)
		for i, name := range t.names {
			found := false
			for j, n := range out.names {
				if n == name {
					out.vals[j] = appendValues(out.vals[j], t.vals[i])
					found = true
					break
				}
			}
			if !found {
				out.names = append(out.names, name)
				out.vals = append(out.vals, t.vals[i])
			}
		}
	}
	return out
}

// indexed is the item a numeric predicate such as [0] or [-1] selects
// from items (jsonata-js evaluateFilter: the index is floored and a
// negative one counts from the end), nil for none.
func indexed(pred *cnode, items []value.Value) value.Value {
	idx := int(math.Floor(pred.lit.(float64)))
	if idx < 0 {
		idx += len(items)
	}
	if idx >= 0 && idx < len(items) {
		return items[idx]
	}
	return nil
}

// indexedValue is filter with a numeric predicate, for step, which
// flattens the result: the selected item (an array as it is), or nil
// for none. A value that is not an array is a sequence of itself.
func indexedValue(pred *cnode, input value.Value) value.Value {
	if input == nil {
		return nil
	}
	if items, ok := arrayItems(input); ok {
		return indexed(pred, items)
	}
	one := [1]value.Value{input}
	return indexed(pred, one[:])
}

func isTupleStream(v value.Value) bool {
	_, ok := v.(*tupleStream)
	return ok
}
