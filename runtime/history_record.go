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

// record is one event as an execution records it: 24 bytes without a
// pointer, so the garbage collector never scans a history's chunks. Its
// id is its place in the history; its time, state and value are indexes
// into the history's tables, and its details are built from them when
// the history is read.
type record struct {
	at uint32 // index in instants
	// st is the state of a state or Map iteration event (index in
	// states).
	st uint32
	// v indexes the input (entered), the output (exited), an *exitedVars
	// (exited with variables assigned), or an *otherEvent (kindOther) in
	// vals.
	v    uint32
	prev int32
	// index is a Map iteration's index.
	index int32
	kind  recordKind
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
	last := len(h.chunks) - 1
	if last < 0 || h.fill == len(h.chunks[last]) {
		h.chunks = append(h.chunks, make([]record, min(16<<len(h.chunks), maxEventChunk)))
		last++
		h.fill = 0
	}
	if n := len(h.instants); n == 0 || h.instants[n-1] != at {
		h.instants = append(h.instants, at)
	}
	r := record{at: uint32(len(h.instants) - 1), prev: int32(e.prev), index: int32(e.index), kind: e.kind}
	if e.st != nil {
		r.st = e.st.id
	}
	if e.kind < kindIterationStarted {
		if n := len(h.vals); n == 0 || !sameValue(h.vals[n-1], e.v) {
			h.vals = append(h.vals, e.v)
		}
		r.v = uint32(len(h.vals) - 1)
	}
	h.n++
	h.chunks[last][h.fill] = r // no slice header to write back
	h.fill++
	return int64(h.n), true
}

// sameValue reports whether a and b are the same value: the same object
// or array, or equal scalars. (Interface comparison would panic on
// arrays.)
func sameValue(a, b value.Value) bool {
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
			if r.kind != kindOther {
				h.vals = append(h.vals, h.event(r))
				r.v, r.kind = uint32(len(h.vals)-1), kindOther
			}
			o := h.vals[r.v].(*otherEvent)
			out = append(out, Event{Timestamp: *h.instants[r.at], Type: o.typ, ID: int64(len(out) + 1),
				PreviousEventID: int64(r.prev), Details: o.details})
		}
	}
	return out
}

// event builds the type and details of a state or iteration record.
func (h *history) event(r *record) *otherEvent {
	st := h.states[r.st]
	switch r.kind {
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
	switch r.kind {
	case kindIterationSucceeded:
		typ = "MapIterationSucceeded"
	case kindIterationFailed:
		typ = "MapIterationFailed"
	}
	o := value.NewObject(2)
	o.Set("index", float64(r.index))
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
