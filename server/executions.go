package server

import (
	"context"
	"crypto/rand"
	"fmt"
	"net/http"
	"sort"
	"strings"
	"time"

	"github.com/stepwise-go/stepwise/internal/taskrun"
	"github.com/stepwise-go/stepwise/runtime"
	"github.com/stepwise-go/stepwise/value"
)

type startExecutionRequest struct {
	StateMachineArn string  `json:"stateMachineArn"`
	Name            string  `json:"name"`
	Input           *string `json:"input"`
}

type startExecutionResponse struct {
	ExecutionArn string `json:"executionArn"`
	StartDate    epoch  `json:"startDate"`
}

// started is an execution ready to run: its record, program and options.
type started struct {
	rec  execRecord
	prog *runtime.Program
	opts *runtime.Options
	in   value.Value
}

// prepare reads and checks a StartExecution or StartSyncExecution
// request and builds what runs it. "<stateMachineArn>#<TestCase>" picks
// a test case of the mock file, as Step Functions Local does.
func (s *Server) prepare(body []byte) (*started, error) {
	var req startExecutionRequest
	if err := decode(body, &req); err != nil {
		return nil, err
	}
	machineArn, testCase, _ := strings.Cut(req.StateMachineArn, "#")
	m, err := s.lookupMachine(machineArn)
	if err != nil {
		return nil, err
	}
	name := req.Name
	if name == "" {
		name = newUUID()
	}
	if err := checkName("execution", name); err != nil {
		return nil, err
	}
	inText := "{}"
	if req.Input != nil {
		inText = *req.Input
	}
	in, perr := value.ParseString(inText)
	if perr != nil {
		return nil, newError(errInvalidExecutionInput, "Invalid State Machine Execution Input: '%v'", perr)
	}
	r, err := s.responder(m.Name, testCase)
	if err != nil {
		return nil, err
	}
	start := s.now()
	clock := func() time.Time { return start }
	if s.opts.RealTime {
		clock = s.opts.Clock
	}
	arn := s.executionArn(m.Name, name, m.Type)
	opts := &runtime.Options{Name: name, ExecutionArn: arn, RoleArn: m.RoleArn, StateMachineArn: m.Arn,
		StateMachineName: m.Name, Type: m.Type, Clock: clock, RealTime: s.opts.RealTime,
		Tasks: taskrun.Handler(m.Name, r), Callbacks: s.callbacks}
	rec := execRecord{ExecutionArn: arn, StateMachineArn: m.Arn, Name: name, Type: m.Type, Status: statusRunning,
		StartDate: start, Input: inText, Definition: m.Definition, RoleArn: m.RoleArn}
	return &started{rec: rec, prog: m.prog, opts: opts, in: in}, nil
}

func (s *Server) startExecution(_ *http.Request, body []byte) (any, error) {
	st, err := s.prepare(body)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ctx.Err() != nil {
		return nil, &APIError{Type: errInternal, Message: "the server is shutting down", Status: http.StatusServiceUnavailable}
	}
	if old := s.executions[st.rec.ExecutionArn]; old != nil {
		// Same name and input while it runs: the same answer, as on AWS.
		if old.rec.Status == statusRunning && old.rec.Input == st.rec.Input {
			return startExecutionResponse{ExecutionArn: old.rec.ExecutionArn, StartDate: epoch(old.rec.StartDate)}, nil
		}
		return nil, newError(errExecutionAlreadyExists, "Execution Already Exists: '%s'", st.rec.ExecutionArn)
	}
	st.rec.Seq = s.nextSeq()
	if err := s.store.put(bucketExecutions, st.rec.ExecutionArn, &st.rec); err != nil {
		return nil, err
	}
	e := &execution{rec: st.rec, finished: make(chan struct{})}
	e.run = st.prog.Start(s.ctx, st.in, st.opts)
	s.executions[st.rec.ExecutionArn] = e
	s.wg.Add(1)
	go s.watch(e)
	return startExecutionResponse{ExecutionArn: st.rec.ExecutionArn, StartDate: epoch(st.rec.StartDate)}, nil
}

// nextSeq numbers executions in start order; s.mu is held.
func (s *Server) nextSeq() int64 {
	s.seq++
	return s.seq
}

