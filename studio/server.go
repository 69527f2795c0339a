package studio

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"net"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/diagram"
	"github.com/stepwise-go/stepwise/runtime"
)

//go:embed assets/index.html assets/app.js assets/app.css
var assets embed.FS

var indexPage = template.Must(template.ParseFS(assets, "assets/index.html"))

// program is a workflow ready to run.
type program struct {
	Workflow
	prog    *runtime.Program
	diagram *diagram.Diagram
	problem string // why it cannot run, "" when it can
}

// Server is the studio: an http.Handler over a set of workflows and the
// executions started from the page.
type Server struct {
	addr     string
	hosts    map[string]bool
	token    string
	maxBody  int64
	maxExecs int
	newTasks func() runtime.TaskHandler
	programs []*program
	mux      *http.ServeMux

	mu    sync.Mutex
	execs map[string]*execution
	order []string // execution ids, oldest first
	next  int
}

// New makes a Server for cfg. Definitions that do not validate are listed
// with their problems but cannot be started.
func New(cfg Config) (*Server, error) {
	s := &Server{addr: cfg.Addr, maxBody: cfg.MaxBodyBytes, maxExecs: cfg.MaxExecutions, newTasks: cfg.NewTasks,
		execs: map[string]*execution{}}
	if s.addr == "" {
		s.addr = DefaultAddr
	}
	if s.maxBody <= 0 {
		s.maxBody = DefaultMaxBodyBytes
	}
	if s.maxExecs <= 0 {
		s.maxExecs = DefaultMaxExecutions
	}
	s.hosts = allowedHosts(s.addr)
	tok, err := newToken()
	if err != nil {
		return nil, err
	}
	s.token = tok
	for _, w := range cfg.Workflows {
		p := &program{Workflow: w}
		m, diags := asl.ParseAndValidate(w.Definition)
		switch {
		case m == nil:
			p.problem = fmt.Sprint(diags)
		case diags.HasErrors():
			p.problem = fmt.Sprint(diags)
			p.diagram = diagram.New(m)
		default:
			p.diagram = diagram.New(m)
			if p.prog, err = runtime.Compile(m); err != nil {
				p.problem = err.Error()
			}
		}
		s.programs = append(s.programs, p)
	}
	s.routes()
	return s, nil
}

// Token is the per-process token state-changing requests must carry in
// TokenHeader; the page has it embedded.
func (s *Server) Token() string { return s.token }

// Addr is the address the server expects in Host headers.
func (s *Server) Addr() string { return s.addr }

// ServeHTTP serves the page, its assets and its API behind the guard.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.guard(s.mux).ServeHTTP(w, r) }

// ListenAndServe serves on the configured address until ctx ends. ready,
// when not nil, is called with the listening address once it accepts
// connections.
func (s *Server) ListenAndServe(ctx context.Context, ready func(addr string)) error {
	ln, err := net.Listen("tcp", s.addr)
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second, MaxHeaderBytes: 64 << 10}
	go func() {
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		srv.Shutdown(shut)
	}()
	if ready != nil {
		ready(ln.Addr().String())
	}
	if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

func (s *Server) routes() {
	m := http.NewServeMux()
	m.HandleFunc("GET /{$}", s.index)
	m.HandleFunc("GET /assets/app.js", s.asset("assets/app.js", "text/javascript; charset=utf-8"))
	m.HandleFunc("GET /assets/app.css", s.asset("assets/app.css", "text/css; charset=utf-8"))
	m.HandleFunc("GET /api/workflows", s.listWorkflows)
	m.HandleFunc("GET /api/workflows/{i}/diagram.svg", s.workflowDiagram)
	m.HandleFunc("GET /api/workflows/{i}/definition.json", s.workflowDefinition)
	m.HandleFunc("POST /api/executions", s.startExecution)
	m.HandleFunc("GET /api/executions/{id}/events", s.followExecution)
	m.HandleFunc("GET /api/executions/{id}/history.json", s.downloadHistory)
	m.HandleFunc("POST /api/executions/{id}/tasks/{token}/{decision}", s.decideTask)
	s.mux = m
}

func (s *Server) index(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	indexPage.Execute(w, map[string]string{"Token": s.token})
}

func (s *Server) asset(name, contentType string) http.HandlerFunc {
	data, _ := assets.ReadFile(name)
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", contentType)
		w.Write(data)
	}
}

// workflowInfo is one entry of GET /api/workflows.
type workflowInfo struct {
	Index   int    `json:"index"`
	Name    string `json:"name"`
	Source  string `json:"source"`
	Problem string `json:"problem,omitempty"`
}

func (s *Server) listWorkflows(w http.ResponseWriter, r *http.Request) {
	list := make([]workflowInfo, 0, len(s.programs))
	for i, p := range s.programs {
		list = append(list, workflowInfo{Index: i, Name: p.Name, Source: p.Source, Problem: p.problem})
	}
	writeJSON(w, http.StatusOK, list)
}

// programAt returns the workflow the {i} path value names, or nil.
func (s *Server) programAt(r *http.Request) *program {
	i, err := strconv.Atoi(r.PathValue("i"))
	if err != nil || i < 0 || i >= len(s.programs) {
		return nil
	}
	return s.programs[i]
}

func (s *Server) workflowDiagram(w http.ResponseWriter, r *http.Request) {
	p := s.programAt(r)
	if p == nil || p.diagram == nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "image/svg+xml")
	w.Write(p.diagram.TraceSVG(nil))
}

func (s *Server) workflowDefinition(w http.ResponseWriter, r *http.Request) {
	p := s.programAt(r)
	if p == nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(p.Definition)
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}

// writeError answers {"error": msg}.
func writeError(w http.ResponseWriter, code int, msg string) {
	writeJSON(w, code, map[string]string{"error": msg})
}
