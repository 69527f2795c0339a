package runtime

import (
	"time"

	"github.com/stepwise-go/stepwise/value"
)

// formatTime writes a context-object time as AWS does:
// 2025-01-15T10:30:00.000Z.
func formatTime(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000Z") }

// contextObject builds $$ for the current state, with AWS's key order:
// Execution{Id, Input, StartTime, Name, RoleArn, RedriveCount},
// StateMachine{Id, Name}, State{Name, EnteredTime[, RetryCount]}[, Task{Token}][, Map].
func (t *thread) contextObject() value.Value {
	if t.ex.test != nil {
		return t.ex.test.contextObject(t)
	}
	o := t.ex.opts
	ex := value.NewObject(6)
	ex.Set("Id", o.ExecutionArn)
	ex.Set("Input", t.ex.input)
	ex.Set("StartTime", formatTime(o.start))
	ex.Set("Name", o.Name)
	ex.Set("RoleArn", o.RoleArn)
	if o.Type != "EXPRESS" {
		ex.Set("RedriveCount", 0.0)
	}
	sm := value.NewObject(2)
	sm.Set("Id", o.StateMachineArn)
	sm.Set("Name", o.StateMachineName)
	c := value.NewObject(4)
	c.Set("Execution", ex)
	c.Set("StateMachine", sm)
	if t.state != nil {
		st := value.NewObject(3)
		st.Set("Name", t.state.name)
		st.Set("EnteredTime", t.enteredAt)
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
	return c
}
