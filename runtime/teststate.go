package runtime

import (
	"context"
	"encoding/json"
	"sort"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/value"
)

// The TestState API on one machine: run a single state with a given
// input, variables, context and mock, and report what AWS's TestState
// reports (status, output, error, next state and the inspection data).

// Inspection levels of TestState.
const (
	InspectInfo  = "INFO"  // status, output, error, next state only
	InspectDebug = "DEBUG" // and the data after each step of the pipeline
	InspectTrace = "TRACE" // as DEBUG (HTTP tasks would add request and response)
)

// TestState statuses.
const (
	TestSucceeded   = "SUCCEEDED"    // the state ran and produced output
	TestFailed      = "FAILED"       // the state failed and nothing caught the error
	TestRetriable   = "RETRIABLE"    // the state failed and a retrier would retry it
	TestCaughtError = "CAUGHT_ERROR" // the state failed and a catcher took the error
)

// testStateName is the name a single-state definition runs under, as in
// AWS's messages ("/States/StateName/Branches") and $$.State.Name.
const testStateName = "StateName"

// TestStateRequest is one TestState call. Only Definition is required.
type TestStateRequest struct {
	// Definition is the ASL JSON of one state, or of a whole machine with
	// StateName naming the state to test.
	Definition []byte
	// StateName names the state to test in a whole-machine Definition
	// (states inside Parallel branches and Map processors count).
	StateName string
	// Input is the state input; nil means {}.
	Input value.Value
	// Variables are the workflow variables the state sees; nil means none.
	Variables *value.Object
	// InspectionLevel is INFO (the default), DEBUG or TRACE.
	InspectionLevel string
	// RevealSecrets asks for the HTTP request and response of HTTP tasks
	// unredacted; accepted, and without effect, since no HTTP task runs
	// locally.
	RevealSecrets bool
	// RoleArn is the execution role; a Task state without a mock needs one,
	// as on AWS. It is $$.Execution.RoleArn unless Context gives one.
	RoleArn string
	// Mock, when set, answers the state instead of the service (Task) or
	// the branches and iterations (Parallel, Map).
	Mock *TestStateMock
	// Context is the context object $$ to use (an object with Execution,
	// State, StateMachine, Task); nil gives realistic defaults.
	Context value.Value
	// Config simulates the state's situation: retries already made, Map
	// iteration failures, the data an ItemReader reads.
	Config *StateConfiguration
	// Options supplies the clock, random source, names and the task
	// handler for Task states without a mock; nil gives the defaults.
	Options *Options
}

// TestStateMock is TestState's mock: exactly one of Result and
// ErrorOutput.
type TestStateMock struct {
	// Result is the JSON text the service (Task), the branches (Parallel,
	// an array with one item per branch) or the iterations (Map, an array)
	// return.
	Result string
	// ErrorOutput fails the state with this error and cause.
	ErrorOutput *MockErrorOutput
	// FieldValidationMode checks a Task's Result against the service's
	// response shape: STRICT (the default: types, and required fields),
	// PRESENT (types of the fields present) or NONE.
	FieldValidationMode string
}

// MockErrorOutput is the error a mock raises.
type MockErrorOutput struct {
	Error string `json:"error"`
	Cause string `json:"cause"`
}

// StateConfiguration is TestState's stateConfiguration.
type StateConfiguration struct {
	// RetrierRetryCount is how many retries have already happened: the
	// matching retrier retries only while it is below MaxAttempts.
	RetrierRetryCount *int64 `json:"retrierRetryCount,omitempty"`
	// ErrorCausedByState names the state inside a Map or Parallel that a
	// mocked ErrorOutput comes from.
	ErrorCausedByState string `json:"errorCausedByState,omitempty"`
	// MapIterationFailureCount is how many Map iterations fail (the mock
	// Result's first ones), checked against the tolerated failures.
	MapIterationFailureCount *int64 `json:"mapIterationFailureCount,omitempty"`
	// MapItemReaderData is the JSON text an ItemReader would read.
	MapItemReaderData string `json:"mapItemReaderData,omitempty"`
}

// TestStateResponse is what TestState returns.
type TestStateResponse struct {
	Status string      // SUCCEEDED, FAILED, RETRIABLE or CAUGHT_ERROR
	Output value.Value // SUCCEEDED and CAUGHT_ERROR; nil otherwise
	// Error and Cause name the failure; HasError/HasCause tell an empty
	// value from none.
	Error, Cause       string
	HasError, HasCause bool
	// NextState is the state that would run next; "" at the end.
	NextState string
	// Inspection is the data after each step; nil at INFO level.
	Inspection *InspectionData
}

