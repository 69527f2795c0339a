package server

import (
	"context"
	"encoding/json"
	"time"

	"github.com/stepwise-go/stepwise/runtime"
)

// The execution statuses the API reports besides the runtime's terminal
// ones.
const statusRunning = "RUNNING"

// execRecord is what the server keeps (and stores) of one execution.
type execRecord struct {
	Seq             int64             `json:"seq"` // start order
	ExecutionArn    string            `json:"executionArn"`
	StateMachineArn string            `json:"stateMachineArn"`
	Name            string            `json:"name"`
	Type            string            `json:"type"`
	Status          string            `json:"status"`
	StartDate       time.Time         `json:"startDate"`
	StopDate        time.Time         `json:"stopDate,omitzero"`
	Input           string            `json:"input"`
	Output          *string           `json:"output,omitempty"`
	Error           string            `json:"error,omitempty"`
	Cause           string            `json:"cause,omitempty"`
	Definition      string            `json:"definition"`
	RoleArn         string            `json:"roleArn"`
	Events          []json.RawMessage `json:"events,omitempty"` // once finished
}

// execution is one execution: its record and, while it runs, the runtime
// execution behind it.
type execution struct {
	rec      execRecord         // guarded by Server.mu
	run      *runtime.Execution // nil for executions loaded from the data directory
	finished chan struct{}      // closed once rec holds the final status
}

// events returns the history: the runtime's while it runs, the record's
// once it has ended. It locks s.mu.
func (s *Server) events(e *execution) []json.RawMessage {
	s.mu.Lock()
	evs := e.rec.Events
	done := e.rec.Status != statusRunning
	s.mu.Unlock()
	if done || e.run == nil {
		return evs
	}
	return encodeEvents(e.run.History())
}

// finalRecord is rec after the execution ended with res and history evs.
func finalRecord(rec execRecord, res *runtime.Result, evs []runtime.Event) execRecord {
	rec.Status = string(res.Status)
	rec.Error, rec.Cause = res.Error, res.Cause
	if res.Status == runtime.Succeeded {
		out := jsonText(res.Output)
		rec.Output = &out
	}
	rec.StopDate = rec.StartDate
	if len(evs) > 0 {
		rec.StopDate = evs[len(evs)-1].Timestamp.UTC().Truncate(time.Millisecond)
	}
	rec.Events = encodeEvents(evs)
	return rec
}

// watch waits for a started execution to end, then records and stores its
// final state.
func (s *Server) watch(e *execution) {
	defer s.wg.Done()
	res := e.run.Wait(context.Background())
	s.mu.Lock()
	rec := finalRecord(e.rec, res, e.run.History())
	s.mu.Unlock()
	err := s.store.put(bucketExecutions, rec.ExecutionArn, &rec)
	s.mu.Lock()
	e.rec = rec
	s.mu.Unlock()
	close(e.finished)
	if err != nil {
		s.logf("stepwise serve: storing %s: %v", rec.ExecutionArn, err)
	}
}
