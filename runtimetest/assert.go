package runtimetest

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"

	"github.com/google/go-cmp/cmp"

	"github.com/stepwise-go/stepwise/runtime"
	"github.com/stepwise-go/stepwise/snapshots"
	"github.com/stepwise-go/stepwise/value"
)

// AssertSucceeded fails the test unless the execution succeeded with the
// output want (JSON text, compared as JSON values: key order and spacing
// do not matter).
func (r *Run) AssertSucceeded(want string) {
	r.t.Helper()
	res := r.Wait()
	if res.Status != runtime.Succeeded {
		r.t.Fatalf("runtimetest: status %s (error %q, cause %q), want SUCCEEDED", res.Status, res.Error, res.Cause)
	}
	w, err := value.ParseString(want)
	if err != nil {
		r.t.Fatalf("runtimetest: AssertSucceeded: want: %v", err)
	}
	if !equalJSON(w, res.Output) {
		r.t.Errorf("runtimetest: output (-want +got):\n%s", cmp.Diff(indent(w), indent(res.Output)))
	}
}

// AssertFailed fails the test unless the execution ended FAILED with the
// error name; cause, when not "", must be contained in the cause.
func (r *Run) AssertFailed(errorName, cause string) {
	r.t.Helper()
	res := r.Wait()
	if res.Status != runtime.Failed || res.Error != errorName || !strings.Contains(res.Cause, cause) {
		r.t.Errorf("runtimetest: status %s, error %q, cause %q; want FAILED, %q, a cause containing %q",
			res.Status, res.Error, res.Cause, errorName, cause)
	}
}

// AssertStatus fails the test unless the execution ended with status.
func (r *Run) AssertStatus(status runtime.Status) {
	r.t.Helper()
	if res := r.Wait(); res.Status != status {
		r.t.Errorf("runtimetest: status %s (error %q, cause %q), want %s", res.Status, res.Error, res.Cause, status)
	}
}

// AssertPath fails the test unless the states entered were exactly
// states, in order.
func (r *Run) AssertPath(states ...string) {
	r.t.Helper()
	if got := r.Path(); !cmp.Equal(got, states) {
		r.t.Errorf("runtimetest: path (-want +got):\n%s", cmp.Diff(states, got))
	}
}

// AssertRetries fails the test unless the state's task was retried n
// times.
func (r *Run) AssertRetries(state string, n int) {
	r.t.Helper()
	if got := r.Retries(state); got != n {
		r.t.Errorf("runtimetest: %q retried %d times, want %d", state, got, n)
	}
}

// AssertHistory compares the history, as GetExecutionHistory's JSON
// (events indented, one per line group), with the golden file at path
// (relative to the test's package, e.g. "testdata/approved.history.json").
// STEPWISE_UPDATE=1 go test rewrites the file instead.
func (r *Run) AssertHistory(path string) {
	r.t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // JSONata's & and < stay readable
	enc.SetIndent("", "  ")
	if err := enc.Encode(map[string]any{"events": r.History()}); err != nil {
		r.t.Fatalf("runtimetest: %v", err)
	}
	got := buf.Bytes()
	if snapshots.Updating() {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			r.t.Fatalf("runtimetest: %v", err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			r.t.Fatalf("runtimetest: %v", err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		r.t.Fatalf("runtimetest: golden history %s: %v (run `%s=1 go test` to create it)", path, err, snapshots.UpdateEnv)
	}
	if string(want) != string(got) {
		r.t.Errorf("runtimetest: history differs from %s (-want +got):\n%s", path,
			cmp.Diff(strings.Split(string(want), "\n"), strings.Split(string(got), "\n")))
	}
}

func equalJSON(a, b value.Value) bool {
	if b == nil {
		b = value.Null
	}
	return value.Equal(a, b)
}

func indent(v value.Value) string {
	if v == nil {
		return "null"
	}
	return string(value.MarshalIndent(v, "  "))
}