// InspectionData is TestState's inspectionData: every field is nil when
// the state did not reach that step.
type InspectionData struct {
	Input, AfterInputPath, AfterParameters, AfterArguments   value.Value
	AfterItemsPath, Result, AfterResultSelector, AfterResult value.Value
	// AfterResultPath is the state input with the result placed in it.
	AfterResultPath value.Value
	// MaxConcurrency, ToleratedFailureCount and ToleratedFailurePercentage
	// are a Map's resolved limits.
	MaxConcurrency, ToleratedFailureCount, ToleratedFailurePercentage value.Value
	// Variables are the variables the state saw.
	Variables *value.Object
	// ErrorDetails says which retrier or catcher matched the error.
	ErrorDetails *ErrorDetails
}

// ErrorDetails is which Retry or Catch entry handled an error.
type ErrorDetails struct {
	CatchIndex, RetryIndex *int
	// RetryBackoffIntervalSeconds is the wait before the retry; set only
	// when the state is RETRIABLE.
	RetryBackoffIntervalSeconds *float64
}

// TestState runs one state as AWS's TestState API does. Request problems
// come back as *APIError (ValidationException, InvalidDefinition).
func TestState(ctx context.Context, req *TestStateRequest) (*TestStateResponse, error) {
	if req == nil {
		return nil, validationError("the request is missing")
	}
	level := req.InspectionLevel
	switch level {
	case "":
		level = InspectInfo
	case InspectInfo, InspectDebug, InspectTrace:
	default:
		return nil, validationError("1 validation error detected: Value '" + level + "' at 'inspectionLevel' failed to satisfy constraint: Member must satisfy enum value set: [INFO, DEBUG, TRACE]")
	}
	mock, err := checkMock(req.Mock)
	if err != nil {
		return nil, err
	}
	prog, st, hasResultWriter, err := compileTestState(req.Definition, req.StateName)
	if err != nil {
		return nil, err
	}
	tr := &testRun{level: level, mock: mock, config: req.Config, stateType: st.typ}
	if err := tr.checkRequest(req, st, hasResultWriter); err != nil {
		return nil, err
	}
	input := req.Input
	if input == nil {
		input = value.NewObject(0)
	}
	if req.Context != nil {
		if err := checkTestContext(req.Context); err != nil {
			return nil, err
		}
	}
	opts := Options{Type: "EXPRESS"}
	if req.Options != nil {
		opts = *req.Options
		if opts.Type == "" {
			opts.Type = "EXPRESS"
		}
	}
	if mock != nil && st.typ == "Task" {
		opts.Tasks = mock.taskHandler()
	}
	o := resolveOptions(&opts)
	tr.context = req.Context
	tr.defaults = testContextDefaults(o, req.RoleArn, input)
	ex := &Execution{prog: prog, opts: o, clock: newClock(o), input: input, done: make(chan struct{}),
		hist: newHistory(o.MaxTransitions, prog.states), test: tr}
	ex.ctx, ex.cancel = context.WithCancel(ctx)
	defer ex.cancel()
	t := &thread{ex: ex, cx: ex.ctx, vars: &scope{}, enteredPrev: -1}
	if req.Variables != nil && req.Variables.Len() > 0 {
		t.assignVars(req.Variables)
		tr.note(noteVariables, req.Variables)
	}
	tr.note(noteInput, input)
	out, next, f := t.runState(st, input)
	ex.clock.Freeze()
	return tr.response(prog, st, out, next, f), nil
}

