package server

import (
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/runtime"
)

// The state machine types.
const (
	typeStandard = "STANDARD"
	typeExpress  = "EXPRESS"
)

// machine is one state machine, as the server keeps (and stores) it.
type machine struct {
	Arn        string    `json:"arn"`
	Name       string    `json:"name"`
	Definition string    `json:"definition"`
	RoleArn    string    `json:"roleArn"`
	Type       string    `json:"type"`
	Created    time.Time `json:"created"`
	Revision   int       `json:"revision"`

	prog *runtime.Program
}

// compileDefinition parses, validates and compiles a definition; a
// definition with errors is InvalidDefinition listing every problem, as
// `stepwise validate` prints them.
func compileDefinition(definition string) (*runtime.Program, *APIError) {
	if strings.TrimSpace(definition) == "" {
		return nil, newError(errInvalidDefinition, "Invalid State Machine Definition: 'MISSING_DESCRIPTION: the definition is empty'")
	}
	m, diags := asl.ParseAndValidate([]byte(definition))
	if m == nil || diags.HasErrors() {
		var lines []string
		for _, d := range diags {
			if d.Severity == asl.Error {
				lines = append(lines, problemLine(d))
			}
		}
		return nil, newError(errInvalidDefinition, "Invalid State Machine Definition: '%s'", strings.Join(lines, "; "))
	}
	prog, err := runtime.Compile(m)
	if err != nil {
		return nil, newError(errInvalidDefinition, "Invalid State Machine Definition: '%v'", err)
	}
	return prog, nil
}

// problemLine renders a diagnostic as "/pointer: message [code]".
func problemLine(d asl.Diagnostic) string {
	ptr := d.At.Pointer()
	if ptr == "" {
		ptr = "/"
	}
	return ptr + ": " + d.Message + " [" + string(d.Code) + "]"
}

// checkType returns the machine type, STANDARD when empty.
func checkType(typ string) (string, *APIError) {
	switch typ {
	case "":
		return typeStandard, nil
	case typeStandard, typeExpress:
		return typ, nil
	}
	return "", newError(errValidation, "1 validation error detected: Value '%s' at 'type' failed to satisfy constraint: Member must satisfy enum value set: [STANDARD, EXPRESS]", typ)
}

type createStateMachineRequest struct {
	Name       string `json:"name"`
	Definition string `json:"definition"`
	RoleArn    string `json:"roleArn"`
	Type       string `json:"type"`
}

type createStateMachineResponse struct {
	StateMachineArn string `json:"stateMachineArn"`
	CreationDate    epoch  `json:"creationDate"`
}

func (s *Server) createStateMachine(_ *http.Request, body []byte) (any, error) {
	var req createStateMachineRequest
	if err := decode(body, &req); err != nil {
		return nil, err
	}
	if err := checkName("state machine", req.Name); err != nil {
		return nil, err
	}
	if err := checkRole(req.RoleArn); err != nil {
		return nil, err
	}
	typ, apiErr := checkType(req.Type)
	if apiErr != nil {
		return nil, apiErr
	}
	prog, apiErr := compileDefinition(req.Definition)
	if apiErr != nil {
		return nil, apiErr
	}
	arn := s.machineArn(req.Name)
	s.mu.Lock()
	defer s.mu.Unlock()
	if old := s.machines[arn]; old != nil {
		// Creating the same machine again is idempotent, as on AWS.
		if old.Definition == req.Definition && old.RoleArn == req.RoleArn && old.Type == typ {
			return createStateMachineResponse{StateMachineArn: arn, CreationDate: epoch(old.Created)}, nil
		}
		return nil, newError(errStateMachineAlreadyExists, "State Machine Already Exists: '%s'", arn)
	}
	m := &machine{Arn: arn, Name: req.Name, Definition: req.Definition, RoleArn: req.RoleArn, Type: typ, Created: s.now(), prog: prog}
	if err := s.store.put(bucketMachines, arn, m); err != nil {
		return nil, err
	}
	s.machines[arn] = m
	return createStateMachineResponse{StateMachineArn: arn, CreationDate: epoch(m.Created)}, nil
}

// checkRole requires a role ARN, as AWS does (it is not assumed here).
func checkRole(role string) *APIError {
	if role == "" {
		return newError(errValidation, "1 validation error detected: Value null at 'roleArn' failed to satisfy constraint: Member must not be null")
	}
	if !strings.HasPrefix(role, "arn:") || strings.Count(role, ":") < 5 {
		return newError(errInvalidArn, "Invalid Arn: 'Role ARN is malformed: %s'", role)
	}
	return nil
}

type machineArnRequest struct {
	StateMachineArn string `json:"stateMachineArn"`
}

type describeStateMachineResponse struct {
	StateMachineArn      string         `json:"stateMachineArn"`
	Name                 string         `json:"name"`
	Status               string         `json:"status"`
	Definition           string         `json:"definition"`
	RoleArn              string         `json:"roleArn"`
	Type                 string         `json:"type"`
	CreationDate         epoch          `json:"creationDate"`
	RevisionID           string         `json:"revisionId,omitempty"`
	LoggingConfiguration map[string]any `json:"loggingConfiguration"`
	TracingConfiguration map[string]any `json:"tracingConfiguration"`
}

