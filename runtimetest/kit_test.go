package runtimetest_test

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stepwise-go/stepwise/runtimetest"
)

// recorder is a runtimetest.T that records failures instead of failing.
type recorder struct {
	errors []string
	fatal  bool
}

func (r *recorder) Helper()        {}
func (r *recorder) Cleanup(func()) {}
func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}
func (r *recorder) Fatalf(format string, args ...any) {
	r.fatal = true
	r.Errorf(format, args...)
	panic(r)
}

// catch runs f with a recorder and returns what it recorded.
func catch(f func(t runtimetest.T)) (rec *recorder) {
	rec = &recorder{}
	defer func() {
		if p := recover(); p != nil && p != rec {
			panic(p)
		}
	}()
	f(rec)
	return rec
}

const passMachine = `{"StartAt":"A","States":{"A":{"Type":"Pass","Result":{"n":1},"Next":"B"},"B":{"Type":"Succeed"}}}`

// TestAssertionsFail: every assertion passes on the right value and
// reports the wrong one.
func TestAssertionsFail(t *testing.T) {
	tests := []struct {
		name   string
		pass   func(r *runtimetest.Run)
		fail   func(r *runtimetest.Run)
		report string
	}{
		{"output", func(r *runtimetest.Run) { r.AssertSucceeded(`{ "n" : 1 }`) }, func(r *runtimetest.Run) { r.AssertSucceeded(`{"n":2}`) }, "output (-want +got)"},
		{"path", func(r *runtimetest.Run) { r.AssertPath("A", "B") }, func(r *runtimetest.Run) { r.AssertPath("A") }, "path (-want +got)"},
		{"failed", nil, func(r *runtimetest.Run) { r.AssertFailed("X", "") }, "want FAILED"},
		{"retries", func(r *runtimetest.Run) { r.AssertRetries("A", 0) }, func(r *runtimetest.Run) { r.AssertRetries("A", 1) }, "retried 0 times, want 1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.pass != nil {
				tc.pass(runtimetest.FromDefinition(t, passMachine).Run(""))
			}
			rec := catch(func(rt runtimetest.T) { tc.fail(runtimetest.FromDefinition(rt, passMachine).Run("")) })
			if len(rec.errors) == 0 || !strings.Contains(rec.errors[0], tc.report) {
				t.Errorf("recorded %q, want %q", rec.errors, tc.report)
			}
		})
	}
}

// TestAssertHistoryFails: a history unlike its golden file is reported
// with a diff (skipped while goldens are rewritten).
func TestAssertHistoryFails(t *testing.T) {
	if os.Getenv("STEPWISE_UPDATE") != "" {
		t.Skip("STEPWISE_UPDATE rewrites golden files instead of comparing")
	}
	path := t.TempDir() + "/wrong.history.json"
	writeFile(t, path, `{"events": []}`+"\n")
	rec := catch(func(rt runtimetest.T) { runtimetest.FromDefinition(rt, passMachine).Run("").AssertHistory(path) })
	if len(rec.errors) == 0 || !strings.Contains(rec.errors[0], "history differs") {
		t.Errorf("recorded %q", rec.errors)
	}
}

// TestStuckExecutionFails: a token nobody answers fails the test after
// Patience, naming the waiting state, instead of hanging.
func TestStuckExecutionFails(t *testing.T) {
	const def = `{"StartAt":"Ask","States":{"Ask":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken",
		"Parameters":{"QueueUrl":"q","MessageBody.$":"$$.Task.Token"},"End":true}}}`
	rec := catch(func(rt runtimetest.T) {
		runtimetest.FromDefinition(rt, def).Patience(50 * time.Millisecond).Run("")
	})
	if !rec.fatal || !strings.Contains(rec.errors[0], `state "Ask" waits for its task token`) {
		t.Errorf("recorded %q", rec.errors)
	}
	// With Unanswered the same machine ends on its own: no TimeoutSeconds,
	// so the execution reaches its longest duration.
	run := runtimetest.FromDefinition(t, def).Unanswered().Run("")
	run.AssertStatus("TIMED_OUT")
}

// TestMocksAndStub: a mock file's test case and the echo stub answer
// tasks, tokens included.
func TestMocksAndStub(t *testing.T) {
	const def = `{"StartAt":"Ask","States":{"Ask":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken",
		"Parameters":{"QueueUrl":"q","MessageBody.$":"$.m"},"End":true}}}`
	runtimetest.FromDefinition(t, def).StubEcho().Run(`{"m":"hi"}`).AssertSucceeded(`{"QueueUrl":"q","MessageBody":"hi"}`)
	mocks := t.TempDir() + "/mocks.json"
	writeFile(t, mocks, `{"StateMachines":{"M":{"TestCases":{"Yes":{"Ask":"R"}}}},"MockedResponses":{"R":{"0":{"Return":{"ok":true}}}}}`)
	runtimetest.FromDefinition(t, def).Named("M").Mocks(mocks, "Yes").Run(`{"m":"hi"}`).AssertSucceeded(`{"ok":true}`)
}
