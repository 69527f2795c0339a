package runtimetest

import (
	"context"
	"os"
	"strconv"
	"time"

	"github.com/stepwise-go/stepwise/constructs/sfn"
	"github.com/stepwise-go/stepwise/internal/taskrun"
	"github.com/stepwise-go/stepwise/runtime"
	"github.com/stepwise-go/stepwise/tasks"
	"github.com/stepwise-go/stepwise/value"
)

// Epoch is when every execution starts on the virtual clock:
// 2025-01-01T00:00:00Z, so histories are the same on every run.
var Epoch = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)

// Workflow is a compiled state machine with what answers its tasks. Set
// it up with the chaining methods, then Start or Run executions; it is
// not safe for concurrent set-up.
type Workflow struct {
	t        T
	prog     *runtime.Program
	name     string
	handlers *tasks.Handlers
	mocks    *tasks.MockFile
	testCase string
	stub     bool
	silent   bool // Unanswered: no Callbacks, tokens time out
	machines map[string]*runtime.Program
	patience time.Duration
	runs     int
	// Options, when set, adjusts the runtime options of every execution
	// after the kit has filled them in.
	Options func(*runtime.Options)
}

// FromMachine compiles a DSL state machine; build errors fail the test.
func FromMachine(t T, m *sfn.StateMachine) *Workflow {
	t.Helper()
	model, diags := m.Build()
	if diags.HasErrors() {
		t.Fatalf("runtimetest: %s does not build:\n%v", m.Name(), diags)
	}
	prog, err := runtime.Compile(model)
	if err != nil {
		t.Fatalf("runtimetest: %s: %v", m.Name(), err)
	}
	return newWorkflow(t, prog, m.Name())
}

// FromDefinition compiles an ASL definition (JSON text); errors fail the
// test. The state machine is named "StateMachine" (see Named).
func FromDefinition(t T, asl string) *Workflow {
	t.Helper()
	prog, err := runtime.CompileDefinition([]byte(asl))
	if err != nil {
		t.Fatalf("runtimetest: %v", err)
	}
	return newWorkflow(t, prog, "StateMachine")
}

// FromFile compiles the ASL definition in path; errors fail the test.
func FromFile(t T, path string) *Workflow {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("runtimetest: %v", err)
	}
	return FromDefinition(t, string(data))
}

func newWorkflow(t T, prog *runtime.Program, name string) *Workflow {
	return &Workflow{t: t, prog: prog, name: name, handlers: &tasks.Handlers{}, patience: 10 * time.Second}
}

// Named sets the state machine's name (the name mock files and
// $$.StateMachine.Name use).
func (w *Workflow) Named(name string) *Workflow { w.name = name; return w }

// Handle answers the tasks of a state name, resource ARN or Lambda
// function with fn, any function aws-lambda-go's lambda.Start accepts
// (see tasks.Handlers). For a task that waits for a token, fn's result
// answers the token.
func (w *Workflow) Handle(nameOrARN string, fn any) *Workflow {
	w.t.Helper()
	if err := w.handlers.Handle(nameOrARN, fn); err != nil {
		w.t.Fatalf("runtimetest: %v", err)
	}
	return w
}

// Mocks answers tasks from a Step Functions Local mock file's test case,
// for the state machine named like the workflow (see Named).
func (w *Workflow) Mocks(path, testCase string) *Workflow {
	w.t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		w.t.Fatalf("runtimetest: %v", err)
	}
	f, err := tasks.ParseMockFile(data, path)
	if err != nil {
		w.t.Fatalf("runtimetest: %v", err)
	}
	if _, err := f.Case(w.name, testCase); err != nil {
		w.t.Fatalf("runtimetest: %v", err)
	}
	w.mocks, w.testCase = f, testCase
	return w
}

// StubEcho answers every task nothing else answers with what it was
// sent, in its integration's response shape (tasks.StubEcho).
func (w *Workflow) StubEcho() *Workflow { w.stub = true; return w }

// Unanswered makes task tokens unanswerable: a task waiting for one
// times out at once at its TimeoutSeconds (or HeartbeatSeconds), and
// without either the execution times out. WaitForTask and the Send
// methods are then unavailable.
func (w *Workflow) Unanswered() *Workflow { w.silent = true; return w }

// Machine makes a states:startExecution task that names arn run the
// other workflow in-process as a nested execution.
func (w *Workflow) Machine(arn string, other *Workflow) *Workflow {
	if w.machines == nil {
		w.machines = map[string]*runtime.Program{}
	}
	w.machines[arn] = other.prog
	return w
}

// Patience sets how long (real time) the kit waits for an execution to
// end or a task to become pending before failing the test; default 10 s.
func (w *Workflow) Patience(d time.Duration) *Workflow { w.patience = d; return w }

// Run starts an execution with input (JSON text; "" means {}) and waits
// for it to end.
func (w *Workflow) Run(input string) *Run {
	w.t.Helper()
	r := w.Start(input)
	r.Wait()
	return r
}

// Start starts an execution with input (JSON text; "" means {}) and
// returns at once. Executions are named "test-1", "test-2" … in start
// order.
func (w *Workflow) Start(input string) *Run {
	w.t.Helper()
	if input == "" {
		input = "{}"
	}
	in, err := value.ParseString(input)
	if err != nil {
		w.t.Fatalf("runtimetest: input: %v", err)
	}
	w.runs++
	opts := &runtime.Options{Name: "test-" + strconv.Itoa(w.runs), StateMachineName: w.name, Clock: func() time.Time { return Epoch },
		Tasks: w.taskHandler()}
	if !w.silent {
		opts.Callbacks = runtime.NewCallbacks()
	}
	if w.machines != nil {
		opts.StateMachines = func(arn string) (*runtime.Program, error) { return w.machines[arn], nil }
	}
	if w.Options != nil {
		w.Options(opts)
	}
	ctx, cancel := context.WithCancel(context.Background())
	w.t.Cleanup(cancel)
	ex := w.prog.Start(ctx, in, opts)
	return &Run{t: w.t, w: w, ex: ex, cb: opts.Callbacks}
}

// taskHandler chains the handlers, the mock test case and the stub.
func (w *Workflow) taskHandler() runtime.TaskHandler {
	rs := []tasks.Responder{w.handlers}
	if w.mocks != nil {
		mc, _ := w.mocks.Case(w.name, w.testCase)
		rs = append(rs, mc)
	}
	if w.stub {
		rs = append(rs, tasks.StubEcho())
	}
	return taskrun.Handler(w.name, tasks.Chain(rs...))
}

// T is what the kit needs of a test: *testing.T and *testing.B satisfy
// it (any testing.TB does).
type T interface {
	Helper()
	Errorf(format string, args ...any)
	Fatalf(format string, args ...any)
	Cleanup(func())
}