// lookupMachine finds a state machine by ARN: InvalidArn for a malformed
// ARN, StateMachineDoesNotExist for an unknown one. It locks s.mu.
func (s *Server) lookupMachine(arn string) (*machine, error) {
	if err := checkArn("stateMachineArn", arn, "stateMachine", 1); err != nil {
		return nil, err
	}
	s.mu.Lock()
	m := s.machines[arn]
	s.mu.Unlock()
	if m == nil {
		return nil, newError(errStateMachineDoesNotExist, "State Machine Does Not Exist: '%s'", arn)
	}
	return m, nil
}

func (m *machine) describe() describeStateMachineResponse {
	d := describeStateMachineResponse{StateMachineArn: m.Arn, Name: m.Name, Status: "ACTIVE", Definition: m.Definition,
		RoleArn: m.RoleArn, Type: m.Type, CreationDate: epoch(m.Created),
		LoggingConfiguration: map[string]any{"level": "OFF", "includeExecutionData": false},
		TracingConfiguration: map[string]any{"enabled": false}}
	if m.Revision > 0 {
		d.RevisionID = strconv.Itoa(m.Revision)
	}
	return d
}

func (s *Server) describeStateMachine(_ *http.Request, body []byte) (any, error) {
	var req machineArnRequest
	if err := decode(body, &req); err != nil {
		return nil, err
	}
	m, err := s.lookupMachine(req.StateMachineArn)
	if err != nil {
		return nil, err
	}
	return m.describe(), nil
}

type executionArnRequest struct {
	ExecutionArn string `json:"executionArn"`
}

func (s *Server) describeStateMachineForExecution(_ *http.Request, body []byte) (any, error) {
	rec, err := s.executionRecordOf(body)
	if err != nil {
		return nil, err
	}
	return map[string]any{"stateMachineArn": rec.StateMachineArn, "name": machineNameOf(rec.StateMachineArn),
		"definition": rec.Definition, "roleArn": rec.RoleArn, "updateDate": epoch(rec.StartDate)}, nil
}

type listRequest struct {
	MaxResults int     `json:"maxResults"`
	NextToken  *string `json:"nextToken"`
}

type machineListItem struct {
	StateMachineArn string `json:"stateMachineArn"`
	Name            string `json:"name"`
	Type            string `json:"type"`
	CreationDate    epoch  `json:"creationDate"`
}

func (s *Server) listStateMachines(_ *http.Request, body []byte) (any, error) {
	var req listRequest
	if err := decode(body, &req); err != nil {
		return nil, err
	}
	all := oldestFirst(s, s.machines, func(m *machine) (time.Time, string) { return m.Created, m.Arn })
	got, next, err := page(all, func(m *machine) string { return m.Arn }, req.NextToken, req.MaxResults)
	if err != nil {
		return nil, err
	}
	items := make([]machineListItem, len(got))
	for i, m := range got {
		items[i] = machineListItem{StateMachineArn: m.Arn, Name: m.Name, Type: m.Type, CreationDate: epoch(m.Created)}
	}
	return map[string]any{"stateMachines": items, "nextToken": next}, nil
}

// deleteStateMachine deletes at once; running executions go on, and the
// executions stay listed by ARN. Deleting an unknown machine succeeds, as
// on AWS.
func (s *Server) deleteStateMachine(_ *http.Request, body []byte) (any, error) {
	var req machineArnRequest
	if err := decode(body, &req); err != nil {
		return nil, err
	}
	if err := checkArn("stateMachineArn", req.StateMachineArn, "stateMachine", 1); err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.store.delete(bucketMachines, req.StateMachineArn); err != nil {
		return nil, err
	}
	delete(s.machines, req.StateMachineArn)
	return struct{}{}, nil
}

type updateStateMachineRequest struct {
	StateMachineArn string  `json:"stateMachineArn"`
	Definition      *string `json:"definition"`
	RoleArn         *string `json:"roleArn"`
}

// updateStateMachine changes the definition and role; executions already
// running keep the definition they started with.
func (s *Server) updateStateMachine(_ *http.Request, body []byte) (any, error) {
	var req updateStateMachineRequest
	if err := decode(body, &req); err != nil {
		return nil, err
	}
	m, err := s.lookupMachine(req.StateMachineArn)
	if err != nil {
		return nil, err
	}
	if req.Definition == nil && req.RoleArn == nil {
		return nil, newError(errValidation, "UpdateStateMachine needs a definition or a roleArn (or both)")
	}
	updated := *m
	if req.Definition != nil {
		prog, apiErr := compileDefinition(*req.Definition)
		if apiErr != nil {
			return nil, apiErr
		}
		updated.Definition, updated.prog = *req.Definition, prog
	}
	if req.RoleArn != nil {
		if apiErr := checkRole(*req.RoleArn); apiErr != nil {
			return nil, apiErr
		}
		updated.RoleArn = *req.RoleArn
	}
	updated.Revision++
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.machines[m.Arn] != m {
		return nil, newError(errStateMachineDoesNotExist, "State Machine Does Not Exist: '%s'", m.Arn)
	}
	if err := s.store.put(bucketMachines, m.Arn, &updated); err != nil {
		return nil, err
	}
	s.machines[m.Arn] = &updated
	return map[string]any{"updateDate": epoch(s.now()), "revisionId": strconv.Itoa(updated.Revision)}, nil
}

// machineNameOf is the name at the end of a state machine ARN.
func machineNameOf(arn string) string { return arn[strings.LastIndexByte(arn, ':')+1:] }
