package tasks

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/stepwise-go/stepwise/value"
)

// mockDoc wraps MockedResponses (and optionally a test case) into a file.
func mockDoc(testCase, responses string) string {
	return `{"StateMachines": {"M": {"TestCases": {"T": ` + testCase + `}}}, "MockedResponses": ` + responses + `}`
}

func TestParseMockFileProblems(t *testing.T) {
	ok := `{"R": {"0": {"Return": 1}}}`
	tests := []struct {
		name, doc string
		want      []string // substrings of the problems, in order; none = valid
	}{
		{"valid", mockDoc(`{"S": "R"}`, ok), nil},
		{"valid range and throw", mockDoc(`{"S": "R"}`, `{"R": {"0": {"Throw": {"Error": "E"}}, "1-2": {"Return": null}, "3": {"Throw": {"Error": "E", "Cause": "c"}}}}`), nil},
		{"valid without MockedResponses", `{"StateMachines": {"M": {"TestCases": {"T": {}}}}}`, nil},
		{"syntax error", `{"StateMachines": `, []string{"mocks.json: line 1, column 19: "}},
		{"not an object", `[]`, []string{"mocks.json: a mock file must be a JSON object, not array"}},
		{"unknown top-level key", `{"StateMachines": {}, "Mocks": {}}`, []string{`mocks.json: /Mocks: unknown field "Mocks" in a mock file`}},
		{"missing StateMachines", `{"MockedResponses": {}}`, []string{`mocks.json: a mock file needs "StateMachines"`}},
		{"duplicate key", `{"StateMachines": {}, "StateMachines": {}}`, []string{`mocks.json: /StateMachines: duplicate key "StateMachines"`}},
		{"machine without TestCases", `{"StateMachines": {"M": {}}}`, []string{`mocks.json: /StateMachines/M: a state machine entry needs "TestCases"`}},
		{"machine unknown key", `{"StateMachines": {"M": {"TestCases": {}, "Cases": 1}}}`, []string{`/StateMachines/M/Cases: unknown field "Cases"`}},
		{"undefined response", mockDoc(`{"S": "Nope"}`, ok), []string{`mocks.json: /StateMachines/M/TestCases/T/S: mocked response "Nope" is not defined in /MockedResponses`}},
		{"response name not a string", mockDoc(`{"S": 1}`, ok), []string{`/StateMachines/M/TestCases/T/S: must be the name of a mocked response (a string), not number`}},
		{"non-numeric key", mockDoc(`{}`, `{"R": {"0-x": {"Return": 1}}}`), []string{`mocks.json: /MockedResponses/R/0-x: invalid invocation range`}},
		{"negative key", mockDoc(`{}`, `{"R": {"-1": {"Return": 1}}}`), []string{`/MockedResponses/R/-1: invalid invocation range`}},
		{"spaces in key", mockDoc(`{}`, `{"R": {" 0": {"Return": 1}}}`), []string{`/MockedResponses/R/ 0: invalid invocation range`}},
		{"reversed range", mockDoc(`{}`, `{"R": {"0": {"Return": 1}, "3-1": {"Return": 1}}}`), []string{`/MockedResponses/R/3-1: invalid invocation range: 3-1 ends before it starts`}},
		{"overlap", mockDoc(`{}`, `{"R": {"0-2": {"Return": 1}, "2": {"Return": 2}}}`), []string{`/MockedResponses/R/2: invocations 2 overlap key "0-2"`}},
		{"overlap inside a wide range", mockDoc(`{}`, `{"R": {"0-5": {"Return": 1}, "1": {"Return": 2}, "2": {"Return": 2}}}`),
			[]string{`/MockedResponses/R/1: invocations 1 overlap key "0-5"`, `/MockedResponses/R/2: invocations 2 overlap key "0-5"`}},
		{"not from zero", mockDoc(`{}`, `{"R": {"1": {"Return": 1}}}`), []string{`/MockedResponses/R/1: no response for invocation 0`}},
		{"gap", mockDoc(`{}`, `{"R": {"0": {"Return": 1}, "3-4": {"Return": 1}}}`), []string{`/MockedResponses/R/3-4: no response for invocations 1-2`}},
		{"empty response", mockDoc(`{}`, `{"R": {}}`), []string{`/MockedResponses/R: a mocked response needs at least one invocation`}},
		{"both Return and Throw", mockDoc(`{}`, `{"R": {"0": {"Return": 1, "Throw": {"Error": "E"}}}}`), []string{`/MockedResponses/R/0: a response has both Return and Throw`}},
		{"neither Return nor Throw", mockDoc(`{}`, `{"R": {"0": {}}}`), []string{`/MockedResponses/R/0: a response needs "Return"`}},
		{"unknown entry key", mockDoc(`{}`, `{"R": {"0": {"Retrun": 1}}}`), []string{`/MockedResponses/R/0/Retrun: unknown field "Retrun" in a response`}},
		{"Throw without Error", mockDoc(`{}`, `{"R": {"0": {"Throw": {"Cause": "c"}}}}`), []string{`/MockedResponses/R/0/Throw: Throw needs "Error"`}},
		{"Throw Error not a string", mockDoc(`{}`, `{"R": {"0": {"Throw": {"Error": 1}}}}`), []string{`/MockedResponses/R/0/Throw/Error: Error must be a string, not number`}},
		{"Throw empty Error", mockDoc(`{}`, `{"R": {"0": {"Throw": {"Error": ""}}}}`), []string{`/MockedResponses/R/0/Throw/Error: Error must not be empty`}},
		{"Throw unknown key", mockDoc(`{}`, `{"R": {"0": {"Throw": {"Error": "E", "Message": "m"}}}}`), []string{`/MockedResponses/R/0/Throw/Message: unknown field "Message" in Throw`}},
		{"pointer escapes", mockDoc(`{"a/b~c": "X"}`, `{}`), []string{`/StateMachines/M/TestCases/T/a~1b~0c: mocked response "X"`}},
		{"collects all problems", mockDoc(`{"S": "Nope"}`, `{"R": {"x": {"Return": 1}}, "Q": {"0": {}}}`),
			[]string{`/MockedResponses/R/x: invalid`, `/MockedResponses/Q/0: a response needs`, `/StateMachines/M/TestCases/T/S: mocked response "Nope"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := ParseMockFile([]byte(tt.doc), "mocks.json")
			if tt.want == nil {
				if err != nil || f == nil {
					t.Fatalf("want valid, got %v", err)
				}
				return
			}
			var mfe *MockFileError
			if !errors.As(err, &mfe) {
				t.Fatalf("want *MockFileError, got %v", err)
			}
			if len(mfe.Problems) != len(tt.want) {
				t.Fatalf("want %d problems, got %d:\n%v", len(tt.want), len(mfe.Problems), err)
			}
			for i, w := range tt.want {
				if got := mfe.Problems[i].Error(); !strings.Contains(got, w) {
					t.Errorf("problem %d = %q, want it to contain %q", i, got, w)
				}
			}
		})
	}
}

func TestParseMockFileLineColumn(t *testing.T) {
	_, err := ParseMockFile([]byte("{\"StateMachines\": {},\n  \"X\": 1}"), "m.json")
	var mfe *MockFileError
	if !errors.As(err, &mfe) || mfe.Problems[0].Line != 2 || mfe.Problems[0].Column != 8 {
		t.Fatalf("want the problem at 2:8, got %#v", err)
	}
}

func TestParseMockFileBudget(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"StateMachines": {}, "MockedResponses": {"R": {`)
	for i := 0; i < maxProblems+20; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`"x` + strings.Repeat("y", i) + `": {}`)
	}
	b.WriteString(`}}}`)
	_, err := ParseMockFile([]byte(b.String()), "m.json")
	var mfe *MockFileError
	if !errors.As(err, &mfe) || len(mfe.Problems) != maxProblems || mfe.Omitted != 20 || !strings.Contains(err.Error(), "and 20 more") {
		t.Fatalf("want %d problems and 20 omitted, got %d, %d", maxProblems, len(mfe.Problems), mfe.Omitted)
	}
}

