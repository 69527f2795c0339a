package jsonata

import (
	"math"
	"strings"

	"github.com/stepwise-go/stepwise/value"
)

func (st *state) evalBinary(n *cnode, input value.Value, env *frame) (value.Value, *Error) {
	if n.concatChain {
		return st.concatChain(n, input, env)
	}
	lhs, err := st.eval(n.kids[0], input, env)
	if err != nil {
		return nil, err
	}
	op := n.str
	// jsonata-js evaluates the right side through an async arrow
	// function (one more await) and "and"/"or" in an async helper.
	if op == "and" || op == "or" {
		st.awaits(1)
		l, err := boolize(lhs)
		if err != nil {
			return nil, errAt(err, n.pos, op)
		}
		if op == "and" && !l {
			return false, nil
		}
		if op == "or" && l {
			return true, nil
		}
		st.awaits(1)
		rhs, err := st.eval(n.kids[1], input, env)
		if err != nil {
			if err == errRaceLost {
				return nil, err
			}
			// jsonata-js evaluates the right side of and/or inside the
			// operator's try, which re-positions any error there.
			return nil, errAt(err, n.pos, op)
		}
		r, err := boolize(rhs)
		if err != nil {
			return nil, errAt(err, n.pos, op)
		}
		return r, nil
	}
	st.awaits(1)
	rhs, err := st.eval(n.kids[1], input, env)
	if err != nil {
		return nil, err
	}
	var res value.Value
	switch op {
	case "+", "-", "*", "/", "%":
		res, err = numeric(lhs, rhs, op)
	case "=":
		res = lhs != nil && rhs != nil && deepEqual(lhs, rhs)
	case "!=":
		res = lhs != nil && rhs != nil && !deepEqual(lhs, rhs)
	case "<", "<=", ">", ">=":
		res, err = compare(lhs, rhs, op)
	case "&":
		res, err = concat(lhs, rhs)
	case "..":
		res, err = rangeOf(lhs, rhs)
	case "in":
		res = includes(lhs, rhs)
	}
	if err != nil {
		return nil, errAt(err, n.pos, op)
	}
	return res, nil
}

func boolize(v value.Value) (bool, *Error) {
	b, err := toBoolean(v)
	return b == true, err
}

func numeric(lhs, rhs value.Value, op string) (value.Value, *Error) {
	if lhs != nil {
		ok, err := isNumeric(lhs)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, &Error{Code: "T2001", Value: lhs, HasValue: true}
		}
	}
	if rhs != nil {
		ok, err := isNumeric(rhs)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, &Error{Code: "T2002", Value: rhs, HasValue: true}
		}
	}
	if lhs == nil || rhs == nil {
		return nil, nil
	}
	a, b := lhs.(float64), rhs.(float64)
	switch op {
	case "+":
		return boxNumber(a + b), nil
	case "-":
		return boxNumber(a - b), nil
	case "*":
		return boxNumber(a * b), nil
	case "/":
		return a / b, nil
	}
	return math.Mod(a, b), nil
}

func compare(lhs, rhs value.Value, op string) (value.Value, *Error) {
	lt, rt := jsTypeof(lhs), jsTypeof(rhs)
	lc := lt == "undefined" || lt == "string" || lt == "number"
	rc := rt == "undefined" || rt == "string" || rt == "number"
	if !lc || !rc {
		v := rhs
		if !(lt == "string" || lt == "number") {
			v = lhs
		}
		return nil, &Error{Code: "T2010", Value: v, HasValue: true}
	}
	if lhs == nil || rhs == nil {
		return nil, nil
	}
	if lt != rt {
		return nil, &Error{Code: "T2009", Value: lhs, HasValue: true, Value2: rhs, HasValue2: true}
	}
	var c int
	if lt == "number" {
		a, b := lhs.(float64), rhs.(float64)
		if math.IsNaN(a) || math.IsNaN(b) {
			return false, nil
		}
		switch {
		case a < b:
			c = -1
		case a > b:
			c = 1
		}
	} else {
		c = compareUTF16(lhs.(string), rhs.(string))
	}
	switch op {
	case "<":
		return c < 0, nil
	case "<=":
		return c <= 0, nil
	case ">":
		return c > 0, nil
	}
	return c >= 0, nil
}

func concat(lhs, rhs value.Value) (value.Value, *Error) {
	var l, r string
	if lhs != nil {
		s, err := jsonataString(lhs, false)
		if err != nil {
			return nil, err
		}
		l = s
	}
	if rhs != nil {
		s, err := jsonataString(rhs, false)
		if err != nil {
			return nil, err
		}
		r = s
	}
	return l + r, nil
}

// maxRange is the largest sequence the range operator builds.
const maxRange = 1e7

func rangeOf(lhs, rhs value.Value) (value.Value, *Error) {
	if lhs != nil && !isInteger(lhs) {
		return nil, &Error{Code: "T2003", Value: lhs, HasValue: true}
	}
	if rhs != nil && !isInteger(rhs) {
		return nil, &Error{Code: "T2004", Value: rhs, HasValue: true}
	}
	if lhs == nil || rhs == nil {
		return nil, nil
	}
	a, b := lhs.(float64), rhs.(float64)
	if a > b {
		return nil, nil
	}
	size := b - a + 1
	if size > maxRange {
		return nil, &Error{Code: "D2014", Value: size, HasValue: true}
	}
	return &seq{sequence: true, lazy: true, lo: a, lazyN: int(size)}, nil
}

func isInteger(v value.Value) bool {
	f, ok := v.(float64)
	return ok && !math.IsInf(f, 0) && f == math.Trunc(f)
}

