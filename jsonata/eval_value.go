package jsonata

import (
	"math"

	"github.com/stepwise-go/stepwise/value"
)

// During evaluation a value is a value.Value, or one of the evaluator's
// own types: *seq (an array carrying jsonata-js's flags: a sequence, a
// constructed array, a singleton to keep), a function (callable) or, in a
// path, a *tupleStream. Results leave Eval as plain value.Value (see
// toPlain).

// seq is a JavaScript array with the properties jsonata-js sets on it.
// A range is kept lazy (lo, n) until its items are needed.
type seq struct {
	items         []value.Value
	sequence      bool // built by createSequence: flattened and collapsed
	keepSingleton bool // a one-item sequence stays an array
	outerWrapper  bool // wraps an input array so that it is one item
	cons          bool // built by an array constructor step

	lazy  bool // a range lo, lo+1, …, lo+n-1 whose items are not built yet
	lo    float64
	lazyN int

	one [1]value.Value // storage of a one-item sequence (newSeq1, newSeqCap)
}

func newSeq(items ...value.Value) *seq { return &seq{items: items, sequence: true} }

// newSeq1 is newSeq(v) in one allocation.
func newSeq1(v value.Value) *seq {
	s := &seq{sequence: true}
	s.one[0] = v
	s.items = s.one[:]
	return s
}

// newSeqCap is an empty sequence with room for n items; for one item it
// is a single allocation.
func newSeqCap(n int) *seq {
	s := &seq{sequence: true}
	if n <= 1 {
		s.items = s.one[:0]
	} else {
		s.items = make([]value.Value, 0, n)
	}
	return s
}

// length is the number of items.
func (s *seq) length() int {
	if s.lazy {
		return s.lazyN
	}
	return len(s.items)
}

// all returns the items, building a lazy range first.
func (s *seq) all() []value.Value {
	if s.lazy {
		items := make([]value.Value, s.lazyN)
		for i := range items {
			items[i] = s.lo + float64(i)
		}
		s.items, s.lazy = items, false
	}
	return s.items
}

func (s *seq) push(v value.Value) {
	s.all()
	s.items = append(s.items, v)
}

// smallInts holds the numbers 0 to 255 already boxed as values, so
// counts, indexes and small sums do not allocate (see boxNumber).
var smallInts = func() (t [256]value.Value) {
	for i := range t {
		t[i] = float64(i)
	}
	return t
}()

// boxNumber is f as a value, shared for the integers 0 to 255 (not -0).
func boxNumber(f float64) value.Value {
	if f >= 0 && f < 256 && f == math.Trunc(f) && !(f == 0 && math.Signbit(f)) {
		return smallInts[int(f)]
	}
	return f
}

// isArray is JavaScript's Array.isArray.
func isArray(v value.Value) bool {
	switch v.(type) {
	case []value.Value, *seq:
		return true
	}
	return false
}

// arrayItems returns the items of an array (plain or flagged).
func arrayItems(v value.Value) ([]value.Value, bool) {
	switch x := v.(type) {
	case []value.Value:
		return x, true
	case *seq:
		return x.all(), true
	}
	return nil, false
}

// arrayLen is the length of an array without building a lazy range.
func arrayLen(v value.Value) int {
	switch x := v.(type) {
	case []value.Value:
		return len(x)
	case *seq:
		return x.length()
	}
	return 0
}

func isSequence(v value.Value) bool {
	s, ok := v.(*seq)
	return ok && s.sequence
}

// isNumeric is jsonata's isNumeric: a number that is not NaN; an infinite
// number is error D1001.
func isNumeric(v value.Value) (bool, *Error) {
	f, ok := v.(float64)
	if !ok || math.IsNaN(f) {
		return false, nil
	}
	if math.IsInf(f, 0) {
		return false, &Error{Code: "D1001", Value: f, HasValue: true}
	}
	return true, nil
}

func isString(v value.Value) bool { _, ok := v.(string); return ok }

// typeSymbol is the signature letter of a value (jsonata-js getSymbol).
func typeSymbol(v value.Value) byte {
	switch v.(type) {
	case nil:
		return 'm'
	case string:
		return 's'
	case float64:
		return 'n'
	case bool:
		return 'b'
	case []value.Value, *seq:
		return 'a'
	case *value.Object:
		return 'o'
	case callable:
		return 'f'
	}
	if value.IsNull(v) {
		return 'l'
	}
	return 'm'
}

// jsTypeof is JavaScript's typeof, for the comparison rules.
func jsTypeof(v value.Value) string {
	switch v.(type) {
	case nil:
		return "undefined"
	case string:
		return "string"
	case float64:
		return "number"
	case bool:
		return "boolean"
	case callable:
		return "function"
	}
	return "object"
}

