package jsonata

import (
	"math"

	"github.com/stepwise-go/stepwise/value"
)

// Higher-order and structural built-ins.

// hofFuncArgs is jsonata-js hofFuncArgs: as many of (value, index or
// key, array or object) as the function takes.
func hofFuncArgs(fn value.Value, a1, a2, a3 value.Value) []value.Value {
	n := 1
	if c, ok := fn.(callable); ok {
		n = c.arity()
	}
	args := []value.Value{a1}
	if n >= 2 {
		args = append(args, a2)
	}
	if n >= 3 {
		args = append(args, a3)
	}
	return args
}

func fnMap(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	if args[0] == nil {
		return nil, nil
	}
	arr := args[0]
	items, _ := arrayItems(arr)
	out := newSeqCap(len(items))
	for i, it := range items {
		res, err := st.callbackHOF(args[1], hofArgs{it, i, arr}, fc.env)
		if err != nil {
			return nil, err
		}
		if res != nil {
			out.items = append(out.items, res)
		}
	}
	return out, nil
}

func fnFilter(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	if args[0] == nil {
		return nil, nil
	}
	arr := args[0]
	items, _ := arrayItems(arr)
	out := newSeq()
	for i, it := range items {
		res, err := st.callbackHOF(args[1], hofArgs{it, i, arr}, fc.env)
		if err != nil {
			return nil, err
		}
		if b, err := toBoolean(res); err != nil {
			return nil, err
		} else if b == true {
			out.items = append(out.items, it)
		}
	}
	return out, nil
}

func fnSingle(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	if args[0] == nil {
		return nil, nil
	}
	arr := args[0]
	items, _ := arrayItems(arr)
	found := false
	var result value.Value
	for i, it := range items {
		ok := true
		if fn := argAt(args, 1); fn != nil {
			res, err := st.callbackHOF(fn, hofArgs{it, i, arr}, fc.env)
			if err != nil {
				return nil, err
			}
			b, err := toBoolean(res)
			if err != nil {
				return nil, err
			}
			ok = b == true
		}
		if ok {
			if found {
				return nil, &Error{Code: "D3138", Index: i}
			}
			result, found = it, true
		}
	}
	if !found {
		return nil, &Error{Code: "D3139"}
	}
	return result, nil
}

func fnZip(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	n := math.MaxInt
	lists := make([][]value.Value, len(args))
	for i, a := range args {
		items, ok := arrayItems(a)
		if !ok {
			n = 0
		}
		lists[i] = items
		if len(items) < n {
			n = len(items)
		}
	}
	if len(args) == 0 {
		n = 0
	}
	out := make([]value.Value, 0, n)
	for i := 0; i < n; i++ {
		t := make([]value.Value, len(lists))
		for j := range lists {
			t[j] = lists[j][i]
		}
		out = append(out, t)
	}
	return out, nil
}

func fnReduce(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	if args[0] == nil {
		return nil, nil
	}
	fn := args[1]
	arity := fn.(callable).arity()
	if arity < 2 {
		return nil, &Error{Code: "D3050", Index: 1}
	}
	items, _ := arrayItems(args[0])
	var result value.Value
	i := 0
	init := argAt(args, 2)
	if init == nil && len(items) > 0 {
		result, i = items[0], 1
	} else {
		result = init
	}
	l, direct := fn.(*lambda)
	direct = direct && l.sig == nil
	for ; i < len(items); i++ {
		if direct && arity == 2 {
			var err *Error
			result, err = st.callbackLambda(l, fc.env, result, items[i])
			if err != nil {
				return nil, err
			}
			continue
		}
		callArgs := []value.Value{result, items[i]}
		if arity >= 3 {
			callArgs = append(callArgs, float64(i))
		}
		if arity >= 4 {
			callArgs = append(callArgs, args[0])
		}
		var err *Error
		result, err = st.callback(fn, callArgs, fc.env)
		if err != nil {
			return nil, err
		}
	}
	return result, nil
}

func fnSift(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	o, ok := args[0].(*value.Object)
	if !ok {
		return nil, nil
	}
	fn := argAt(args, 1)
	out := value.NewObject(0)
	for i := 0; i < o.Len(); i++ {
		k, v := o.At(i)
		res, err := st.callback(fn, hofFuncArgs(fn, v, k, o), fc.env)
		if err != nil {
			return nil, err
		}
		if b, err := toBoolean(res); err != nil {
			return nil, err
		} else if b == true {
			out.Set(k, v)
		}
	}
	if out.Len() == 0 {
		return nil, nil
	}
	return out, nil
}

func fnEach(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	out := newSeq()
	o, ok := args[0].(*value.Object)
	if !ok {
		return out, nil
	}
	fn := args[1]
	for i := 0; i < o.Len(); i++ {
		k, v := o.At(i)
		res, err := st.callback(fn, hofFuncArgs(fn, v, k, o), fc.env)
		if err != nil {
			return nil, err
		}
		if res != nil {
			out.items = append(out.items, res)
		}
	}
	return out, nil
}

func fnKeys(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	return keysOf(args[0]), nil
}

func keysOf(v value.Value) *seq {
	out := newSeq()
	switch x := v.(type) {
	case *value.Object:
		for _, k := range x.Keys() {
			out.items = append(out.items, k)
		}
	case []value.Value, *seq:
		items, _ := arrayItems(x)
		seen := map[string]bool{}
		for _, it := range items {
			for _, k := range keysOf(it).items {
				ks := k.(string)
				if !seen[ks] {
					seen[ks] = true
					out.items = append(out.items, k)
				}
			}
		}
	}
	return out
}

func fnLookup(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	key, _ := argAt(args, 1).(string)
	return lookupField(args[0], key), nil
}

func fnAppend(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	return appendValues(args[0], argAt(args, 1)), nil
}