func mustParse(t testing.TB, doc string) *MockFile {
	t.Helper()
	f, err := ParseMockFile([]byte(doc), "mocks.json")
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestMockFileCase(t *testing.T) {
	f := mustParse(t, `{"StateMachines": {"B": {"TestCases": {"Happy": {}, "Sad": {}}}, "A": {"TestCases": {}}}}`)
	if _, err := f.Case("B", "Happy"); err != nil {
		t.Fatal(err)
	}
	if _, err := f.Case("C", "Happy"); err == nil || !strings.Contains(err.Error(), `no state machine "C" in StateMachines (it has: "A", "B")`) {
		t.Errorf("unknown machine: %v", err)
	}
	if _, err := f.Case("B", "Other"); err == nil || !strings.Contains(err.Error(), `has no test case "Other" (it has: "Happy", "Sad")`) {
		t.Errorf("unknown test case: %v", err)
	}
	if _, err := f.Case("A", "X"); err == nil || !strings.Contains(err.Error(), "(it has: none)") {
		t.Errorf("machine without cases: %v", err)
	}
}

// respond runs n invocations of state and describes each answer: the
// Return value as JSON, "throw NAME" or "error".
func respond(t testing.TB, r Responder, state string, n int) []string {
	t.Helper()
	var got []string
	for i := 0; i < n; i++ {
		out, ok, err := r.Respond(context.Background(), &Request{State: state})
		var f *Failure
		switch {
		case !ok:
			got = append(got, "unanswered")
		case errors.As(err, &f):
			got = append(got, "throw "+f.Name)
		case err != nil:
			got = append(got, "error")
		default:
			got = append(got, string(value.Marshal(out)))
		}
	}
	return got
}

func TestMockCaseSequence(t *testing.T) {
	f := mustParse(t, mockDoc(`{"S": "R", "U": "R"}`, `{"R": {"0": {"Throw": {"Error": "E0", "Cause": "c"}}, "1-2": {"Return": {"n": 12}}, "3": {"Return": null}}}`))
	c, _ := f.Case("M", "T")
	got := strings.Join(respond(t, c, "S", 5), " | ")
	if want := `throw E0 | {"n":12} | {"n":12} | null | error`; got != want {
		t.Errorf("S: got %s, want %s", got, want)
	}
	// Counters are per state: U starts again at "0".
	if got := respond(t, c, "U", 1)[0]; got != "throw E0" {
		t.Errorf("U: got %s", got)
	}
	// A state outside the test case is not answered.
	if got := respond(t, c, "Other", 1)[0]; got != "unanswered" {
		t.Errorf("Other: got %s", got)
	}
	// A new case has fresh counters.
	c2, _ := f.Case("M", "T")
	if got := respond(t, c2, "S", 1)[0]; got != "throw E0" {
		t.Errorf("fresh case: got %s", got)
	}
	if c.Invocations("S") != 5 || c2.Invocations("S") != 1 || !c.Mocks("S") || c.Mocks("Other") {
		t.Errorf("Invocations/Mocks wrong")
	}
}

func TestNilMockCaseAnswersNothing(t *testing.T) {
	var c *MockCase
	if got := respond(t, Chain(c, answerWith("next")), "S", 1)[0]; got != `"next"` {
		t.Errorf("got %s", got)
	}
}

func TestMockCaseExhausted(t *testing.T) {
	c, _ := mustParse(t, mockDoc(`{"S": "R"}`, `{"R": {"0": {"Return": 1}}}`)).Case("M", "T")
	respond(t, c, "S", 1)
	_, ok, err := c.Respond(context.Background(), &Request{State: "S"})
	var ex *ExhaustedError
	var f *Failure
	if !ok || !errors.As(err, &ex) || errors.As(err, &f) || ex.Invocation != 1 || ex.Last != 0 {
		t.Fatalf("want an *ExhaustedError (not a Failure) for invocation 1, got %v", err)
	}
	if !strings.Contains(err.Error(), `add a key "1"`) {
		t.Errorf("message should say how to fix it: %v", err)
	}
}

func TestMockCaseCancelled(t *testing.T) {
	c, _ := mustParse(t, mockDoc(`{"S": "R"}`, `{"R": {"0": {"Return": 1}}}`)).Case("M", "T")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, ok, err := c.Respond(ctx, &Request{State: "S"}); !ok || !errors.Is(err, context.Canceled) || c.Invocations("S") != 0 {
		t.Fatalf("a cancelled invocation must not consume a response: %v", err)
	}
}

func TestMockCaseConcurrent(t *testing.T) {
	c, _ := mustParse(t, mockDoc(`{"S": "R"}`, `{"R": {"0-99": {"Return": 1}}}`)).Case("M", "T")
	var wg sync.WaitGroup
	var mu sync.Mutex
	errs := 0
	for i := 0; i < 101; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, _, err := c.Respond(context.Background(), &Request{State: "S"}); err != nil {
				mu.Lock()
				errs++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if errs != 1 || c.Invocations("S") != 101 {
		t.Fatalf("want exactly one of 101 concurrent invocations past the 100 responses, got %d errors", errs)
	}
}

func TestMockCaseThrowIsACopy(t *testing.T) {
	c, _ := mustParse(t, mockDoc(`{"S": "R"}`, `{"R": {"0-1": {"Throw": {"Error": "E"}}}}`)).Case("M", "T")
	_, _, err := c.Respond(context.Background(), &Request{State: "S"})
	err.(*Failure).Name = "changed"
	if got := respond(t, c, "S", 1)[0]; got != "throw E" {
		t.Errorf("changing a returned Failure changed the mock: %s", got)
	}
}

func FuzzParseMockFile(f *testing.F) {
	f.Add([]byte(mockDoc(`{"S": "R"}`, `{"R": {"0": {"Throw": {"Error": "E"}}, "1-2": {"Return": {"a": [1]}}}}`)))
	f.Add([]byte(`{"StateMachines": {"M": {"TestCases": {"T": {"S": "X"}}}}, "MockedResponses": {"X": {"0-999999999": {"Return": 1}}}}`))
	f.Add([]byte(`{"StateMachines": []}`))
	f.Add([]byte(`{"MockedResponses": {"R": {"5-2": {}, "x": 1}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		mf, err := ParseMockFile(data, "fuzz.json")
		if err != nil {
			var mfe *MockFileError
			if !errors.As(err, &mfe) || len(mfe.Problems) == 0 {
				t.Fatalf("errors must be a non-empty *MockFileError: %v", err)
			}
			return
		}
		for _, m := range mf.Machines() {
			for _, tc := range mf.TestCases(m) {
				c, err := mf.Case(m, tc)
				if err != nil {
					t.Fatal(err)
				}
				for state := range c.states {
					for i := 0; i < 3; i++ {
						if _, ok, _ := c.Respond(context.Background(), &Request{State: state}); !ok {
							t.Fatalf("a mocked state must be answered")
						}
					}
				}
			}
		}
	})
}
