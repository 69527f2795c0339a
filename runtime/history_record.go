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
	n      int // events recorded
	limit  int
}

// maxEventChunk is the size of the largest history chunk.
const maxEventChunk = 1024

// maxEvents bounds a history whatever its limit: ids are stored as int32.
const maxEvents = math.MaxInt32 - 1

// record is one event as an execution records it, 48 bytes without
// allocating: its id is its place in the history, and its details are
// built from st and v when the history is read. at is shared by every
// event recorded at one instant of the virtual clock.
type record struct {
	at *time.Time
	// st is the state of a state or Map iteration event; nil otherwise.
	st *state
	// v is the input (entered), the output (exited), an *exitedVars
	// (exited with variables assigned), or an *otherEvent (kindOther).
	v    value.Value
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

// push appends r with the next id; ok is false when the history is full.
// The caller holds h.mu.
func (h *history) push(r record) (int64, bool) {
	if h.n >= h.limit || h.n >= maxEvents {
		return 0, false
	}
	last := len(h.chunks) - 1
	if last < 0 || len(h.chunks[last]) == cap(h.chunks[last]) {
		h.chunks = append(h.chunks, make([]record, 0, min(16<<len(h.chunks), maxEventChunk)))
		last++
	}
	h.n++
	h.chunks[last] = append(h.chunks[last], r)
	return int64(h.n), true
}

// add appends an event with the next id and returns it; ok is false when
// the history is full.
func (h *history) add(at *time.Time, typ string, prev int64, details *value.Object) (int64, bool) {
	return h.addRecord(record{at: at, prev: int32(prev), kind: kindOther, v: &otherEvent{typ: typ, details: details}})
}

// addRecord appends r with the next id; see add.
func (h *history) addRecord(r record) (int64, bool) {
	h.mu.Lock()
	id, ok := h.push(r)
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
			r := &chunk[i]
			if r.kind != kindOther {
				r.v, r.st, r.kind = r.event(), nil, kindOther
			}
			o := r.v.(*otherEvent)
			out = append(out, Event{Timestamp: *r.at, Type: o.typ, ID: int64(len(out) + 1),
				PreviousEventID: int64(r.prev), Details: o.details})
		}
	}
	return out
}

// event builds the type and details of a state or iteration record.
func (r *record) event() *otherEvent {
	st := r.st
	switch r.kind {
	case kindEntered:
		return &otherEvent{typ: st.enteredEvent, details: stateDetails(st.name, "input", r.v, nil)}
	case kindExited:
		if ev, ok := r.v.(*exitedVars); ok {
			return &otherEvent{typ: st.exitedEvent, details: stateDetails(st.name, "output", ev.output, ev.assigned)}
		}
		return &otherEvent{typ: st.exitedEvent, details: stateDetails(st.name, "output", r.v, nil)}
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
