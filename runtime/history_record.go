package runtime

import (
	"math"
	"sync"
	"time"

	"github.com/stepwise-go/stepwise/value"
)

// history records the events of one execution; safe for the goroutines of
// its Parallel branches and Map iterations. It keeps compact records
// (see record) in chunks that never move (16, 32, … up to 1,024 records
// each), so a long history grows without copying what it holds, and
// builds Events only when the history is read: most executions never
// read theirs.
type history struct {
	mu     sync.Mutex
	chunks [][]record
	fill   int // records in the last chunk
	n      int // events recorded
	limit  int
	// states is the program's state table, which records index.
	states []*state
	// vals holds the values records refer to; a value equal to the last
	// one (a state's output is the next state's input) is kept once.
	vals []value.Value
	// instants holds the times records refer to; on the virtual clock
	// every event of one instant shares the clock's time.
	instants []*time.Time
}

// newHistory returns an empty history of at most limit events for a
// program with the given state table.
func newHistory(limit int, states []*state) *history {
	return &history{limit: limit, states: states}
}

// maxEventChunk is the size of the largest history chunk.
const maxEventChunk = 1024

// maxEvents bounds a history whatever its limit: ids are stored as int32.
const maxEvents = math.MaxInt32 - 1

// record is one event as an execution records it, or a quick state's
// two (kindPair): 16 bytes without a pointer, so the garbage collector
// never scans a history's chunks. Its id is its place in the history;
// its time, state and value are indexes into the history's tables, and
// its details are built from them when the history is read.
type record struct {
	at  uint32 // index in instants
	tag uint32 // the state, the kind and outNext (see makeTag)
	// v indexes in vals the input (entered, pair), the output (exited),
	// an *exitedVars (exited with variables assigned), an *otherEvent
	// (kindOther) or a *[2]otherEvent (kindOtherPair); it is the index
	// of a Map iteration event.
	v    uint32
	prev int32
}

// A record's tag holds the index of its state (of a state or Map
// iteration event) in the program's state table in its low stateBits
// bits, its kind in the next four, and in the top bit whether a pair's
// output is the value after its input in vals (else the same value).
const (
	stateBits = 27
	maxStates = 1 << stateBits
	outNext   = 1 << 31
)

// makeTag packs a record's state, kind and outNext bit.
func makeTag(st uint32, k recordKind, next bool) uint32 {
	t := st | uint32(k)<<stateBits
	if next {
		t |= outNext
	}
	return t
}

func (r *record) state() uint32        { return r.tag & (maxStates - 1) }
func (r *record) kind() recordKind     { return recordKind(r.tag >> stateBits & 0xf) }
func (r *record) setKind(k recordKind) { r.tag = r.tag&^(0xf<<stateBits) | uint32(k)<<stateBits }

// out is the index in vals of a pair's output.
func (r *record) out() uint32 {
	if r.tag&outNext != 0 {
		return r.v + 1
	}
	return r.v
}

// recordKind says how a record's type and details are built.
type recordKind uint8

const (
	kindOther recordKind = iota // type and details in v, an *otherEvent
	kindEntered
	kindExited
	kindIterationStarted
	kindIterationSucceeded
	kindIterationFailed
	// kindPair is a quick state's StateEntered event and the StateExited
	// event that follows it (see pushPair): two events, one record.
	kindPair
	// kindOtherPair is a kindPair whose two events are built (snapshot).
	kindOtherPair
)

// entry is an event to record, before it is made a record.
type entry struct {
	kind  recordKind
	st    *state      // state and iteration events
	v     value.Value // see record.v; unused for iteration events
	prev  int64
	index int
}

// otherEvent is the type and details of an event that is not a state's.
type otherEvent struct {
	typ     string
	details *value.Object
}

// exitedVars is the output and the assigned variables of a StateExited
// event.
type exitedVars struct {
	output   value.Value
	assigned *value.Object
}

// push records e at time at with the next id; ok is false when the
// history is full. The caller holds h.mu.
func (h *history) push(at *time.Time, e entry) (int64, bool) {
	if h.n >= h.limit || h.n >= maxEvents {
		return 0, false
	}
	if n := len(h.instants); n == 0 || h.instants[n-1] != at {
		h.instants = append(h.instants, at)
	}
	var st uint32
	if e.st != nil {
		st = e.st.id
	}
	r := record{at: uint32(len(h.instants) - 1), tag: makeTag(st, e.kind, false), v: uint32(e.index), prev: int32(e.prev)}
	if e.kind < kindIterationStarted {
		if n := len(h.vals); n == 0 || !sameValue(h.vals[n-1], e.v) {
			h.vals = append(h.vals, e.v)
		}
		r.v = uint32(len(h.vals) - 1)
	}
	h.n++
	*h.slot() = r
	return int64(h.n), true
}

