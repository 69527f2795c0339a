package tasks

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/stepwise-go/stepwise/jsontree"
	"github.com/stepwise-go/stepwise/value"
)

// maxInvocation bounds invocation numbers in keys ("0" to "999999999").
const maxInvocation = 999_999_999

// ParseMockFile parses a Step Functions Local mock configuration file. name
// (usually the file's path) prefixes every problem. Parsing is strict and
// collects every problem before it fails, as a *MockFileError whose
// problems name the JSON pointer of the value at fault: unknown keys at any
// level, duplicate keys, a test case naming a state's response that
// MockedResponses does not define, invocation keys that are not "N" or an
// inclusive range "N-M", that overlap, that do not start at "0" or leave
// gaps, responses with both or neither of Return and Throw, a Throw without
// an Error string. A JSON syntax error is a single problem with its line
// and column.
func ParseMockFile(data []byte, name string) (*MockFile, error) {
	p := &mockParser{file: name, data: data}
	doc, err := jsontree.Parse(data)
	if err != nil {
		var syn *jsontree.SyntaxError
		if errors.As(err, &syn) {
			return nil, &MockFileError{Problems: []Problem{{File: name, Line: syn.Line, Column: syn.Column,
				Msg: fmt.Sprintf("line %d, column %d: %s", syn.Line, syn.Column, syn.Msg)}}}
		}
		return nil, &MockFileError{Problems: []Problem{{File: name, Msg: err.Error()}}}
	}
	f := p.file1(doc)
	if len(p.problems) > 0 {
		return nil, &MockFileError{Problems: p.problems, Omitted: p.omitted}
	}
	return f, nil
}

type mockParser struct {
	file     string
	data     []byte
	problems []Problem
	omitted  int
}

func (p *mockParser) fail(at *jsontree.Value, ptr, format string, args ...any) {
	if len(p.problems) >= maxProblems {
		p.omitted++
		return
	}
	pr := Problem{File: p.file, Pointer: ptr, Msg: fmt.Sprintf(format, args...)}
	if at != nil && at.Offset >= 0 && at.Offset <= len(p.data) {
		pr.Line, pr.Column = lineColumn(p.data, at.Offset)
	}
	p.problems = append(p.problems, pr)
}

func lineColumn(data []byte, offset int) (int, int) {
	line, start := 1, 0
	for i := 0; i < offset; i++ {
		if data[i] == '\n' {
			line, start = line+1, i+1
		}
	}
	return line, offset - start + 1
}