// deepEqual is jsonata-js isDeepEqual.
func deepEqual(a, b value.Value) bool {
	switch x := a.(type) {
	case nil:
		return b == nil
	case float64:
		y, ok := b.(float64)
		return ok && x == y
	case string:
		y, ok := b.(string)
		return ok && x == y
	case bool:
		y, ok := b.(bool)
		return ok && x == y
	case *value.Object:
		y, ok := b.(*value.Object)
		if !ok {
			return false
		}
		if x == y {
			return true
		}
		if x.Len() != y.Len() {
			return false
		}
		for i := 0; i < x.Len(); i++ {
			k, v := x.At(i)
			w, ok := y.Get(k)
			if !ok || !deepEqual(v, w) {
				return false
			}
		}
		return true
	case callable:
		return a == b
	}
	if value.IsNull(a) {
		return value.IsNull(b)
	}
	if xs, ok := arrayItems(a); ok {
		ys, ok := arrayItems(b)
		if !ok || len(xs) != len(ys) {
			return false
		}
		for i := range xs {
			if !deepEqual(xs[i], ys[i]) {
				return false
			}
		}
		return true
	}
	return false
}

// strictEqual is JavaScript's ===, used by the in operator.
func strictEqual(a, b value.Value) bool {
	switch x := a.(type) {
	case nil:
		return b == nil
	case float64:
		y, ok := b.(float64)
		return ok && x == y
	case string:
		y, ok := b.(string)
		return ok && x == y
	case bool:
		y, ok := b.(bool)
		return ok && x == y
	case *value.Object:
		y, ok := b.(*value.Object)
		return ok && x == y
	case *seq:
		y, ok := b.(*seq)
		return ok && x == y
	case []value.Value:
		y, ok := b.([]value.Value)
		return ok && len(x) == len(y) && (len(x) == 0 || &x[0] == &y[0])
	}
	if value.IsNull(a) {
		return value.IsNull(b)
	}
	return a == b
}

// appendValues is jsonata-js fn.append: undefined is the identity, a
// non-array counts as a one-item array, and the result (JavaScript's
// concat) is a plain array without flags. A lazy range appended to an
// empty array stays lazy.
func appendValues(a, b value.Value) value.Value {
	if a == nil {
		return b
	}
	if b == nil {
		return a
	}
	if r, ok := b.(*seq); ok && r.lazy && isArray(a) && arrayLen(a) == 0 {
		return &seq{lazy: true, lo: r.lo, lazyN: r.lazyN}
	}
	var out []value.Value
	if items, ok := arrayItems(a); ok {
		out = append(make([]value.Value, 0, len(items)+arrayLen(b)+1), items...)
	} else {
		out = append(make([]value.Value, 0, arrayLen(b)+2), a)
	}
	if items, ok := arrayItems(b); ok {
		return append(out, items...)
	}
	return append(out, b)
}

// toPlain turns an evaluation result into plain JSON values: arrays lose
// their flags, functions become undefined (dropped from objects, null in
// arrays, as JSON.stringify does).
func toPlain(v value.Value) value.Value { return plainer{}.toPlain(v) }

// plainer makes results plain. slab is the evaluation's pooled sequences
// (eval_slab.go): an array that is the inline slot of one of them is
// copied, since the slab serves the next evaluation.
type plainer struct{ slab []seq }

// inSlab reports whether items is the inline slot of a pooled sequence.
func (p plainer) inSlab(items []value.Value) bool {
	if len(items) != 1 || cap(items) != 1 {
		return false // an inline slot holds one item
	}
	for i := range p.slab {
		if &items[0] == &p.slab[i].one[0] {
			return true
		}
	}
	return false
}

func (p plainer) toPlain(v value.Value) value.Value {
	switch x := v.(type) {
	case *seq:
		items := x.all()
		// A sequence's own array of plain values is handed over as it
		// is, unless it is an inline slot (the sequence's own, which may
		// be pooled, or another's).
		if cap(items) > 1 && p.allPlain(items) {
			return items[:len(items):len(items)]
		}
		out := make([]value.Value, len(items))
		for i, item := range items {
			out[i] = p.toPlainItem(item)
		}
		return out
	case []value.Value:
		if p.plainAlready(x) {
			return x
		}
		out := make([]value.Value, len(x))
		for i, item := range x {
			out[i] = p.toPlainItem(item)
		}
		return out
	case *value.Object:
		if p.plainAlready(x) {
			return x
		}
		out := value.NewObject(x.Len())
		for i := 0; i < x.Len(); i++ {
			k, item := x.At(i)
			if pv := p.toPlain(item); pv != nil {
				out.Set(k, pv)
			}
		}
		return out
	case callable:
		return nil
	}
	return v
}

func (p plainer) toPlainItem(v value.Value) value.Value {
	pv := p.toPlain(v)
	if pv == nil {
		return value.Null
	}
	return pv
}

// allPlain reports whether every item is plainAlready.
func (p plainer) allPlain(items []value.Value) bool {
	for _, item := range items {
		if !p.plainAlready(item) {
			return false
		}
	}
	return true
}

// plainAlready reports whether v holds only plain JSON values, none of
// them in a pooled sequence's slot.
func (p plainer) plainAlready(v value.Value) bool {
	switch x := v.(type) {
	case *seq, callable, nil:
		return false
	case []value.Value:
		return !p.inSlab(x) && p.allPlain(x)
	case *value.Object:
		for i := 0; i < x.Len(); i++ {
			_, item := x.At(i)
			if !p.plainAlready(item) {
				return false
			}
		}
	}
	return true
}