// slot returns the history's next free record, growing its chunks. The
// caller holds h.mu.
func (h *history) slot() *record {
	last := len(h.chunks) - 1
	if last < 0 || h.fill == len(h.chunks[last]) {
		h.chunks = append(h.chunks, make([]record, min(16<<len(h.chunks), maxEventChunk)))
		last++
		h.fill = 0
	}
	h.fill++
	return &h.chunks[last][h.fill-1] // no slice header to write back
}

// pushPair records a quick state's StateEntered event (input in, after
// event prev) and its StateExited event (output out, a value or an
// *exitedVars) at time at, as one record with the next two ids. It
// returns the entered event's id and how many of the two fitted (0, 1
// or 2). The caller holds h.mu.
func (h *history) pushPair(at *time.Time, st *state, in, out value.Value, prev int64) (int64, int) {
	if last, ok := h.pushPairs([]quickPair{{at: at, st: st, in: in, out: out}}, prev); ok {
		return last - 1, 2
	}
	id, ok := h.push(at, entry{prev: prev, kind: kindEntered, st: st, v: in})
	if !ok {
		return 0, 0
	}
	return id, 1
}

// pushPairs records a batch of quick states' event pairs, the first
// entered event after event prev and each later one after the exited
// event before it, and returns the last event's id. ok is false, and
// nothing is recorded, when the batch does not fit in the history
// (pushPair then records what fits one by one). The caller holds h.mu.
func (h *history) pushPairs(batch []quickPair, prev int64) (last int64, ok bool) {
	if h.n+2*len(batch) > min(h.limit, maxEvents) {
		return 0, false
	}
	var lastAt *time.Time
	if n := len(h.instants); n > 0 {
		lastAt = h.instants[n-1]
	}
	var newest lastValue
	have := len(h.vals) > 0 // newest holds a value
	if have {
		newest.set(h.vals[len(h.vals)-1])
	}
	id := int64(h.n)
	for i := range batch {
		p := &batch[i]
		if p.at != lastAt {
			h.instants = append(h.instants, p.at)
			lastAt = p.at
		}
		if !have || !newest.same(p.in) {
			h.vals = append(h.vals, p.in)
			newest.set(p.in)
			have = true
		}
		v := len(h.vals) - 1
		if !newest.same(p.out) {
			h.vals = append(h.vals, p.out)
			newest.set(p.out)
		}
		r := h.slot() // field by field, as in runQuickState
		r.at, r.tag = uint32(len(h.instants)-1), makeTag(p.st.id, kindPair, len(h.vals)-1 != v)
		r.v, r.prev = uint32(v), int32(prev)
		prev = id + 2
		id += 2
	}
	h.n = int(id)
	return id, true
}

// lastValue is the newest of a history's values while pushPairs runs,
// and the object it is (notAnObject if it is none): a state's input and
// output are mostly the object just recorded, and comparing with it
// inlines.
type lastValue struct {
	v   value.Value
	obj *value.Object
}

// same reports whether v is the last value (see sameValue).
func (l *lastValue) same(v value.Value) bool {
	if o, ok := v.(*value.Object); ok {
		return o == l.obj
	}
	return l.sameNonObject(v)
}

// sameNonObject is same for a v that is not an object.
func (l *lastValue) sameNonObject(v value.Value) bool {
	return l.obj == notAnObject && sameScalarOrArray(l.v, v)
}

// set makes v the last value.
func (l *lastValue) set(v value.Value) {
	l.v, l.obj = v, notAnObject
	if o, ok := v.(*value.Object); ok {
		l.obj = o
	}
}

// notAnObject is lastValue.obj when the last value is not an object: no
// value is this object.
var notAnObject = new(value.Object)

// sameValue reports whether a and b are the same value: the same object
// or array, or equal scalars. (Interface comparison would panic on
// arrays.)
func sameValue(a, b value.Value) bool {
	if x, ok := a.(*value.Object); ok {
		y, _ := b.(*value.Object)
		return x == y
	}
	return sameScalarOrArray(a, b)
}

// sameScalarOrArray is sameValue for a value that is not an object.
func sameScalarOrArray(a, b value.Value) bool {
	switch x := a.(type) {
	case *value.Object:
		y, ok := b.(*value.Object)
		return ok && x == y
	case []value.Value:
		y, ok := b.([]value.Value)
		return ok && len(x) == len(y) && (len(x) == 0 || &x[0] == &y[0])
	case string:
		y, ok := b.(string)
		return ok && x == y
	case float64:
		y, ok := b.(float64)
		return ok && (x == y && math.Signbit(x) == math.Signbit(y))
	case bool:
		y, ok := b.(bool)
		return ok && x == y
	case nil:
		return b == nil
	}
	return false
}

