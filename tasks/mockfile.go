package tasks

import (
	"fmt"
	"sort"
	"strings"

	"github.com/stepwise-go/stepwise/value"
)

// MockFile is a parsed AWS Step Functions Local mock configuration file
// (MockConfigFile.json, see
// https://docs.aws.amazon.com/step-functions/latest/dg/sfn-local-mock-cfg-file.html):
//
//	{"StateMachines": {MACHINE: {"TestCases": {TEST: {STATE: RESPONSE}}}},
//	 "MockedResponses": {RESPONSE: {"0": {"Return": …}, "1-2": {"Throw": {"Error": …, "Cause": …}}}}}
//
// A MockFile is immutable and safe to share; Case makes the per-execution
// Responder.
type MockFile struct {
	name      string
	machines  map[string]map[string]map[string]*mockedResponse // machine → test case → state → response
	responses map[string]*mockedResponse
}

// mockedResponse is one entry of MockedResponses: its answers by
// invocation number, sorted, without gaps, starting at 0.
type mockedResponse struct {
	name    string
	answers []answer
}

// answer is the Return or Throw of invocations from..to (inclusive).
type answer struct {
	key      string
	from, to int
	ret      value.Value // the Return value (value.Null for "Return": null)
	throw    *Failure    // set for Throw
}

// last is the number of the last invocation the response covers.
func (r *mockedResponse) last() int { return r.answers[len(r.answers)-1].to }

// at returns the answer for invocation n (0-based), or nil past the end.
func (r *mockedResponse) at(n int) *answer {
	i := sort.Search(len(r.answers), func(i int) bool { return r.answers[i].to >= n })
	if i < len(r.answers) && r.answers[i].from <= n {
		return &r.answers[i]
	}
	return nil
}

// Name returns the name the file was parsed with.
func (f *MockFile) Name() string { return f.name }

// Machines returns the state machines' names, sorted.
func (f *MockFile) Machines() []string { return sortedKeys(f.machines) }

// TestCases returns the names of a machine's test cases, sorted; nil for a
// machine the file does not name.
func (f *MockFile) TestCases(machine string) []string { return sortedKeys(f.machines[machine]) }

// Case returns the Responder for one test case of a machine, with its own
// invocation counters: make one per execution. The error lists the
// machines, or the machine's test cases, when the name is not in the file.
func (f *MockFile) Case(machine, testCase string) (*MockCase, error) {
	cases, ok := f.machines[machine]
	if !ok {
		return nil, fmt.Errorf("%s: no state machine %q in StateMachines (it has: %s)", f.name, machine, list(f.Machines()))
	}
	states, ok := cases[testCase]
	if !ok {
		return nil, fmt.Errorf("%s: state machine %q has no test case %q (it has: %s)", f.name, machine, testCase, list(f.TestCases(machine)))
	}
	return &MockCase{machine: machine, testCase: testCase, states: states, counts: make(map[string]int, len(states))}, nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func list(names []string) string {
	if len(names) == 0 {
		return "none"
	}
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = fmt.Sprintf("%q", n)
	}
	return strings.Join(quoted, ", ")
}
