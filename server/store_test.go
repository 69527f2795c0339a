package server

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sfn"
	"github.com/aws/aws-sdk-go-v2/service/sfn/types"
)

// childEnv names the data directory when the test binary runs as the
// server that TestPersistenceAfterKill kills.
const childEnv = "STEPWISE_SERVE_CHILD_DATA"

// TestServeChild is the killed server: it serves DataDir (real time) and
// prints its URL, then waits to be killed. It does nothing in a normal
// test run.
func TestServeChild(t *testing.T) {
	dir := os.Getenv(childEnv)
	if dir == "" {
		t.Skip("runs only as the child of TestPersistenceAfterKill")
	}
	s, err := New(Options{DataDir: dir, RealTime: true})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	fmt.Printf("URL http://%s\n", ln.Addr())
	http.Serve(ln, s)
}

// TestPersistenceAfterKill: a server killed with SIGKILL loses no state
// machine, activity or finished execution; the execution it was running
// shows ABORTED after the restart.
func TestPersistenceAfterKill(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a child process")
	}
	dir := t.TempDir()
	child := exec.Command(os.Args[0], "-test.run=^TestServeChild$", "-test.v")
	child.Env = append(os.Environ(), childEnv+"="+dir)
	stdout, err := child.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	child.Stderr = os.Stderr
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	defer child.Process.Kill()
	lines := bufio.NewScanner(stdout)
	url := ""
	for lines.Scan() {
		if u, ok := strings.CutPrefix(lines.Text(), "URL "); ok {
			url = u
			break
		}
	}
	if url == "" {
		t.Fatal("the child server printed no URL")
	}
	go func() {
		for lines.Scan() {
		}
	}()
	ctx := context.Background()
	c := sdkClient(t, url)
	quick := createMachine(t, c, "Quick", `{"StartAt":"P","States":{"P":{"Type":"Pass","Result":{"ok":true},"End":true}}}`, "")
	slow := createMachine(t, c, "Slow", waitMachine, "")
	if _, err := c.CreateActivity(ctx, &sfn.CreateActivityInput{Name: aws.String("review")}); err != nil {
		t.Fatal(err)
	}
	done := run(t, c, quick, "finished", `{"n": 1}`)
	before, err := c.GetExecutionHistory(ctx, &sfn.GetExecutionHistoryInput{ExecutionArn: done.ExecutionArn})
	if err != nil {
		t.Fatal(err)
	}
	running, err := c.StartExecution(ctx, &sfn.StartExecutionInput{StateMachineArn: aws.String(slow), Name: aws.String("interrupted")})
	if err != nil {
		t.Fatal(err)
	}
	if err := child.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	child.Wait()

	_, c2 := newTestServer(t, Options{DataDir: dir})
	machines, err := c2.ListStateMachines(ctx, &sfn.ListStateMachinesInput{})
	if err != nil || len(machines.StateMachines) != 2 {
		t.Fatalf("machines after restart = %+v, %v", machines, err)
	}
	acts, err := c2.ListActivities(ctx, &sfn.ListActivitiesInput{})
	if err != nil || len(acts.Activities) != 1 || aws.ToString(acts.Activities[0].Name) != "review" {
		t.Errorf("activities after restart = %+v, %v", acts, err)
	}
	d, err := c2.DescribeExecution(ctx, &sfn.DescribeExecutionInput{ExecutionArn: done.ExecutionArn})
	if err != nil || d.Status != types.ExecutionStatusSucceeded || aws.ToString(d.Output) != `{"ok":true}` || !d.StartDate.Equal(*done.StartDate) {
		t.Errorf("finished execution after restart = %+v, %v", d, err)
	}
	after, err := c2.GetExecutionHistory(ctx, &sfn.GetExecutionHistoryInput{ExecutionArn: done.ExecutionArn})
	if err != nil || len(after.Events) != len(before.Events) {
		t.Fatalf("history after restart: %d events (%v), before %d", len(after.Events), err, len(before.Events))
	}
	for i := range after.Events {
		if after.Events[i].Type != before.Events[i].Type || !after.Events[i].Timestamp.Equal(*before.Events[i].Timestamp) {
			t.Errorf("event %d = %s at %v, before %s at %v", i+1, after.Events[i].Type, after.Events[i].Timestamp, before.Events[i].Type, before.Events[i].Timestamp)
		}
	}
	a, err := c2.DescribeExecution(ctx, &sfn.DescribeExecutionInput{ExecutionArn: running.ExecutionArn})
	if err != nil || a.Status != types.ExecutionStatusAborted || aws.ToString(a.Cause) != abortedOnRestart {
		t.Errorf("interrupted execution after restart = %+v, %v; want ABORTED", a, err)
	}
	h, err := c2.GetExecutionHistory(ctx, &sfn.GetExecutionHistoryInput{ExecutionArn: running.ExecutionArn})
	if err != nil || len(h.Events) != 2 || h.Events[0].Type != types.HistoryEventTypeExecutionStarted || h.Events[1].Type != types.HistoryEventTypeExecutionAborted {
		t.Errorf("interrupted history = %+v, %v", h, err)
	}
	// The machines run again after the restart.
	if again := run(t, c2, quick, "again", `{}`); again.Status != types.ExecutionStatusSucceeded {
		t.Errorf("run after restart: %s", again.Status)
	}
	if _, err := c2.StartExecution(ctx, &sfn.StartExecutionInput{StateMachineArn: aws.String(quick), Name: aws.String("finished")}); !isType[*types.ExecutionAlreadyExists](err) {
		t.Errorf("reusing a stored name: %v, want ExecutionAlreadyExists", err)
	}
}

// TestCleanCloseRecordsAborted: Close aborts running executions and
// stores them, and a second server cannot open the same directory.
func TestCleanCloseRecordsAborted(t *testing.T) {
	dir := t.TempDir()
	s, err := New(Options{DataDir: dir, RealTime: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := New(Options{DataDir: dir}); err == nil || !strings.Contains(err.Error(), "stepwise.db") {
		t.Errorf("second server on the same directory: %v, want an error naming the file", err)
	}
	w := post(s, "AWSStepFunctions.CreateStateMachine", `{"name": "Slow", "roleArn": "`+testRole+`", "definition": `+jsonString(waitMachine)+`}`)
	if w.Code != 200 {
		t.Fatal(w.Body.String())
	}
	w = post(s, "AWSStepFunctions.StartExecution", `{"stateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:Slow", "name": "e"}`)
	if w.Code != 200 {
		t.Fatal(w.Body.String())
	}
	began := time.Now()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if time.Since(began) > 5*time.Second {
		t.Errorf("Close took %v with a 30-second Wait running", time.Since(began))
	}
	s2, err := New(Options{DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	w = post(s2, "AWSStepFunctions.DescribeExecution", `{"executionArn": "arn:aws:states:us-east-1:123456789012:execution:Slow:e"}`)
	if !strings.Contains(w.Body.String(), `"status":"ABORTED"`) {
		t.Errorf("after a clean close: %s", w.Body.String())
	}
}

// jsonString quotes s as a JSON string.
func jsonString(s string) string {
	b := []byte{'"'}
	for _, r := range s {
		switch r {
		case '"', '\\':
			b = append(b, '\\', byte(r))
		case '\n':
			b = append(b, '\\', 'n')
		default:
			b = append(b, string(r)...)
		}
	}
	return string(append(b, '"'))
}
