package studio

import (
	"encoding/json"
	"net/http"
	"time"

	"github.com/stepwise-go/stepwise/diagram"
	"github.com/stepwise-go/stepwise/runtime"
)

// followInterval is how often a follower looks for news.
const followInterval = 100 * time.Millisecond

// update is one server-sent event of GET /api/executions/{id}/events: the
// events recorded since the last update, the execution's status and
// trace, the trace picture and the waiting tasks.
type update struct {
	ID      string          `json:"id"`
	Status  string          `json:"status"`
	From    int             `json:"from"` // index of Events[0] in the history
	Events  []runtime.Event `json:"events"`
	Trace   *diagram.Trace  `json:"trace"`
	SVG     string          `json:"svg"`
	Pending []PendingTask   `json:"pending"`
	Result  *runtime.Result `json:"result,omitempty"`
}

func (s *Server) followExecution(w http.ResponseWriter, r *http.Request) {
	e := s.executionAt(r)
	if e == nil {
		http.NotFound(w, r)
		return
	}
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-store")
	sent, sentPending := 0, -1
	tick := time.NewTicker(followInterval)
	defer tick.Stop()
	for {
		done := ended(e)
		events := e.ex.History()
		pending := e.tasks.list()
		if len(events) != sent || len(pending) != sentPending || done {
			tr := TraceOf(events)
			u := update{ID: e.id, Status: tr.Status, From: sent, Events: events[sent:], Trace: tr,
				SVG: string(e.program.diagram.TraceSVG(tr)), Pending: pending}
			if done {
				u.Result = e.ex.Wait(r.Context())
			}
			data, err := json.Marshal(u)
			if err != nil {
				return
			}
			w.Write([]byte("event: update\ndata: "))
			w.Write(data)
			w.Write([]byte("\n\n"))
			if done {
				w.Write([]byte("event: end\ndata: {}\n\n"))
				flusher.Flush()
				return
			}
			flusher.Flush()
			sent, sentPending = len(events), len(pending)
		}
		select {
		case <-r.Context().Done():
			return
		case <-e.ex.Done():
		case <-tick.C:
		}
	}
}
