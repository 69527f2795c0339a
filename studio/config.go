package studio

import "github.com/stepwise-go/stepwise/runtime"

// Workflow is one definition the studio offers.
type Workflow struct {
	// Name is shown in the list and names the workflow in URLs.
	Name string
	// Source says where the definition comes from: "built-in example" or
	// the file's path.
	Source string
	// Definition is the ASL JSON.
	Definition []byte
}

// Config configures a Server.
type Config struct {
	// Addr is the address the page is served on, host:port; default
	// DefaultAddr. Requests must name it in their Host header.
	Addr string
	// Workflows are the definitions offered, in order.
	Workflows []Workflow
	// NewTasks makes the task handler of one execution (mocks or stubs, as
	// the command line configured); nil, or a nil handler, makes Task
	// states other than .waitForTaskToken ones stop the execution with a
	// message saying how to answer them. .waitForTaskToken tasks always
	// wait for Approve or Reject on the page.
	NewTasks func() runtime.TaskHandler
	// MaxBodyBytes bounds a request body (and so an execution input);
	// default DefaultMaxBodyBytes.
	MaxBodyBytes int64
	// MaxExecutions bounds the executions kept; the oldest ended one is
	// dropped first. Default DefaultMaxExecutions.
	MaxExecutions int
}

// Defaults of Config.
const (
	DefaultAddr          = "127.0.0.1:8084"
	DefaultMaxBodyBytes  = 1 << 20 // 1 MiB
	DefaultMaxExecutions = 200
)
