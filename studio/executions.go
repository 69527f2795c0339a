package studio

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"strings"

	"github.com/stepwise-go/stepwise/runtime"
	"github.com/stepwise-go/stepwise/value"
)

// execution is one run started from the page.
type execution struct {
	id      string
	program *program
	ex      *runtime.Execution
	cancel  context.CancelFunc
	tasks   *pendingTasks
}

// startRequest is the body of POST /api/executions.
type startRequest struct {
	Workflow int             `json:"workflow"`
	Input    json.RawMessage `json:"input"`
}

func (s *Server) startExecution(w http.ResponseWriter, r *http.Request) {
	var req startRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			writeError(w, http.StatusRequestEntityTooLarge, "request body too large")
			return
		}
		writeError(w, http.StatusBadRequest, "body: "+err.Error())
		return
	}
	if req.Workflow < 0 || req.Workflow >= len(s.programs) {
		writeError(w, http.StatusNotFound, "no workflow "+strconv.Itoa(req.Workflow))
		return
	}
	p := s.programs[req.Workflow]
	if p.prog == nil {
		writeError(w, http.StatusUnprocessableEntity, p.Name+" cannot run: "+p.problem)
		return
	}
	input := value.Value(value.NewObject(0))
	if len(req.Input) > 0 {
		v, err := value.Parse(req.Input)
		if err != nil {
			writeError(w, http.StatusBadRequest, "input: "+err.Error())
			return
		}
		input = v
	}
	var base runtime.TaskHandler
	if s.newTasks != nil {
		base = s.newTasks()
	}
	e := &execution{program: p, tasks: newPendingTasks()}
	ctx, cancel := context.WithCancel(context.Background())
	e.cancel = cancel
	s.mu.Lock()
	s.next++
	e.id = "e" + strconv.Itoa(s.next)
	s.mu.Unlock()
	opts := &runtime.Options{Name: "studio-" + e.id, StateMachineName: p.Name, RealTime: true, Tasks: e.tasks.handler(base)}
	e.ex = p.prog.Start(ctx, input, opts)
	s.keep(e)
	writeJSON(w, http.StatusCreated, map[string]string{"id": e.id})
}

// keep records an execution, dropping the oldest ended ones (or, when
// all run, the oldest) beyond the limit.
func (s *Server) keep(e *execution) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.execs[e.id] = e
	s.order = append(s.order, e.id)
	for len(s.order) > s.maxExecs {
		drop := 0
		for i, id := range s.order {
			if ended(s.execs[id]) {
				drop = i
				break
			}
		}
		old := s.execs[s.order[drop]]
		old.cancel()
		delete(s.execs, old.id)
		s.order = append(s.order[:drop], s.order[drop+1:]...)
	}
}

func ended(e *execution) bool {
	select {
	case <-e.ex.Done():
		return true
	default:
		return false
	}
}

// executionAt returns the execution the {id} path value names, or nil.
func (s *Server) executionAt(r *http.Request) *execution {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.execs[r.PathValue("id")]
}

func (s *Server) downloadHistory(w http.ResponseWriter, r *http.Request) {
	e := s.executionAt(r)
	if e == nil {
		http.NotFound(w, r)
		return
	}
	events := e.ex.History()
	if events == nil {
		events = []runtime.Event{}
	}
	data, err := json.MarshalIndent(map[string]any{"events": events}, "", "  ")
	if err != nil {
		writeError(w, http.StatusInternalServerError, err.Error())
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Disposition", `attachment; filename="`+safeFileName(e.program.Name)+`-`+e.id+`-history.json"`)
	w.Write(append(data, '\n'))
}

// safeFileName keeps letters, digits, '-' and '_' of name.
func safeFileName(name string) string {
	var b strings.Builder
	for _, c := range name {
		if c < 128 && (c == '-' || c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			b.WriteRune(c)
		}
	}
	if b.Len() == 0 {
		return "execution"
	}
	return b.String()
}

// decision is the body of POST …/tasks/{token}/success|failure.
type decision struct {
	Output json.RawMessage `json:"output"`
	Error  string          `json:"error"`
	Cause  string          `json:"cause"`
}

func (s *Server) decideTask(w http.ResponseWriter, r *http.Request) {
	e := s.executionAt(r)
	if e == nil {
		http.NotFound(w, r)
		return
	}
	var d decision
	if err := json.NewDecoder(r.Body).Decode(&d); err != nil {
		writeError(w, http.StatusBadRequest, "body: "+err.Error())
		return
	}
	token := r.PathValue("token")
	var err error
	switch r.PathValue("decision") {
	case "success":
		out := value.Value(value.NewObject(0))
		if len(d.Output) > 0 {
			if out, err = value.Parse(d.Output); err != nil {
				writeError(w, http.StatusBadRequest, "output: "+err.Error())
				return
			}
		}
		err = e.tasks.succeed(token, out)
	case "failure":
		err = e.tasks.fail(token, d.Error, d.Cause)
	default:
		http.NotFound(w, r)
		return
	}
	if err != nil {
		writeError(w, http.StatusNotFound, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, map[string]bool{"ok": true})
}
