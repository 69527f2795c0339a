package diagram

import (
	"strconv"
	"time"
)

// StepStatus is how a state fared in one execution, as a trace overlay
// shows it.
type StepStatus string

// The statuses of a state in a trace, from best to worst. A state that
// never ran has no StepTrace at all.
const (
	// StepSucceeded: every visit of the state ended normally.
	StepSucceeded StepStatus = "SUCCEEDED"
	// StepCaught: a visit failed and a Catch moved the execution on.
	StepCaught StepStatus = "CAUGHT"
	// StepRunning: a visit has not ended yet (the execution is running).
	StepRunning StepStatus = "RUNNING"
	// StepFailed: a visit failed the execution (or was a Fail state).
	StepFailed StepStatus = "FAILED"
)

// rank orders statuses so that the worst visit colours a state.
func (s StepStatus) rank() int {
	switch s {
	case StepSucceeded:
		return 1
	case StepCaught:
		return 2
	case StepRunning:
		return 3
	case StepFailed:
		return 4
	}
	return 0
}

// Worse returns whichever of s and o is worse (FAILED > RUNNING > CAUGHT >
// SUCCEEDED); it is how several visits of one state combine.
func (s StepStatus) Worse(o StepStatus) StepStatus {
	if o.rank() > s.rank() {
		return o
	}
	return s
}

// StepTrace is what one execution did in one state, summed over all its
// visits (a loop visits a state many times, a Map iteration visits its
// processor's states once each).
type StepTrace struct {
	// Status is the worst status of the state's visits.
	Status StepStatus `json:"status"`
	// Visits counts the times the state was entered.
	Visits int `json:"visits"`
	// Duration is the time spent in the state over all visits (on the
	// execution's clock, virtual by default).
	Duration time.Duration `json:"durationNanos"`
	// Retries counts the attempts after the first (Task, Parallel, Map).
	Retries int `json:"retries"`
	// Iterations counts the Map iterations started; 0 for other states.
	Iterations int `json:"iterations"`
}

// Trace is the path one execution took, as an overlay on its diagram:
// per state name (state names are unique in a whole machine), how the
// state fared. States missing from Steps did not run.
type Trace struct {
	// Status is the execution's status: SUCCEEDED, FAILED, TIMED_OUT,
	// ABORTED, or RUNNING while it has not ended.
	Status string `json:"status"`
	// Duration is the time from the start to the last event.
	Duration time.Duration `json:"durationNanos"`
	// Steps holds the states that ran, by name.
	Steps map[string]*StepTrace `json:"steps"`
}

// Step returns the trace of the state called name, or nil when it did not
// run (or t is nil).
func (t *Trace) Step(name string) *StepTrace {
	if t == nil {
		return nil
	}
	return t.Steps[name]
}

// stepColors are the overlay colours of the statuses.
var stepColors = map[StepStatus]string{
	StepSucceeded: "#2e7d32",
	StepCaught:    "#ef6c00",
	StepRunning:   "#1565c0",
	StepFailed:    "#c62828",
}

// badge is the short text shown beside a state that ran: its duration,
// then its retries, Map iterations and visits when there are any.
func (st *StepTrace) badge() string {
	out := FormatDuration(st.Duration)
	if st.Iterations > 0 {
		out += " · " + strconv.Itoa(st.Iterations) + " items"
	}
	if st.Visits > 1 {
		out += " · ×" + strconv.Itoa(st.Visits)
	}
	if st.Retries > 0 {
		r := " retries"
		if st.Retries == 1 {
			r = " retry"
		}
		out += " · " + strconv.Itoa(st.Retries) + r
	}
	return out
}

// FormatDuration writes d compactly for a badge: "0s", "250ms", "1.5s",
// "2m30s", "3h5m", "2d4h".
func FormatDuration(d time.Duration) string {
	switch {
	case d <= 0:
		return "0s"
	case d < time.Second:
		return strconv.FormatInt(d.Milliseconds(), 10) + "ms"
	case d < time.Minute:
		return strconv.FormatFloat(float64(d.Round(100*time.Millisecond))/float64(time.Second), 'f', -1, 64) + "s"
	case d < time.Hour:
		m := int64(d / time.Minute)
		s := int64((d % time.Minute) / time.Second)
		return strconv.FormatInt(m, 10) + "m" + strconv.FormatInt(s, 10) + "s"
	case d < 24*time.Hour:
		h := int64(d / time.Hour)
		m := int64((d % time.Hour) / time.Minute)
		return strconv.FormatInt(h, 10) + "h" + strconv.FormatInt(m, 10) + "m"
	}
	days := int64(d / (24 * time.Hour))
	h := int64((d % (24 * time.Hour)) / time.Hour)
	return strconv.FormatInt(days, 10) + "d" + strconv.FormatInt(h, 10) + "h"
}
