package runtime

import (
	"fmt"
	"math"
	"regexp"
	"time"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/jsontree"
	"github.com/stepwise-go/stepwise/value"
)

// waitSpec is a compiled Wait: exactly one of its fields is set.
type waitSpec struct {
	seconds       *int64
	timestamp     *time.Time
	timestampText string
	secondsPath   *pathRef
	timestampPath *pathRef
	secondsExpr   *tmpl
	timestampExpr *tmpl
}

// maxWait is the longest delay AWS accepts: 99,999,999 seconds.
const maxWaitSeconds = 99999999

func compileWait(s *asl.Wait) (*waitSpec, error) {
	w := &waitSpec{}
	var err error
	switch {
	case s.Seconds != nil && s.Seconds.IsExpr():
		w.secondsExpr, err = compileJSONataTemplate(jsontree.NewString(s.Seconds.Expr), "Seconds")
	case s.Seconds != nil:
		n := s.Seconds.Int
		w.seconds = &n
	case s.Timestamp != nil && len(*s.Timestamp) >= 4 && (*s.Timestamp)[:2] == "{%":
		w.timestampExpr, err = compileJSONataTemplate(jsontree.NewString(*s.Timestamp), "Timestamp")
	case s.Timestamp != nil:
		ts, ok := parseTimestamp(*s.Timestamp)
		if !ok {
			return nil, fmt.Errorf("Timestamp %q is not an ISO-8601 date-time", *s.Timestamp)
		}
		w.timestamp, w.timestampText = &ts, *s.Timestamp
	case s.SecondsPath != nil:
		w.secondsPath, err = compilePathRef(*s.SecondsPath)
	case s.TimestampPath != nil:
		w.timestampPath, err = compilePathRef(*s.TimestampPath)
	}
	return w, err
}

// isoTimestamp is the ISO-8601 extended offset date-time AWS accepts.
var isoTimestamp = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$`)

func parseTimestamp(s string) (time.Time, bool) {
	if !isoTimestamp.MatchString(s) {
		return time.Time{}, false
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	return t, err == nil
}

// runWait sleeps on the execution's clock.
func (t *thread) runWait(st *state, raw value.Value) (stepResult, *failure) {
	r, eff, f := t.passThrough(st, raw, st.next)
	if f != nil {
		return stepResult{}, f
	}
	w := st.wait
	now := t.ex.now()
	var d time.Duration
	switch {
	case w.seconds != nil:
		d = time.Duration(*w.seconds) * time.Second
	case w.timestamp != nil:
		d = w.timestamp.Sub(now)
	case w.secondsPath != nil:
		v, ok, err := t.readPath(w.secondsPath, eff)
		if err != nil || !ok {
			return stepResult{}, t.runtimeFailure("The SecondsPath parameter does not reference an input value: " + w.secondsPath.raw)
		}
		n, isNum := v.(float64)
		switch {
		case !isNum || n != math.Trunc(n):
			return stepResult{}, t.runtimeFailure(fmt.Sprintf("The SecondsPath parameter cannot be parsed as a long value: %s == %s", w.secondsPath.raw, stringOf(v)))
		case n < 0:
			return stepResult{}, t.runtimeFailure(fmt.Sprintf("The SecondsPath parameter references a negative value: %s == %s", w.secondsPath.raw, stringOf(v)))
		case n > maxWaitSeconds:
			return stepResult{}, t.runtimeFailure("Wait state delay is too long.")
		}
		d = time.Duration(n) * time.Second
	case w.timestampPath != nil:
		v, ok, err := t.readPath(w.timestampPath, eff)
		if err != nil || !ok {
			return stepResult{}, t.runtimeFailure("The TimestampPath parameter does not reference an input value: " + w.timestampPath.raw)
		}
		s, _ := v.(string)
		ts, good := parseTimestamp(s)
		if !good {
			return stepResult{}, t.runtimeFailure(fmt.Sprintf("The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time format string: %s == %s", w.timestampPath.raw, stringOf(v)))
		}
		d = ts.Sub(now)
	case w.secondsExpr != nil:
		v, f := w.secondsExpr.eval(t.statesEnv(raw, nil, nil))
		if f != nil {
			return stepResult{}, f
		}
		n, isNum := v.(float64)
		if !isNum || n != math.Trunc(n) || n < 0 {
			return stepResult{}, t.evalFailure("Seconds", fmt.Sprintf("The Seconds field must be a non-negative integer but was: %s", jsonText(v)))
		}
		d = time.Duration(n) * time.Second
	case w.timestampExpr != nil:
		v, f := w.timestampExpr.eval(t.statesEnv(raw, nil, nil))
		if f != nil {
			return stepResult{}, f
		}
		s, _ := v.(string)
		ts, good := parseTimestamp(s)
		if !good {
			f := t.evalFailure("Timestamp", "The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format string: "+stringOf(v))
			f.afterEntered = true
			return stepResult{}, f
		}
		d = ts.Sub(now)
	}
	if d > maxWaitSeconds*time.Second {
		return stepResult{}, t.runtimeFailure("Wait state delay is too long.")
	}
	if !t.ex.clock.Sleep(t.cx, d) {
		return stepResult{}, &failure{fatal: true}
	}
	return r, nil
}