// add appends an event with the next id and returns it; ok is false when
// the history is full.
func (h *history) add(at *time.Time, typ string, prev int64, details *value.Object) (int64, bool) {
	return h.addEntry(at, entry{prev: prev, v: &otherEvent{typ: typ, details: details}})
}

// addEntry records e at time at with the next id; see add.
func (h *history) addEntry(at *time.Time, e entry) (int64, bool) {
	h.mu.Lock()
	id, ok := h.push(at, e)
	h.mu.Unlock()
	return id, ok
}

// lastID is the id of the newest event.
func (h *history) lastID() int64 {
	h.mu.Lock()
	defer h.mu.Unlock()
	return int64(h.n)
}

// snapshot returns the events, every one with its Details. Each record's
// details are built once and kept, so reading a history again (the
// server polls) does not build them again.
func (h *history) snapshot() []Event {
	h.mu.Lock()
	defer h.mu.Unlock()
	out := make([]Event, 0, h.n)
	for _, chunk := range h.chunks {
		for i := range chunk {
			if len(out) == h.n {
				break
			}
			r := &chunk[i]
			if r.kind() == kindPair {
				h.vals = append(h.vals, h.pairEvents(r))
				r.v = uint32(len(h.vals) - 1)
				r.setKind(kindOtherPair)
			}
			if r.kind() == kindOtherPair {
				p := h.vals[r.v].(*[2]otherEvent)
				at := *h.instants[r.at]
				id := int64(len(out) + 1)
				out = append(out, Event{Timestamp: at, Type: p[0].typ, ID: id, PreviousEventID: int64(r.prev), Details: p[0].details})
				if len(out) < h.n {
					out = append(out, Event{Timestamp: at, Type: p[1].typ, ID: id + 1, PreviousEventID: id, Details: p[1].details})
				}
				continue
			}
			if r.kind() != kindOther {
				h.vals = append(h.vals, h.event(r))
				r.v = uint32(len(h.vals) - 1)
				r.setKind(kindOther)
			}
			o := h.vals[r.v].(*otherEvent)
			out = append(out, Event{Timestamp: *h.instants[r.at], Type: o.typ, ID: int64(len(out) + 1),
				PreviousEventID: int64(r.prev), Details: o.details})
		}
	}
	return out
}

// pairEvents builds the two events of a kindPair record.
func (h *history) pairEvents(r *record) *[2]otherEvent {
	entered := record{tag: makeTag(r.state(), kindEntered, false), v: r.v}
	exited := record{tag: makeTag(r.state(), kindExited, false), v: r.out()}
	return &[2]otherEvent{*h.event(&entered), *h.event(&exited)}
}

// event builds the type and details of a state or iteration record.
func (h *history) event(r *record) *otherEvent {
	st := h.states[r.state()]
	switch r.kind() {
	case kindEntered:
		return &otherEvent{typ: st.enteredEvent, details: stateDetails(st.name, "input", h.vals[r.v], nil)}
	case kindExited:
		v := h.vals[r.v]
		if ev, ok := v.(*exitedVars); ok {
			return &otherEvent{typ: st.exitedEvent, details: stateDetails(st.name, "output", ev.output, ev.assigned)}
		}
		return &otherEvent{typ: st.exitedEvent, details: stateDetails(st.name, "output", v, nil)}
	}
	typ := "MapIterationStarted"
	switch r.kind() {
	case kindIterationSucceeded:
		typ = "MapIterationSucceeded"
	case kindIterationFailed:
		typ = "MapIterationFailed"
	}
	o := value.NewObject(2)
	o.Set("index", float64(r.v))
	o.Set("name", st.name)
	return &otherEvent{typ: typ, details: o}
}

// stateDetails builds the details of a StateEntered (field "input") or
// StateExited (field "output") event: the state's name, the value as JSON
// text, and the variables assigned.
func stateDetails(name, field string, v value.Value, assigned *value.Object) *value.Object {
	o := value.NewObject(5)
	o.Set("name", name)
	o.Set(field, jsonText(v))
	o.Set(field+"Details", notTruncated())
	if assigned != nil {
		texts := value.NewObject(assigned.Len())
		for i := 0; i < assigned.Len(); i++ {
			k, v := assigned.At(i)
			texts.Set(k, jsonText(v))
		}
		o.Set("assignedVariables", texts)
		o.Set("assignedVariablesDetails", notTruncated())
	}
	return o
}
