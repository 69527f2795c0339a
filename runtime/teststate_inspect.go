package runtime

import (
	"sync"

	"github.com/stepwise-go/stepwise/value"
)

// The keys the pipeline notes for TestState's inspection data.
const (
	noteInput                      = "input"
	noteAfterInputPath             = "afterInputPath"
	noteAfterParameters            = "afterParameters"
	noteAfterArguments             = "afterArguments"
	noteAfterItemsPath             = "afterItemsPath"
	noteResult                     = "result"
	noteAfterResultSelector        = "afterResultSelector"
	noteAfterResultPath            = "afterResultPath"
	noteMaxConcurrency             = "maxConcurrency"
	noteToleratedFailureCount      = "toleratedFailureCount"
	noteToleratedFailurePercentage = "toleratedFailurePercentage"
	noteVariables                  = "variables"
)

// testRun is the state of one TestState call: what the request asked
// for and what the pipeline noted.
type testRun struct {
	level     string
	mock      *parsedMock
	config    *StateConfiguration
	stateType string
	// context is the request's $$ (used as given); defaults otherwise.
	context  value.Value
	defaults *value.Object

	mu        sync.Mutex
	notes     map[string]value.Value
	details   *ErrorDetails
	retriable bool
	catchNext bool     // a catcher took the error
	catchErr  *failure // the error it took
}

// note records a pipeline value (the first one for each key).
func (tr *testRun) note(key string, v value.Value) {
	tr.mu.Lock()
	defer tr.mu.Unlock()
	if tr.notes == nil {
		tr.notes = map[string]value.Value{}
	}
	if _, done := tr.notes[key]; !done {
		tr.notes[key] = v
	}
}

// retryCounts starts every retrier at the configured retry count.
func (tr *testRun) retryCounts(counts []int64) {
	if tr.config == nil || tr.config.RetrierRetryCount == nil {
		return
	}
	for i := range counts {
		counts[i] = *tr.config.RetrierRetryCount
	}
}

// retry records which retrier matched (i, -1 for none) and reports
// whether it would retry: TestState then stops with RETRIABLE.
func (tr *testRun) retry(rs []*retrier, i int, counts []int64, rnd func() float64) bool {
	if i < 0 {
		return false
	}
	idx := i
	tr.details = &ErrorDetails{RetryIndex: &idx}
	if counts[i] >= rs[i].maxAttempts {
		return false
	}
	secs := retryDelay(rs[i], counts[i], rnd).Seconds()
	tr.details.RetryBackoffIntervalSeconds = &secs
	tr.retriable = true
	return true
}

// caught records that catcher ci took f.
func (tr *testRun) caught(ci int, f *failure) {
	if tr.details == nil {
		tr.details = &ErrorDetails{}
	}
	idx := ci
	tr.details.CatchIndex = &idx
	tr.catchNext = true
	tr.catchErr = f
}

// contextObject is $$ in a TestState: the request's object as given, or
// the defaults with the State part of the running state.
func (tr *testRun) contextObject(t *thread) value.Value {
	if tr.context != nil {
		return tr.context
	}
	c := tr.defaults.Copy()
	st := value.NewObject(3)
	st.Set("Name", testStateName)
	st.Set("EnteredTime", formatTime(*t.enteredAt))
	switch tr.stateType {
	case "Task", "Map", "Parallel":
		n := 0.0
		if tr.config != nil && tr.config.RetrierRetryCount != nil {
			n = float64(*tr.config.RetrierRetryCount)
		}
		st.Set("RetryCount", n)
	}
	c.Set("State", st)
	if t.mapItem != nil {
		m := value.NewObject(1)
		m.Set("Item", t.mapItem)
		c.Set("Map", m)
	}
	return c
}

// response turns the run's outcome into the TestState response.
func (tr *testRun) response(p *Program, st *state, out value.Value, next int, f *failure) *TestStateResponse {
	r := &TestStateResponse{}
	switch {
	case f != nil && tr.retriable:
		r.Status = TestRetriable
	case f != nil:
		r.Status = TestFailed
	case tr.catchNext:
		r.Status = TestCaughtError
		f = tr.catchErr
		r.Output = out
	default:
		r.Status = TestSucceeded
		r.Output = out
	}
	if f != nil {
		r.Error, r.HasError = f.Error, f.HasError
		r.Cause, r.HasCause = f.Cause, f.HasCause
	}
	if r.Status == TestSucceeded || r.Status == TestCaughtError {
		r.NextState = stateNameAt(p.root, st, next)
	}
	if tr.level != InspectInfo {
		r.Inspection = tr.inspection()
	}
	return r
}

// inspection builds the inspection data from the notes.
func (tr *testRun) inspection() *InspectionData {
	tr.mu.Lock()
	defer tr.mu.Unlock()
	n := tr.notes
	d := &InspectionData{
		Input: n[noteInput], AfterInputPath: n[noteAfterInputPath], AfterParameters: n[noteAfterParameters],
		AfterArguments: n[noteAfterArguments], AfterItemsPath: n[noteAfterItemsPath], Result: n[noteResult],
		AfterResultSelector: n[noteAfterResultSelector], AfterResultPath: n[noteAfterResultPath],
		MaxConcurrency: n[noteMaxConcurrency], ToleratedFailureCount: n[noteToleratedFailureCount],
		ToleratedFailurePercentage: n[noteToleratedFailurePercentage], ErrorDetails: tr.details,
	}
	if v, ok := n[noteVariables].(*value.Object); ok {
		d.Variables = v
	}
	return d
}

// JSON renders the response in the TestState API's shape, with output
// and inspection values as JSON values (AWS sends them as JSON text).
func (r *TestStateResponse) JSON() *value.Object {
	o := value.NewObject(7)
	if r.Output != nil {
		o.Set("output", r.Output)
	}
	if r.HasError {
		o.Set("error", r.Error)
	}
	if r.HasCause {
		o.Set("cause", r.Cause)
	}
	if r.Inspection != nil {
		o.Set("inspectionData", r.Inspection.JSON())
	}
	if r.NextState != "" {
		o.Set("nextState", r.NextState)
	}
	o.Set("status", r.Status)
	return o
}

// JSON renders the inspection data with the API's field names, leaving
// out the steps the state did not reach.
func (d *InspectionData) JSON() *value.Object {
	o := value.NewObject(12)
	set := func(k string, v value.Value) {
		if v != nil {
			o.Set(k, v)
		}
	}
	set("input", d.Input)
	set("afterInputPath", d.AfterInputPath)
	set("afterParameters", d.AfterParameters)
	set("afterArguments", d.AfterArguments)
	set("afterItemsPath", d.AfterItemsPath)
	set("result", d.Result)
	set("afterResultSelector", d.AfterResultSelector)
	set("afterResultPath", d.AfterResultPath)
	set("maxConcurrency", d.MaxConcurrency)
	set("toleratedFailureCount", d.ToleratedFailureCount)
	set("toleratedFailurePercentage", d.ToleratedFailurePercentage)
	if d.Variables != nil {
		o.Set("variables", d.Variables)
	}
	if e := d.ErrorDetails; e != nil {
		ed := value.NewObject(3)
		if e.CatchIndex != nil {
			ed.Set("catchIndex", float64(*e.CatchIndex))
		}
		if e.RetryIndex != nil {
			ed.Set("retryIndex", float64(*e.RetryIndex))
		}
		if e.RetryBackoffIntervalSeconds != nil {
			ed.Set("retryBackoffIntervalSeconds", *e.RetryBackoffIntervalSeconds)
		}
		o.Set("errorDetails", ed)
	}
	return o
}