// compileTestState compiles the definition (a single state is wrapped in
// a machine of its own) and finds the state to test.
func compileTestState(def []byte, stateName string) (p *Program, st *state, hasResultWriter bool, err error) {
	var probe map[string]json.RawMessage
	if err := json.Unmarshal(def, &probe); err != nil {
		return nil, nil, false, invalidDefinition("Invalid State Machine Definition: 'The definition is not a JSON object: " + err.Error() + "'")
	}
	_, isMachine := probe["States"]
	name := stateName
	if !isMachine {
		def = wrapState(def, probe)
		name = testStateName
	} else if stateName == "" {
		return nil, nil, false, validationError("State name must be specified when testing a state machine definition")
	}
	m, diags := asl.ParseAndValidate(def)
	if m == nil || diags.HasErrors() {
		return nil, nil, false, definitionError(diags)
	}
	c := &compiler{}
	root, err := c.graph(&m.Graph, m.QueryLanguage.Or(asl.JSONPath))
	if err != nil {
		return nil, nil, false, invalidDefinition("Invalid State Machine Definition: '" + err.Error() + "'")
	}
	p = &Program{root: root, states: c.states}
	if st = findState(root, name); st == nil {
		return nil, nil, false, validationError("State not found in definition")
	}
	if am, ok := findASLState(&m.Graph, name).(*asl.Map); ok {
		hasResultWriter = am.ResultWriter != nil
	}
	return p, st, hasResultWriter, nil
}

// wrapState makes a machine of one state named StateName; the states it
// names (Next, Default, Choices, Catch) become Succeed states so the
// machine validates. They never run.
func wrapState(def []byte, probe map[string]json.RawMessage) []byte {
	targets := map[string]bool{}
	add := func(raw json.RawMessage) {
		var s string
		if json.Unmarshal(raw, &s) == nil && s != "" && s != testStateName {
			targets[s] = true
		}
	}
	add(probe["Next"])
	add(probe["Default"])
	for _, key := range []string{"Choices", "Catch"} {
		var list []map[string]json.RawMessage
		if json.Unmarshal(probe[key], &list) == nil {
			for _, item := range list {
				add(item["Next"])
			}
		}
	}
	out := []byte(`{"StartAt":"` + testStateName + `","States":{"` + testStateName + `":`)
	out = append(out, def...)
	names := make([]string, 0, len(targets))
	for name := range targets {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		key, _ := json.Marshal(name)
		out = append(out, ',')
		out = append(out, key...)
		out = append(out, `:{"Type":"Succeed"}`...)
	}
	return append(out, "}}"...)
}

// findState finds a state by name anywhere in g, branches and Map
// processors included.
func findState(g *graph, name string) *state {
	for _, st := range g.states {
		if st.name == name {
			return st
		}
	}
	for _, st := range g.states {
		for _, b := range st.branches {
			if s := findState(b, name); s != nil {
				return s
			}
		}
		if st.mapSpec != nil {
			if s := findState(st.mapSpec.processor, name); s != nil {
				return s
			}
		}
	}
	return nil
}

// findASLState finds a state of the model by name, as findState does.
func findASLState(g *asl.Graph, name string) asl.State {
	for _, s := range g.States {
		if s.Common().Name == name {
			return s
		}
	}
	for _, s := range g.States {
		var inner []*asl.Graph
		switch s := s.(type) {
		case *asl.Parallel:
			inner = s.Branches
		case *asl.Map:
			if s.ItemProcessor != nil {
				inner = []*asl.Graph{s.ItemProcessor}
			}
		}
		for _, b := range inner {
			if found := findASLState(b, name); found != nil {
				return found
			}
		}
	}
	return nil
}

// stateNameAt returns the name of state i of the graph holding st.
func stateNameAt(g *graph, st *state, i int) string {
	for _, s := range g.states {
		if s == st && i >= 0 && i < len(g.states) {
			return g.states[i].name
		}
	}
	for _, s := range g.states {
		for _, b := range s.branches {
			if n := stateNameAt(b, st, i); n != "" {
				return n
			}
		}
		if s.mapSpec != nil {
			if n := stateNameAt(s.mapSpec.processor, st, i); n != "" {
				return n
			}
		}
	}
	return ""
}

// testContextDefaults is $$ when the request gives none: an Express
// execution of a made-up machine, started now.
func testContextDefaults(o *resolved, roleArn string, input value.Value) *value.Object {
	ex := value.NewObject(5)
	ex.Set("Id", o.ExecutionArn)
	ex.Set("Input", input)
	ex.Set("Name", o.Name)
	if roleArn != "" {
		ex.Set("RoleArn", roleArn)
	} else {
		ex.Set("RoleArn", value.Null)
	}
	ex.Set("StartTime", formatTime(o.start))
	sm := value.NewObject(2)
	sm.Set("Id", o.StateMachineArn)
	sm.Set("Name", o.StateMachineName)
	c := value.NewObject(3)
	c.Set("Execution", ex)
	c.Set("StateMachine", sm)
	return c
}
