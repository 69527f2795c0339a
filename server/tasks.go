package server

import (
	"strings"

	"github.com/stepwise-go/stepwise/tasks"
)

// responder builds the task responder of one execution of the machine
// called machine: the mock file's test case (when one is named), then
// Options.Responder, then the echo stub. It returns nil when nothing can
// answer, so that a Task state fails the execution saying how to answer
// it. A test case the mock file does not have is a ValidationException.
func (s *Server) responder(machine, testCase string) (tasks.Responder, error) {
	var chain []tasks.Responder
	if testCase != "" {
		if s.opts.Mocks == nil {
			return nil, newError(errValidation, "the state machine ARN names the test case %q but the server has no mock file (start it with --mocks FILE)", testCase)
		}
		mc, err := s.opts.Mocks.Case(machine, testCase)
		if err != nil {
			cases := s.opts.Mocks.TestCases(machine)
			return nil, newError(errValidation, "%v (the mock file's test cases for %s: %s)", err, machine, strings.Join(cases, ", "))
		}
		chain = append(chain, mc)
	}
	if s.opts.Responder != nil {
		chain = append(chain, s.opts.Responder)
	}
	if s.opts.StubEcho {
		chain = append(chain, tasks.StubEcho())
	}
	if len(chain) == 0 {
		return nil, nil
	}
	return tasks.Chain(chain...), nil
}
