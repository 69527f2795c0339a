package runtime

import (
	"strconv"
	"strings"
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
