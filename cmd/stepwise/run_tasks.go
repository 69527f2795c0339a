package main

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/stepwise-go/stepwise/internal/taskrun"
	"github.com/stepwise-go/stepwise/runtime"
	"github.com/stepwise-go/stepwise/tasks"
)

// taskSetup reads --handlers, --mocks, --test-case, --mock-machine and --stub-tasks
// and returns what makes the task handler of one execution (a mock test
// case counts invocations per execution, so every run needs its own). It
// returns a maker of nil handlers when no task flag is given: a Task state
// then fails the run and says how to answer it.
func taskSetup(f *runFlags, opts *runtime.Options) (func() runtime.TaskHandler, error) {
	var stub tasks.Responder
	switch f.stubTasks {
	case "":
	case "echo":
		stub = tasks.StubEcho()
	default:
		return nil, fmt.Errorf("--stub-tasks: want echo, not %q", f.stubTasks)
	}
	handlers, err := handlerSetup(f)
	if err != nil {
		return nil, err
	}
	if f.mocks == "" {
		if f.testCase != "" || f.mockMachine != "" {
			return nil, errors.New("--test-case and --mock-machine need --mocks")
		}
		if stub == nil && handlers == nil {
			return func() runtime.TaskHandler { return nil }, nil
		}
		machine := opts.StateMachineName
		return func() runtime.TaskHandler { return taskrun.Handler(machine, tasks.Chain(handlers, stub)) }, nil
	}
	path := strings.TrimPrefix(f.mocks, "@")
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("--mocks: %w", err)
	}
	file, err := tasks.ParseMockFile(data, path)
	if err != nil {
		return nil, err
	}
	machine := f.mockMachine
	if machine == "" {
		machine = opts.StateMachineName
	}
	if machine == "" {
		names := file.Machines()
		if len(names) != 1 {
			return nil, fmt.Errorf("%s names %d state machines (%s): choose one with --mock-machine", path, len(names), strings.Join(names, ", "))
		}
		machine = names[0]
	}
	if f.testCase == "" {
		return nil, fmt.Errorf("--mocks needs --test-case; %s has for %s: %s", path, machine, strings.Join(file.TestCases(machine), ", "))
	}
	if _, err := file.Case(machine, f.testCase); err != nil {
		return nil, err
	}
	return func() runtime.TaskHandler {
		mc, _ := file.Case(machine, f.testCase)
		return taskrun.Handler(machine, tasks.Chain(handlers, mc, stub))
	}, nil
}