type syncExecutionResponse struct {
	ExecutionArn    string          `json:"executionArn"`
	StateMachineArn string          `json:"stateMachineArn"`
	Name            string          `json:"name"`
	StartDate       epoch           `json:"startDate"`
	StopDate        epoch           `json:"stopDate"`
	Status          string          `json:"status"`
	Input           string          `json:"input"`
	InputDetails    map[string]bool `json:"inputDetails"`
	Output          *string         `json:"output,omitempty"`
	OutputDetails   map[string]bool `json:"outputDetails,omitempty"`
	Error           string          `json:"error,omitempty"`
	Cause           string          `json:"cause,omitempty"`
	BillingDetails  map[string]int  `json:"billingDetails"`
}

// startSyncExecution runs an Express execution to its end and answers
// with its result. As on AWS, it is not listed or described afterwards.
func (s *Server) startSyncExecution(r *http.Request, body []byte) (any, error) {
	st, err := s.prepare(body)
	if err != nil {
		return nil, err
	}
	if st.rec.Type != typeExpress {
		return nil, newError(errStateMachineTypeNotSupp, "StartSyncExecution runs EXPRESS state machines; %s is %s", st.rec.StateMachineArn, st.rec.Type)
	}
	ctx, cancel := context.WithCancel(r.Context())
	defer cancel()
	stop := context.AfterFunc(s.ctx, cancel)
	defer stop()
	run := st.prog.Start(ctx, st.in, st.opts)
	<-run.Done()
	res := run.Wait(context.Background())
	rec := finalRecord(st.rec, res, run.History())
	out := syncExecutionResponse{ExecutionArn: rec.ExecutionArn, StateMachineArn: rec.StateMachineArn, Name: rec.Name,
		StartDate: epoch(rec.StartDate), StopDate: epoch(rec.StopDate), Status: rec.Status, Input: rec.Input,
		InputDetails: map[string]bool{"included": true}, Output: rec.Output, Error: rec.Error, Cause: rec.Cause,
		BillingDetails: map[string]int{"billedMemoryUsedInMB": 64, "billedDurationInMilliseconds": 100}}
	if rec.Output != nil {
		out.OutputDetails = map[string]bool{"included": true}
	}
	return out, nil
}

// lookupExecution finds an execution by ARN: InvalidArn for a malformed
// ARN, ExecutionDoesNotExist for an unknown one.
func (s *Server) lookupExecution(arn string) (*execution, error) {
	if err := checkArn("executionArn", arn, "execution", 2); err != nil {
		return nil, err
	}
	s.mu.Lock()
	e := s.executions[arn]
	s.mu.Unlock()
	if e == nil {
		return nil, newError(errExecutionDoesNotExist, "Execution Does Not Exist: '%s'", arn)
	}
	return e, nil
}