func includes(lhs, rhs value.Value) value.Value {
	if lhs == nil || rhs == nil {
		return false
	}
	items, ok := arrayItems(rhs)
	if !ok {
		items = []value.Value{rhs}
	}
	for _, it := range items {
		if strictEqual(it, lhs) {
			return true
		}
	}
	return false
}

// compareUTF16 compares strings as JavaScript does: by UTF-16 code units.
func compareUTF16(a, b string) int {
	if !hasHighBytes(a) && !hasHighBytes(b) {
		return strings.Compare(a, b)
	}
	ua, ub := utf16Units(a), utf16Units(b)
	for i := 0; i < len(ua) && i < len(ub); i++ {
		if ua[i] != ub[i] {
			if ua[i] < ub[i] {
				return -1
			}
			return 1
		}
	}
	switch {
	case len(ua) < len(ub):
		return -1
	case len(ua) > len(ub):
		return 1
	}
	return 0
}

func (st *state) evalApply(n *cnode, input value.Value, env *frame) (value.Value, *Error) {
	lhs, err := st.eval(n.kids[0], input, env)
	if err != nil {
		return nil, err
	}
	rhsNode := n.kids[1]
	if rhsNode.kind == KindCall {
		return st.evalCall(rhsNode, input, env, &lhs, true)
	}
	fn, err := st.eval(rhsNode, input, env)
	if err != nil {
		return nil, err
	}
	if _, ok := fn.(callable); !ok {
		return nil, &Error{Code: "T2006", Pos: n.pos, Value: fn, HasValue: true}
	}
	if lf, ok := lhs.(callable); ok {
		return &composed{f: lf, g: fn.(callable), env: env}, nil
	}
	return st.apply(fn, []value.Value{lhs}, nil, env, "", -1)
}

// sortValues is jsonata-js evaluateSortExpression: input is an array or
// a tuple stream.
func (st *state) sortValues(n *cnode, input value.Value, env *frame) (value.Value, *Error) {
	st.awaits(1) // await fn.sort
	ts, isTuple := input.(*tupleStream)
	var items []value.Value
	if isTuple {
		items = make([]value.Value, len(ts.tuples))
		for i, t := range ts.tuples {
			items[i] = t
		}
	} else {
		var ok bool
		items, ok = arrayItems(input)
		if !ok {
			if input == nil {
				return nil, nil
			}
			return input, nil
		}
	}
	keyOf := func(item value.Value, term *cterm) (value.Value, *Error) {
		if isTuple {
			t := item.(*tuple)
			return st.eval(term.expr, t.at, frameFromTuple(env, t))
		}
		return st.eval(term.expr, item, env)
	}
	greater := func(a, b value.Value) (bool, *Error) {
		comp := 0
		for i := 0; comp == 0 && i < len(n.terms); i++ {
			term := &n.terms[i]
			aa, err := keyOf(a, term)
			if err != nil {
				return false, err
			}
			bb, err := keyOf(b, term)
			if err != nil {
				return false, err
			}
			at, bt := jsTypeof(aa), jsTypeof(bb)
			if aa == nil {
				if bb == nil {
					comp = 0
				} else {
					comp = 1
				}
				continue
			}
			if bb == nil {
				comp = -1
				continue
			}
			if !(at == "string" || at == "number") || !(bt == "string" || bt == "number") {
				v := bb
				if !(at == "string" || at == "number") {
					v = aa
				}
				return false, &Error{Code: "T2008", Pos: n.pos, Value: v, HasValue: true}
			}
			if at != bt {
				return false, &Error{Code: "T2007", Pos: n.pos, Value: aa, HasValue: true, Value2: bb, HasValue2: true}
			}
			c := 0
			if at == "number" {
				x, y := aa.(float64), bb.(float64)
				switch {
				case x == y:
					continue
				case x < y:
					c = -1
				default:
					c = 1
				}
			} else {
				c = compareUTF16(aa.(string), bb.(string))
				if c == 0 {
					continue
				}
			}
			comp = c
			if term.descending {
				comp = -comp
			}
		}
		return comp == 1, nil
	}
	if len(items) <= 1 {
		return input, nil
	}
	st.awaits(1) // fn.sort awaits msort
	sorted, err := st.mergeSort(items, greater)
	if err != nil {
		return nil, err
	}
	if isTuple {
		out := make([]*tuple, len(sorted))
		for i, s := range sorted {
			out[i] = s.(*tuple)
		}
		return &tupleStream{tuples: out}, nil
	}
	return sorted, nil
}

// mergeSort is jsonata-js's stable merge sort: swap(a, b) reports that a
// goes after b. The same comparisons are made in the same order, and
// the same awaits are counted: msort awaits both halves and the merge,
// the merge its first merge_iter, and every comparison awaits the
// comparator and the next merge_iter.
func (st *state) mergeSort(items []value.Value, swap func(a, b value.Value) (bool, *Error)) ([]value.Value, *Error) {
	if len(items) <= 1 {
		return items, nil
	}
	st.awaits(4)
	mid := len(items) / 2
	left, err := st.mergeSort(items[:mid:mid], swap)
	if err != nil {
		return nil, err
	}
	right, err := st.mergeSort(items[mid:], swap)
	if err != nil {
		return nil, err
	}
	out := make([]value.Value, 0, len(items))
	i, j := 0, 0
	for i < len(left) && j < len(right) {
		if st.steps++; st.steps&1023 == 0 {
			if err := st.checkTime(); err != nil {
				return nil, err
			}
		}
		st.awaits(2)
		s, err := swap(left[i], right[j])
		if err != nil {
			return nil, err
		}
		if s {
			out = append(out, right[j])
			j++
		} else {
			out = append(out, left[i])
			i++
		}
	}
	out = append(out, left[i:]...)
	return append(out, right[j:]...), nil
}