// members checks that v is an object without duplicate keys and returns its
// members; allowed, when not nil, lists the only keys it may have.
func (p *mockParser) members(v *jsontree.Value, ptr, what string, allowed ...string) []jsontree.Member {
	if v.Kind != jsontree.Object {
		p.fail(v, ptr, "%s must be a JSON object, not %s", what, v.Kind)
		return nil
	}
	seen := make(map[string]bool, len(v.Members))
	out := v.Members[:0:0]
	for _, m := range v.Members {
		at := pointer(ptr, m.Key)
		if seen[m.Key] {
			p.fail(m.Value, at, "duplicate key %q", m.Key)
			continue
		}
		seen[m.Key] = true
		if allowed != nil && !contains(allowed, m.Key) {
			p.fail(m.Value, at, "unknown field %q in %s (allowed: %s)", m.Key, what, strings.Join(allowed, ", "))
			continue
		}
		out = append(out, m)
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func (p *mockParser) file1(doc *jsontree.Value) *MockFile {
	f := &MockFile{name: p.file, machines: map[string]map[string]map[string]*mockedResponse{}, responses: map[string]*mockedResponse{}}
	var machines *jsontree.Value
	for _, m := range p.members(doc, "", "a mock file", "StateMachines", "MockedResponses") {
		switch m.Key {
		case "StateMachines":
			machines = m.Value
		case "MockedResponses":
			for _, r := range p.members(m.Value, "/MockedResponses", "MockedResponses") {
				if resp := p.response(r.Key, r.Value, pointer("/MockedResponses", r.Key)); resp != nil {
					f.responses[r.Key] = resp
				}
			}
		}
	}
	if doc.Kind == jsontree.Object && machines == nil {
		p.fail(doc, "", `a mock file needs "StateMachines" (state machine name → {"TestCases": {…}})`)
	}
	if machines != nil {
		p.machines(f, machines, doc)
	}
	return f
}

func (p *mockParser) machines(f *MockFile, machines, doc *jsontree.Value) {
	// A response that failed to parse is defined, so it is not reported
	// twice; only names absent from MockedResponses are undefined.
	defined := map[string]bool{}
	if mr := doc.Get("MockedResponses"); mr != nil && mr.Kind == jsontree.Object {
		for _, m := range mr.Members {
			defined[m.Key] = true
		}
	}
	for _, m := range p.members(machines, "/StateMachines", "StateMachines") {
		mptr := pointer("/StateMachines", m.Key)
		cases := map[string]map[string]*mockedResponse{}
		f.machines[m.Key] = cases
		members := p.members(m.Value, mptr, "a state machine entry", "TestCases")
		if m.Value.Kind == jsontree.Object && len(members) == 0 && len(m.Value.Members) == 0 {
			p.fail(m.Value, mptr, `a state machine entry needs "TestCases" (test case name → {state name: mocked response name})`)
		}
		for _, tc := range members {
			tptr := pointer(mptr, "TestCases")
			for _, c := range p.members(tc.Value, tptr, "TestCases") {
				cptr := pointer(tptr, c.Key)
				states := map[string]*mockedResponse{}
				cases[c.Key] = states
				for _, s := range p.members(c.Value, cptr, "a test case") {
					sptr := pointer(cptr, s.Key)
					if s.Value.Kind != jsontree.String {
						p.fail(s.Value, sptr, "must be the name of a mocked response (a string), not %s", s.Value.Kind)
						continue
					}
					if !defined[s.Value.Text] {
						p.fail(s.Value, sptr, "mocked response %q is not defined in /MockedResponses", s.Value.Text)
						continue
					}
					if r := f.responses[s.Value.Text]; r != nil {
						states[s.Key] = r
					}
				}
			}
		}
	}
}

func (p *mockParser) response(name string, v *jsontree.Value, ptr string) *mockedResponse {
	members := p.members(v, ptr, "a mocked response")
	if v.Kind != jsontree.Object {
		return nil
	}
	before := len(p.problems) + p.omitted
	r := &mockedResponse{name: name}
	for _, m := range members {
		kptr := pointer(ptr, m.Key)
		from, to, ok := invocationKey(m.Key)
		if !ok {
			p.fail(m.Value, kptr, `invalid invocation range: want an invocation number such as "0" or an inclusive range such as "1-2"`)
			continue
		}
		if from > to {
			p.fail(m.Value, kptr, "invalid invocation range: %d-%d ends before it starts", from, to)
			continue
		}
		if a, ok := p.answer(m.Value, kptr); ok {
			a.key, a.from, a.to = m.Key, from, to
			r.answers = append(r.answers, a)
		}
	}
	if len(members) == 0 && len(v.Members) == 0 {
		p.fail(v, ptr, `a mocked response needs at least one invocation, such as "0": {"Return": …}`)
	}
	sort.SliceStable(r.answers, func(i, j int) bool { return r.answers[i].from < r.answers[j].from })
	next, widest := 0, -1 // the first invocation not yet covered; the answer reaching furthest so far
	for i, a := range r.answers {
		switch {
		case widest >= 0 && a.from <= r.answers[widest].to:
			p.fail(v.Get(a.key), pointer(ptr, a.key), "invocations %s overlap key %q (invocation %d has two responses)", describe(a), r.answers[widest].key, a.from)
		case a.from > next:
			p.fail(v.Get(a.key), pointer(ptr, a.key), "no response for %s: every invocation from \"0\" up to the last must have one", describeRange(next, a.from-1))
		}
		if a.to+1 > next {
			next, widest = a.to+1, i
		}
	}
	if len(p.problems)+p.omitted > before || len(r.answers) == 0 {
		return nil
	}
	return r
}

func describe(a answer) string {
	if a.from == a.to {
		return strconv.Itoa(a.from)
	}
	return fmt.Sprintf("%d-%d", a.from, a.to)
}

func describeRange(from, to int) string {
	if from == to {
		return fmt.Sprintf("invocation %d", from)
	}
	return fmt.Sprintf("invocations %d-%d", from, to)
}

// invocationKey reads "N" or "N-M" (decimal digits only).
func invocationKey(key string) (from, to int, ok bool) {
	a, b, isRange := strings.Cut(key, "-")
	if from, ok = invocationNumber(a); !ok {
		return 0, 0, false
	}
	if !isRange {
		return from, from, true
	}
	to, ok = invocationNumber(b)
	return from, to, ok
}

func invocationNumber(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
	}
	n, err := strconv.Atoi(s)
	return n, err == nil && n <= maxInvocation
}

func (p *mockParser) answer(v *jsontree.Value, ptr string) (answer, bool) {
	members := p.members(v, ptr, "a response", "Return", "Throw")
	if v.Kind != jsontree.Object {
		return answer{}, false
	}
	var ret, throw *jsontree.Value
	for _, m := range members {
		if m.Key == "Return" {
			ret = m.Value
		} else {
			throw = m.Value
		}
	}
	switch {
	case ret != nil && throw != nil:
		p.fail(v, ptr, "a response has both Return and Throw: it either returns or throws")
		return answer{}, false
	case ret != nil:
		return answer{ret: value.FromTree(ret)}, true
	case throw != nil:
		f, ok := p.throw(throw, pointer(ptr, "Throw"))
		return answer{throw: f}, ok
	}
	if len(v.Members) == 0 {
		p.fail(v, ptr, `a response needs "Return" (the service's response) or "Throw" ({"Error", "Cause"})`)
	}
	return answer{}, false
}

func (p *mockParser) throw(v *jsontree.Value, ptr string) (*Failure, bool) {
	before := len(p.problems) + p.omitted
	f := &Failure{}
	var hasError bool
	for _, m := range p.members(v, ptr, "Throw", "Error", "Cause") {
		at := pointer(ptr, m.Key)
		if m.Value.Kind != jsontree.String {
			p.fail(m.Value, at, "%s must be a string, not %s", m.Key, m.Value.Kind)
			continue
		}
		if m.Key == "Error" {
			hasError = true
			f.Name = m.Value.Text
			if f.Name == "" {
				p.fail(m.Value, at, "Error must not be empty: Retry and Catch match on it")
			}
		} else {
			f.Cause = m.Value.Text
		}
	}
	if v.Kind == jsontree.Object && !hasError && v.Get("Error") == nil {
		p.fail(v, ptr, `Throw needs "Error" (the error name Retry and Catch match on)`)
	}
	return f, len(p.problems)+p.omitted == before
}