// executionRecordOf reads a request naming one execution
// ({"executionArn": …}) and returns a copy of that execution's record.
func (s *Server) executionRecordOf(body []byte) (execRecord, error) {
	var req executionArnRequest
	if err := decode(body, &req); err != nil {
		return execRecord{}, err
	}
	e, err := s.lookupExecution(req.ExecutionArn)
	if err != nil {
		return execRecord{}, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return e.rec, nil
}

type describeExecutionResponse struct {
	ExecutionArn    string          `json:"executionArn"`
	StateMachineArn string          `json:"stateMachineArn"`
	Name            string          `json:"name"`
	Status          string          `json:"status"`
	StartDate       epoch           `json:"startDate"`
	StopDate        *epoch          `json:"stopDate,omitempty"`
	Input           string          `json:"input"`
	InputDetails    map[string]bool `json:"inputDetails"`
	Output          *string         `json:"output,omitempty"`
	OutputDetails   map[string]bool `json:"outputDetails,omitempty"`
	Error           string          `json:"error,omitempty"`
	Cause           string          `json:"cause,omitempty"`
	RedriveCount    int             `json:"redriveCount"`
	RedriveStatus   string          `json:"redriveStatus"`
}

func (s *Server) describeExecution(_ *http.Request, body []byte) (any, error) {
	rec, err := s.executionRecordOf(body)
	if err != nil {
		return nil, err
	}
	out := describeExecutionResponse{ExecutionArn: rec.ExecutionArn, StateMachineArn: rec.StateMachineArn, Name: rec.Name,
		Status: rec.Status, StartDate: epoch(rec.StartDate), StopDate: epochPtr(rec.StopDate), Input: rec.Input,
		InputDetails: map[string]bool{"included": true}, Output: rec.Output, Error: rec.Error, Cause: rec.Cause,
		RedriveStatus: "NOT_REDRIVABLE"}
	if rec.Output != nil {
		out.OutputDetails = map[string]bool{"included": true}
	}
	return out, nil
}

type listExecutionsRequest struct {
	StateMachineArn string  `json:"stateMachineArn"`
	StatusFilter    string  `json:"statusFilter"`
	MaxResults      int     `json:"maxResults"`
	NextToken       *string `json:"nextToken"`
}

type executionListItem struct {
	ExecutionArn    string `json:"executionArn"`
	StateMachineArn string `json:"stateMachineArn"`
	Name            string `json:"name"`
	Status          string `json:"status"`
	StartDate       epoch  `json:"startDate"`
	StopDate        *epoch `json:"stopDate,omitempty"`
}

// validStatuses are ListExecutions' statusFilter values.
var validStatuses = map[string]bool{"RUNNING": true, "SUCCEEDED": true, "FAILED": true, "TIMED_OUT": true, "ABORTED": true, "PENDING_REDRIVE": true}

// listExecutions lists a machine's executions, newest first.
func (s *Server) listExecutions(_ *http.Request, body []byte) (any, error) {
	var req listExecutionsRequest
	if err := decode(body, &req); err != nil {
		return nil, err
	}
	if req.StatusFilter != "" && !validStatuses[req.StatusFilter] {
		return nil, newError(errValidation, "1 validation error detected: Value '%s' at 'statusFilter' failed to satisfy constraint: Member must satisfy enum value set: [RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED, PENDING_REDRIVE]", req.StatusFilter)
	}
	if _, err := s.lookupMachine(req.StateMachineArn); err != nil {
		return nil, err
	}
	s.mu.Lock()
	var recs []execRecord
	for _, e := range s.executions {
		if e.rec.StateMachineArn == req.StateMachineArn && (req.StatusFilter == "" || e.rec.Status == req.StatusFilter) {
			rec := e.rec
			rec.Events = nil
			recs = append(recs, rec)
		}
	}
	s.mu.Unlock()
	sort.Slice(recs, func(i, j int) bool { return recs[i].Seq > recs[j].Seq })
	got, next, err := page(recs, func(r execRecord) string { return r.ExecutionArn }, req.NextToken, req.MaxResults)
	if err != nil {
		return nil, err
	}
	items := make([]executionListItem, len(got))
	for i, r := range got {
		items[i] = executionListItem{ExecutionArn: r.ExecutionArn, StateMachineArn: r.StateMachineArn, Name: r.Name,
			Status: r.Status, StartDate: epoch(r.StartDate), StopDate: epochPtr(r.StopDate)}
	}
	return map[string]any{"executions": items, "nextToken": next}, nil
}

type stopExecutionRequest struct {
	ExecutionArn string `json:"executionArn"`
	Error        string `json:"error"`
	Cause        string `json:"cause"`
}

// stopExecution aborts a running execution and waits until it is
// recorded ABORTED; stopping an ended execution changes nothing and
// answers with its stop date.
func (s *Server) stopExecution(r *http.Request, body []byte) (any, error) {
	var req stopExecutionRequest
	if err := decode(body, &req); err != nil {
		return nil, err
	}
	e, err := s.lookupExecution(req.ExecutionArn)
	if err != nil {
		return nil, err
	}
	if e.run != nil {
		e.run.Stop(req.Error, req.Cause)
		select {
		case <-e.finished:
		case <-r.Context().Done():
			return nil, r.Context().Err()
		}
	}
	s.mu.Lock()
	stop := e.rec.StopDate
	s.mu.Unlock()
	return map[string]any{"stopDate": epoch(stop)}, nil
}

// newUUID is a random version-4 UUID, the default execution name.
func newUUID() string {
	var b [16]byte
	rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:])
}
