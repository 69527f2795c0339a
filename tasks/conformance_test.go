package tasks

import (
	"context"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stepwise-go/stepwise/value"
)

// mockedCasesDir holds executions recorded on AWS with their tasks'
// responses as a mock file: shared reference material beside the
// repository (../shared from its root), or under $STEPWISE_SHARED when set.
// CI has it; a clone elsewhere skips.
var mockedCasesDir = filepath.Join(sharedDir(), "conformance", "cases", "executions_mocked")

func sharedDir() string {
	if dir := os.Getenv("STEPWISE_SHARED"); dir != "" {
		return dir
	}
	return filepath.Join("..", "..", "shared")
}

type mockedCase struct {
	ID         string          `json:"id"`
	TestCase   string          `json:"test_case"`
	MockConfig json.RawMessage `json:"mock_config"`
	Context    struct {
		StateMachineName string `json:"state_machine_name"`
	} `json:"context"`
	Invocations []struct {
		State          string `json:"state"`
		ScheduledEvent int    `json:"scheduled_event"`
		OutcomeEvent   int    `json:"outcome_event"`
		OutcomeType    string `json:"outcome_type"`
		Response       string `json:"response"`
	} `json:"mock_invocations"`
	Events []struct {
		Type    string `json:"type"`
		ID      int    `json:"id"`
		Details struct {
			Output any    `json:"output"`
			Error  string `json:"error"`
			Cause  string `json:"cause"`
		} `json:"details"`
	} `json:"events"`
}

func loadMockedCases(t *testing.T) map[string]*mockedCase {
	t.Helper()
	if _, err := os.Stat(mockedCasesDir); err != nil {
		t.Skipf("conformance cases not found at %s (the shared reference checkout is absent): %v", mockedCasesDir, err)
	}
	cases := map[string]*mockedCase{}
	err := filepath.WalkDir(mockedCasesDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".json") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		c := &mockedCase{}
		if err := json.Unmarshal(data, c); err != nil {
			return err
		}
		rel, _ := filepath.Rel(mockedCasesDir, path)
		cases[rel] = c
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) < 100 {
		t.Fatalf("found only %d cases in %s", len(cases), mockedCasesDir)
	}
	return cases
}

// TestRecordedMockFiles parses every recorded mock file and replays the
// recorded task invocations, in the order AWS scheduled them, through a
// fresh MockCase: each must get the answer the history shows (the
// TaskSucceeded/LambdaFunctionSucceeded output, or the failure's error and
// cause).
func TestRecordedMockFiles(t *testing.T) {
	cases := loadMockedCases(t)
	invocations := 0
	for name, c := range cases {
		f, err := ParseMockFile(c.MockConfig, name)
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		mc, err := f.Case(c.Context.StateMachineName, c.TestCase)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		events := map[int]int{}
		for i, e := range c.Events {
			events[e.ID] = i
		}
		for i, inv := range c.Invocations {
			if i > 0 && inv.ScheduledEvent < c.Invocations[i-1].ScheduledEvent {
				t.Fatalf("%s: invocations are not in history order", name)
			}
			out, ok, err := mc.Respond(context.Background(), &Request{StateMachine: c.Context.StateMachineName, State: inv.State})
			if !ok {
				t.Errorf("%s: invocation %d of %q not answered", name, i, inv.State)
				continue
			}
			e := c.Events[events[inv.OutcomeEvent]]
			var fail *Failure
			switch {
			case inv.Response == "Return":
				want, werr := value.FromGo(e.Details.Output)
				if err != nil || werr != nil || !value.Equal(out, want) {
					t.Errorf("%s: invocation %d of %q: got %s (%v), want %s", name, i, inv.State, value.Marshal(out), err, value.Marshal(want))
				}
			case errors.As(err, &fail):
				if fail.Name != e.Details.Error || (e.Details.Cause != "" && fail.Cause != e.Details.Cause) {
					t.Errorf("%s: invocation %d of %q: got %q/%q, want %q/%q", name, i, inv.State, fail.Name, fail.Cause, e.Details.Error, e.Details.Cause)
				}
			default:
				t.Errorf("%s: invocation %d of %q: want a Throw, got %v %v", name, i, inv.State, value.Marshal(out), err)
			}
			invocations++
		}
	}
	t.Logf("%d recorded mock files, %d invocations replayed", len(cases), invocations)
}

// TestRecordedSequences pins a few invocation sequences that the recorded
// histories show (RUNTIME-NOTES §10).
func TestRecordedSequences(t *testing.T) {
	cases := loadMockedCases(t)
	for _, tt := range []struct {
		file  string
		state string
		want  []string // what each invocation gets, in order
	}{
		// A Map iteration's retry consumes the next key: "0" then "1".
		{"states_variables/test_map_catch_error[MAP_CATCH_ERROR_OUTPUT_WITH_RETRY].json", "ProcessItem", []string{"throw Exception", "throw Exception", "error"}},
		// Three Map iterations share one counter: "0" to "2".
		{"states_variables/test_map_catch_error[MAP_CATCH_ERROR_OUTPUT].json", "ProcessItem", []string{"throw Exception", "throw Exception", "throw Exception", "error"}},
		// A task retried three times takes four responses.
		{"scenarios/test_lambda_invoke_with_retry_extended_input.json", "InvokeLambdaWithRetry", []string{"throw Exception", "throw Exception", "throw Exception", "throw Exception", "error"}},
		// Each state has its own counter.
		{"local_mocking/test_dynamodb_put_get_item.json", "GetItem", []string{`{"Item":{"data":{"S":"string-literal"},"id":{"S":"id1"}},`, "error"}},
	} {
		c, ok := cases[tt.file]
		if !ok {
			t.Errorf("case %s not found", tt.file)
			continue
		}
		f, err := ParseMockFile(c.MockConfig, tt.file)
		if err != nil {
			t.Fatal(err)
		}
		mc, err := f.Case(c.Context.StateMachineName, c.TestCase)
		if err != nil {
			t.Fatal(err)
		}
		got := respond(t, mc, tt.state, len(tt.want))
		for i := range got {
			if !strings.HasPrefix(got[i], tt.want[i]) {
				t.Errorf("%s: invocation %d got %q, want %q", tt.file, i, got[i], tt.want[i])
			}
		}
	}
}
