package server

import (
	"context"
	"log"
	"sort"
	"sync"
	"time"

	"github.com/stepwise-go/stepwise/runtime"
	"github.com/stepwise-go/stepwise/tasks"
)

// Options configure a Server. The zero value serves an empty, in-memory
// endpoint in us-east-1, account 123456789012 (as Step Functions Local
// does), on a virtual clock, where a Task state nothing answers fails its
// execution.
type Options struct {
	// Region and Account go into every ARN the server makes; defaults
	// "us-east-1" and "123456789012".
	Region, Account string
	// Mocks is a Step Functions Local mock file: StartExecution on
	// "<stateMachineArn>#<TestCase>" answers Task states from that test
	// case of the machine's entry (the entry named like the state
	// machine). Default none.
	Mocks *tasks.MockFile
	// Responder answers Task states a mock test case does not, for
	// example Go handlers (tasks.Handlers). Default none.
	Responder tasks.Responder
	// StubEcho answers every Task state nothing else answers with what it
	// was sent, in the shape its integration returns (tasks.StubEcho).
	// Default false.
	StubEcho bool
	// RealTime makes Wait states, retry intervals and timeouts really
	// wait; by default executions run on a virtual clock, so a Wait ends
	// at once and its history shows the time it would have taken.
	RealTime bool
	// DataDir keeps state machines, activities and executions in
	// DIR/stepwise.db (bbolt), so that they survive a restart. Default ""
	// keeps everything in memory.
	DataDir string
	// ActivityPoll bounds how long GetActivityTask waits for a task;
	// default 60 seconds, AWS's long-poll time.
	ActivityPoll time.Duration
	// Logf reports what the server cannot return to a caller (a failed
	// write of a finished execution); default log.Printf.
	Logf func(format string, args ...any)
	// Clock is the wall clock for creation dates and execution starts;
	// default time.Now.
	Clock func() time.Time
}

// Server is the local Step Functions endpoint; it is an http.Handler.
// Make one with New and Close it to stop its executions and release its
// data directory.
type Server struct {
	opts   Options
	store  *store // nil without DataDir
	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup // one per running execution
	// callbacks routes task tokens and activity tasks to the executions.
	callbacks *runtime.Callbacks

	mu         sync.Mutex
	machines   map[string]*machine   // by ARN
	executions map[string]*execution // by ARN
	activities map[string]*activity  // by ARN
	seq        int64                 // the last execution's Seq
}

// New makes a Server. With Options.DataDir it opens (or creates) the data
// directory and loads what an earlier server kept there; executions that
// were running when that server stopped are shown ABORTED.
func New(opts Options) (*Server, error) {
	if opts.Region == "" {
		opts.Region = "us-east-1"
	}
	if opts.Account == "" {
		opts.Account = "123456789012"
	}
	if opts.ActivityPoll <= 0 {
		opts.ActivityPoll = 60 * time.Second
	}
	if opts.Logf == nil {
		opts.Logf = log.Printf
	}
	if opts.Clock == nil {
		opts.Clock = time.Now
	}
	s := &Server{opts: opts, callbacks: runtime.NewCallbacks(), machines: map[string]*machine{}, executions: map[string]*execution{}, activities: map[string]*activity{}}
	s.ctx, s.cancel = context.WithCancel(context.Background())
	if opts.DataDir != "" {
		st, err := openStore(opts.DataDir)
		if err != nil {
			return nil, err
		}
		s.store = st
		if err := s.load(); err != nil {
			st.close()
			return nil, err
		}
	}
	return s, nil
}

// Close aborts the running executions (they are recorded ABORTED), waits
// for them to be written and closes the data directory. The handler must
// not be used afterwards.
func (s *Server) Close() error {
	s.cancel()
	s.wg.Wait()
	if s.store != nil {
		return s.store.close()
	}
	return nil
}

// now is the server's wall-clock time, in UTC with milliseconds (what the
// API's timestamps can carry).
func (s *Server) now() time.Time { return s.opts.Clock().UTC().Truncate(time.Millisecond) }

// operations maps X-Amz-Target operation names to their handlers.
var operations map[string]operation

func init() {
	operations = map[string]operation{
		"CreateStateMachine":               (*Server).createStateMachine,
		"DescribeStateMachine":             (*Server).describeStateMachine,
		"ListStateMachines":                (*Server).listStateMachines,
		"DeleteStateMachine":               (*Server).deleteStateMachine,
		"UpdateStateMachine":               (*Server).updateStateMachine,
		"DescribeStateMachineForExecution": (*Server).describeStateMachineForExecution,
		"StartExecution":                   (*Server).startExecution,
		"StartSyncExecution":               (*Server).startSyncExecution,
		"DescribeExecution":                (*Server).describeExecution,
		"ListExecutions":                   (*Server).listExecutions,
		"StopExecution":                    (*Server).stopExecution,
		"GetExecutionHistory":              (*Server).getExecutionHistory,
		"SendTaskSuccess":                  (*Server).sendTaskSuccess,
		"SendTaskFailure":                  (*Server).sendTaskFailure,
		"SendTaskHeartbeat":                (*Server).sendTaskHeartbeat,
		"CreateActivity":                   (*Server).createActivity,
		"DescribeActivity":                 (*Server).describeActivity,
		"ListActivities":                   (*Server).listActivities,
		"DeleteActivity":                   (*Server).deleteActivity,
		"GetActivityTask":                  (*Server).getActivityTask,
		"TestState":                        (*Server).testState,
		"ValidateStateMachineDefinition":   (*Server).validateStateMachineDefinition,
	}
}

// Operations returns the names of the API operations the server answers,
// sorted.
func Operations() []string {
	names := make([]string, 0, len(operations))
	for n := range operations {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// logf reports through Options.Logf.
func (s *Server) logf(format string, args ...any) { s.opts.Logf(format, args...) }
