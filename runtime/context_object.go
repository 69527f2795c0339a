package runtime

import (
	"time"

	"github.com/stepwise-go/stepwise/value"
)

// formatTime writes a context-object time as AWS does:
// 2025-01-15T10:30:00.000Z.
func formatTime(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000Z") }

// contextObject returns $$ for the current state, with AWS's key order:
// Execution{Id, Input, StartTime, Name, RoleArn, RedriveCount},
// StateMachine{Id, Name}, State{Name, EnteredTime[, RetryCount]}[, Task{Token}][, Map].
// It is built once per state entry, retry, task token and Map item, and
// shared (values are immutable), since every path and template of a state
// reads it.
func (t *thread) contextObject() value.Value {
	if t.ex.test != nil {
		return t.ex.test.contextObject(t)
	}
	key := contextKey{state: t.state, enteredAt: t.enteredAt, retryCount: t.retryCount, mapItem: t.mapItem, token: t.token}
	if t.ctxCache != nil && t.ctxKey == key {
		return t.ctxCache
	}
	c := value.NewObject(4)
	c.Set("Execution", t.ex.contextExecution())
	c.Set("StateMachine", t.ex.contextStateMachine())
	if t.state != nil {
		st := value.NewObject(3)
		st.Set("Name", t.state.name)
		st.Set("EnteredTime", formatTime(*t.enteredAt))
		if t.state.typ == "Task" {
			st.Set("RetryCount", float64(t.retryCount))
		}
		c.Set("State", st)
	}
	if t.token != "" {
		tk := value.NewObject(1)
		tk.Set("Token", t.token)
		c.Set("Task", tk)
	}
	if t.mapItem != nil {
		m := value.NewObject(1)
		m.Set("Item", t.mapItem)
		c.Set("Map", m)
	}
	t.ctxKey, t.ctxCache = key, c
	return c
}

// contextKey is what the current state's context object depends on.
type contextKey struct {
	state      *state
	enteredAt  *time.Time
	retryCount int
	mapItem    *value.Object
	token      string
}

// contextExecution is $$.Execution, the same for every state.
func (ex *Execution) contextExecution() *value.Object {
	ex.ctxOnce.Do(ex.buildContextParts)
	return ex.ctxExecution
}

// contextStateMachine is $$.StateMachine, the same for every state.
func (ex *Execution) contextStateMachine() *value.Object {
	ex.ctxOnce.Do(ex.buildContextParts)
	return ex.ctxStateMachine
}

func (ex *Execution) buildContextParts() {
	o := ex.opts
	e := value.NewObject(6)
	e.Set("Id", o.ExecutionArn)
	e.Set("Input", ex.input)
	e.Set("StartTime", formatTime(o.start))
	e.Set("Name", o.Name)
	e.Set("RoleArn", o.RoleArn)
	if o.Type != "EXPRESS" {
		e.Set("RedriveCount", 0.0)
	}
	sm := value.NewObject(2)
	sm.Set("Id", o.StateMachineArn)
	sm.Set("Name", o.StateMachineName)
	ex.ctxExecution, ex.ctxStateMachine = e, sm
}
