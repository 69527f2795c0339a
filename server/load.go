package server

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/stepwise-go/stepwise/runtime"
	"github.com/stepwise-go/stepwise/value"
)

// abortedOnRestart is the cause recorded for executions that were running
// when the server stopped: they cannot go on, so they show ABORTED, with
// a history of their start and this abort.
const abortedOnRestart = "stepwise serve stopped before the execution ended"

// load reads what an earlier server stored: state machines (compiled
// again), activities and executions.
func (s *Server) load() error {
	err := s.store.each(bucketMachines, func(key string, data []byte) error {
		var m machine
		if err := json.Unmarshal(data, &m); err != nil {
			return fmt.Errorf("state machine %s: %w", key, err)
		}
		prog, apiErr := compileDefinition(m.Definition)
		if apiErr != nil {
			return fmt.Errorf("state machine %s: %s", key, apiErr.Message)
		}
		m.prog = prog
		s.machines[key] = &m
		return nil
	})
	if err == nil {
		err = s.store.each(bucketActivities, func(key string, data []byte) error {
			var a activity
			if err := json.Unmarshal(data, &a); err != nil {
				return fmt.Errorf("activity %s: %w", key, err)
			}
			s.activities[key] = &a
			return s.restoreActivity(&a)
		})
	}
	var interrupted []*execRecord
	if err == nil {
		err = s.store.each(bucketExecutions, func(key string, data []byte) error {
			var rec execRecord
			if err := json.Unmarshal(data, &rec); err != nil {
				return fmt.Errorf("execution %s: %w", key, err)
			}
			if rec.Status == statusRunning {
				interrupted = append(interrupted, &rec)
			}
			s.seq = max(s.seq, rec.Seq)
			e := &execution{rec: rec, finished: make(chan struct{})}
			close(e.finished)
			s.executions[key] = e
			return nil
		})
	}
	if err != nil {
		return fmt.Errorf("--data: %w", err)
	}
	for _, rec := range interrupted {
		abortInterrupted(rec, s.now())
		if err := s.store.put(bucketExecutions, rec.ExecutionArn, rec); err != nil {
			return fmt.Errorf("--data: %w", err)
		}
		s.executions[rec.ExecutionArn].rec = *rec
	}
	return nil
}

// abortInterrupted turns the record of an execution the server lost into
// an ABORTED one: ExecutionStarted, then ExecutionAborted at now.
func abortInterrupted(rec *execRecord, now time.Time) {
	rec.Status = string(runtime.Aborted)
	rec.Cause = abortedOnRestart
	rec.StopDate = now
	started := value.NewObject(3)
	if in, err := value.ParseString(rec.Input); err == nil {
		started.Set("input", jsonText(in))
	} else {
		started.Set("input", rec.Input)
	}
	truncated := value.NewObject(1)
	truncated.Set("truncated", false)
	started.Set("inputDetails", truncated)
	started.Set("roleArn", rec.RoleArn)
	aborted := value.NewObject(1)
	aborted.Set("cause", abortedOnRestart)
	rec.Events = encodeEvents([]runtime.Event{
		{Timestamp: rec.StartDate, Type: "ExecutionStarted", ID: 1, Details: started},
		{Timestamp: now, Type: "ExecutionAborted", ID: 2, PreviousEventID: 1, Details: aborted},
	})
}