func fnSpread(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	return spread(args[0]), nil
}

func spread(v value.Value) value.Value {
	switch x := v.(type) {
	case []value.Value, *seq:
		items, _ := arrayItems(x)
		var out value.Value = newSeq()
		for _, it := range items {
			out = appendValues(out, spread(it))
		}
		return out
	case *value.Object:
		out := newSeq()
		for i := 0; i < x.Len(); i++ {
			k, item := x.At(i)
			o := value.NewObject(1)
			o.Set(k, item)
			out.items = append(out.items, o)
		}
		return out
	}
	return v
}

func fnMerge(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	if args[0] == nil {
		return nil, nil
	}
	items, _ := arrayItems(args[0])
	out := value.NewObject(0)
	for _, it := range items {
		if o, ok := it.(*value.Object); ok {
			for i := 0; i < o.Len(); i++ {
				k, v := o.At(i)
				out.Set(k, v)
			}
		}
	}
	return out, nil
}

func fnReverse(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	if args[0] == nil {
		return nil, nil
	}
	items, _ := arrayItems(args[0])
	if len(items) <= 1 {
		return args[0], nil
	}
	out := make([]value.Value, len(items))
	for i, it := range items {
		out[len(items)-1-i] = it
	}
	return out, nil
}

func fnError(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	msg, _ := argAt(args, 0).(string)
	if msg == "" {
		msg = "$error() function evaluated"
	}
	return nil, &Error{Code: "D3137", Msg: msg}
}

func fnAssert(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	if c, _ := argAt(args, 0).(bool); !c {
		msg, _ := argAt(args, 1).(string)
		if msg == "" {
			msg = "$assert() statement failed"
		}
		return nil, &Error{Code: "D3141", Msg: msg}
	}
	return nil, nil
}

func fnSort(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	if args[0] == nil {
		return nil, nil
	}
	items, _ := arrayItems(args[0])
	if len(items) <= 1 {
		return args[0], nil
	}
	fn := argAt(args, 1)
	var swap func(a, b value.Value) (bool, *Error)
	if fn == nil {
		allNum, allStr := true, true
		for _, it := range items {
			if ok, err := isNumeric(it); err != nil {
				return nil, err
			} else if !ok {
				allNum = false
			}
			if !isString(it) {
				allStr = false
			}
		}
		if !allNum && !allStr {
			return nil, &Error{Code: "D3070", Index: 1}
		}
		swap = func(a, b value.Value) (bool, *Error) {
			if allNum {
				return a.(float64) > b.(float64), nil
			}
			return compareUTF16(a.(string), b.(string)) > 0, nil
		}
	} else {
		l, plain := fn.(*lambda)
		plain = plain && l.sig == nil
		swap = func(a, b value.Value) (bool, *Error) {
			var res value.Value
			var err *Error
			if plain {
				res, err = st.callbackLambda(l, fc.env, a, b) // callback's awaits, no argument slice
			} else {
				res, err = st.callback(fn, []value.Value{a, b}, fc.env)
			}
			if err != nil {
				return false, err
			}
			bb, err := toBoolean(res)
			return bb == true, err
		}
	}
	st.awaits(1) // await msort
	return st.mergeSort(append([]value.Value(nil), items...), swap)
}

func fnShuffle(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	if args[0] == nil {
		return nil, nil
	}
	items, _ := arrayItems(args[0])
	if len(items) <= 1 {
		return args[0], nil
	}
	out := make([]value.Value, len(items))
	for i := range items {
		j := int(math.Floor(st.random() * float64(i+1)))
		if i != j {
			out[i] = out[j]
		}
		out[j] = items[i]
	}
	return out, nil
}

func fnDistinct(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	v := args[0]
	if v == nil {
		return nil, nil
	}
	items, ok := arrayItems(v)
	if !ok || len(items) <= 1 {
		return v, nil
	}
	// Strings and numbers are looked up in sets (deepEqual on them is
	// ==, so +0 and -0 are one key and NaN never repeats); other items
	// are compared with those kept so far that are not strings or numbers.
	var out, others []value.Value
	var strs smallSet[string]
	var nums smallSet[float64]
	for _, it := range items {
		switch x := it.(type) {
		case string:
			if !strs.add(x) {
				continue
			}
		case float64:
			if x != x { // NaN is never equal to an earlier NaN
				break
			}
			if !nums.add(x) {
				continue
			}
		default:
			dup := false
			for _, o := range others {
				if deepEqual(it, o) {
					dup = true
					break
				}
			}
			if dup {
				continue
			}
			others = append(others, it)
		}
		out = append(out, it)
	}
	if isSequence(v) {
		return &seq{items: out, sequence: true}, nil
	}
	return out, nil
}

// smallSet is a set that scans an array while it is small and moves to
// a map when it grows.
type smallSet[T comparable] struct {
	few  [smallSetScan]T
	n    int
	many map[T]struct{}
}

// smallSetScan is how many members smallSet scans before using a map.
const smallSetScan = 16

// add puts x in the set and reports whether it was not there before.
func (s *smallSet[T]) add(x T) bool {
	if s.many != nil {
		if _, dup := s.many[x]; dup {
			return false
		}
		s.many[x] = struct{}{}
		return true
	}
	for _, y := range s.few[:s.n] {
		if y == x {
			return false
		}
	}
	if s.n < smallSetScan {
		s.few[s.n] = x
		s.n++
		return true
	}
	s.many = make(map[T]struct{}, 2*smallSetScan)
	for _, y := range s.few {
		s.many[y] = struct{}{}
	}
	s.many[x] = struct{}{}
	return true
}

func fnClone(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	if args[0] == nil {
		return nil, nil
	}
	return cloneValue(args[0]), nil
}
