package sfn

import (
	"time"

	"github.com/stepwise-go/stepwise/asl"
)

// WaitTime is how long a Wait state waits: exactly one of a duration, a
// timestamp, or a path to either in the input (in JSONata states: an
// expression for either). Make one with WaitDuration, WaitTimestamp,
// WaitSecondsPath, WaitTimestampPath, WaitSecondsExpr or WaitTimestampExpr.
// The set is closed.
type WaitTime interface {
	// apply sets the time field of w.
	apply(w *asl.Wait)
	// problems returns what was recorded when the WaitTime was made.
	problems() problems
}

// waitTime is the one implementation of WaitTime.
type waitTime struct {
	seconds       *int64
	secondsExpr   string
	timestamp     *string
	secondsPath   *string
	timestampPath *string
	probs         problems
}

// WaitDuration waits for d (rendered as Seconds). d must be a whole number
// of seconds (else a recorded problem, and it is rounded up).
func WaitDuration(d time.Duration) WaitTime {
	w := &waitTime{}
	n := seconds(&w.probs, []any{"Seconds"}, "WaitDuration", d)
	w.seconds = &n
	return w
}

// WaitTimestamp waits until t (rendered as Timestamp, in RFC 3339 with
// fractional seconds only when t has them). A time in the past does not
// wait.
func WaitTimestamp(t time.Time) WaitTime {
	return &waitTime{timestamp: stringPtr(t.Format(time.RFC3339Nano))}
}

// WaitSecondsPath waits for the number of seconds found at p in the input
// (rendered as SecondsPath).
func WaitSecondsPath(p Path) WaitTime { return &waitTime{secondsPath: pathPtr(p)} }

// WaitTimestampPath waits until the timestamp found at p in the input
// (rendered as TimestampPath).
func WaitTimestampPath(p Path) WaitTime { return &waitTime{timestampPath: pathPtr(p)} }

func (w *waitTime) apply(m *asl.Wait) {
	if w.seconds != nil {
		m.Seconds = &asl.IntOrExpr{Int: *w.seconds}
	}
	if w.secondsExpr != "" {
		m.Seconds = &asl.IntOrExpr{Expr: w.secondsExpr}
	}
	m.Timestamp = w.timestamp
	m.SecondsPath = w.secondsPath
	m.TimestampPath = w.timestampPath
}

func (w *waitTime) problems() problems { return w.probs }

// WaitSecondsExpr waits for the number of seconds a JSONata expression
// gives (Seconds as "{% … %}", see Expr); only in JSONata states.
func WaitSecondsExpr(expr string) WaitTime { return &waitTime{secondsExpr: expr} }

// WaitTimestampExpr waits until the timestamp a JSONata expression gives
// (Timestamp as "{% … %}", see Expr); only in JSONata states.
func WaitTimestampExpr(expr string) WaitTime { return &waitTime{timestamp: &expr} }
