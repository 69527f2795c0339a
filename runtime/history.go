package runtime

import (
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/stepwise-go/stepwise/value"
)

// Event is one entry of an execution's history, as GetExecutionHistory
// returns it: Type ("PassStateEntered", …), ID (from 1), PreviousEventID
// and the details, which marshal under the type's own key
// ("stateEnteredEventDetails", …). Input and output in the details are
// JSON text.
type Event struct {
	Timestamp       time.Time
	Type            string
	ID              int64
	PreviousEventID int64
	// Details holds the detail fields in AWS's order; nil when the event
	// has none.
	Details *value.Object

	// state holds a StateEntered/StateExited event's details until the
	// history is read: the values are immutable, so writing their JSON
	// text can wait (most executions never read their history).
	state stateDetails
}

// stateDetails are the parts of a <Type>StateEntered or StateExited event:
// the state's name, its input (field "input") or output (field "output"),
// and the variables it assigned.
type stateDetails struct {
	name, field string // field "" marks an event that is not one
	v           value.Value
	assigned    *value.Object
}

// iterationField marks the details of a MapIteration* event, {index,
// name}, with the index in v.
const iterationField = "index"

// build returns the details object the event shows.
func (d *stateDetails) build() *value.Object {
	if d.field == iterationField {
		o := value.NewObject(2)
		o.Set("index", d.v)
		o.Set("name", d.name)
		return o
	}
	o := value.NewObject(5)
	o.Set("name", d.name)
	o.Set(d.field, jsonText(d.v))
	o.Set(d.field+"Details", notTruncated())
	if d.assigned != nil {
		texts := value.NewObject(d.assigned.Len())
		for i := 0; i < d.assigned.Len(); i++ {
			k, v := d.assigned.At(i)
			texts.Set(k, jsonText(v))
		}
		o.Set("assignedVariables", texts)
		o.Set("assignedVariablesDetails", notTruncated())
	}
	return o
}

// DetailsKey returns the JSON key the event's details go under, such as
// "stateEnteredEventDetails" for every <Type>StateEntered event, or "" for
// events without details.
func (e *Event) DetailsKey() string { return detailsKey(e.Type) }

func detailsKey(typ string) string {
	switch {
	case strings.HasSuffix(typ, "StateEntered"):
		return "stateEnteredEventDetails"
	case strings.HasSuffix(typ, "StateExited"):
		return "stateExitedEventDetails"
	}
	switch typ {
	case "MapStateSucceeded", "MapStateFailed", "MapStateAborted", "ParallelStateStarted",
		"ParallelStateSucceeded", "ParallelStateFailed", "ParallelStateAborted", "LambdaFunctionStarted",
		"MapRunSucceeded", "MapRunAborted":
		return ""
	}
	r := []rune(typ)
	r[0] = unicode.ToLower(r[0])
	return string(r) + "EventDetails"
}

// MarshalJSON writes the event in GetExecutionHistory's shape, the
// timestamp as an ISO-8601 string with milliseconds.
func (e Event) MarshalJSON() ([]byte, error) {
	return e.AppendJSON(nil, appendISOTime), nil
}

// AppendJSON appends the event in GetExecutionHistory's shape to b,
// writing the timestamp with appendTime: MarshalJSON writes ISO-8601
// text, the API's JSON 1.0 protocol epoch seconds.
func (e *Event) AppendJSON(b []byte, appendTime func([]byte, time.Time) []byte) []byte {
	b = append(b, `{"timestamp":`...)
	b = appendTime(b, e.Timestamp)
	b = append(b, `,"type":`...)
	b = value.AppendString(b, e.Type)
	b = append(b, `,"id":`...)
	b = strconv.AppendInt(b, e.ID, 10)
	b = append(b, `,"previousEventId":`...)
	b = strconv.AppendInt(b, e.PreviousEventID, 10)
	if e.Details != nil {
		if k := detailsKey(e.Type); k != "" {
			b = append(b, ',')
			b = value.AppendString(b, k)
			b = append(b, ':')
			b = value.Append(b, e.Details)
		}
	}
	return append(b, '}')
}

// appendISOTime writes t as a JSON string, ISO-8601 with milliseconds.
func appendISOTime(b []byte, t time.Time) []byte {
	return value.AppendString(b, t.UTC().Format("2006-01-02T15:04:05.000Z07:00"))
}

// history records the events of one execution; safe for the goroutines of
// its Parallel branches and Map iterations. Events are kept in chunks
// that never move (16, 32, … up to 1,024 events each), so a long history
// grows without copying what it holds.
type history struct {
	mu     sync.Mutex
	chunks [][]Event
	n      int // events recorded
	limit  int
}

// maxEventChunk is the size of the largest history chunk.
const maxEventChunk = 1024

// push appends e with the next id; ok is false when the history is full.
// The caller holds h.mu.
func (h *history) push(e Event) (int64, bool) {
	if h.n >= h.limit {
		return 0, false
	}
	last := len(h.chunks) - 1
	if last < 0 || len(h.chunks[last]) == cap(h.chunks[last]) {
		h.chunks = append(h.chunks, make([]Event, 0, min(16<<len(h.chunks), maxEventChunk)))
		last++
	}
	h.n++
	e.ID = int64(h.n)
	h.chunks[last] = append(h.chunks[last], e)
	return e.ID, true
}

// add appends an event with the next id and returns it; ok is false when
// the history is full.
func (h *history) add(at time.Time, typ string, prev int64, details *value.Object) (int64, bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.push(Event{Timestamp: at, Type: typ, PreviousEventID: prev, Details: details})
}

// addState appends a state event whose details are built when the history
// is read; see add.
func (h *history) addState(at time.Time, typ string, prev int64, d stateDetails) (int64, bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.push(Event{Timestamp: at, Type: typ, PreviousEventID: prev, state: d})
}

// lastID is the id of the newest event.
func (h *history) lastID() int64 {
	h.mu.Lock()
	defer h.mu.Unlock()
	return int64(h.n)
}

// snapshot returns a copy of the events, every one with its Details.
func (h *history) snapshot() []Event {
	h.mu.Lock()
	defer h.mu.Unlock()
	out := make([]Event, 0, h.n)
	for _, chunk := range h.chunks {
		for i := range chunk {
			if e := &chunk[i]; e.state.field != "" {
				e.Details, e.state = e.state.build(), stateDetails{}
			}
		}
		out = append(out, chunk...)
	}
	return out
}

// details builds a details object from key/value pairs, skipping nil
// values.
func details(kv ...any) *value.Object {
	o := value.NewObject(len(kv) / 2)
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] == nil {
			continue
		}
		o.Set(kv[i].(string), kv[i+1])
	}
	return o
}

// jsonText is v as the JSON text a history event holds ("null" for an
// undefined v).
func jsonText(v value.Value) string {
	if v == nil {
		return "null"
	}
	return string(value.Marshal(v))
}

// notTruncated is the {"truncated": false} of inputDetails and friends.
func notTruncated() *value.Object {
	o := value.NewObject(1)
	o.Set("truncated", false)
	return o
}
