package runtime_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stepwise-go/stepwise/runtime"
	"github.com/stepwise-go/stepwise/value"
)

// waitMachine is a .waitForTaskToken task that sends its token, caught
// by a fallback on every error.
const waitMachine = `{"StartAt":"Ask","States":{
  "Ask":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken",
    "Parameters":{"QueueUrl":"q","MessageBody":{"token.$":"$$.Task.Token","order.$":"$.order"}},
    %s
    "Catch":[{"ErrorEquals":["States.ALL"],"Next":"Caught"}],"End":true},
  "Caught":{"Type":"Pass","End":true}}}`

func waitDef(extra string) string { return strings.Replace(waitMachine, "%s", extra, 1) }

// pendingOne waits until cb has a pending task and returns it.
func pendingOne(t *testing.T, cb *runtime.Callbacks) runtime.PendingTask {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		if p := cb.Pending(); len(p) > 0 {
			return p[0]
		}
		time.Sleep(time.Millisecond)
	}
	t.Fatal("no task became pending")
	return runtime.PendingTask{}
}

func start(t *testing.T, def, input string, opts *runtime.Options) *runtime.Execution {
	t.Helper()
	v, err := value.ParseString(input)
	if err != nil {
		t.Fatal(err)
	}
	if opts.Clock == nil {
		opts.Clock = fixedClock
	}
	return compile(t, def).Start(context.Background(), v, opts)
}

func waitResult(t *testing.T, ex *runtime.Execution) *runtime.Result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	r := ex.Wait(ctx)
	if r == nil {
		t.Fatal("execution did not end")
	}
	return r
}

func types(ev []runtime.Event) string {
	var b []string
	for _, e := range ev {
		b = append(b, e.Type)
	}
	return strings.Join(b, " ")
}

func TestWaitForTaskTokenSuccess(t *testing.T) {
	cb := runtime.NewCallbacks()
	ex := start(t, waitDef(""), `{"order":7}`, &runtime.Options{Callbacks: cb, Name: "e1"})
	p := pendingOne(t, cb)
	body, _ := p.Parameters.(*value.Object).Get("MessageBody")
	tok, _ := body.(*value.Object).Get("token")
	if tok != p.Token || p.Token == "" {
		t.Fatalf("$$.Task.Token = %v, pending token %q", tok, p.Token)
	}
	if p.State != "Ask" || !strings.HasSuffix(p.ExecutionArn, ":e1") || !p.Since.Equal(epoch) {
		t.Errorf("pending = %+v", p)
	}
	out, _ := value.ParseString(`{"approved":true}`)
	if err := cb.SendTaskSuccess(p.Token, out); err != nil {
		t.Fatal(err)
	}
	r := waitResult(t, ex)
	if r.Status != runtime.Succeeded || jsonOf(r.Output) != `{"approved":true}` {
		t.Fatalf("result = %+v %s", r, jsonOf(r.Output))
	}
	want := "ExecutionStarted TaskStateEntered TaskScheduled TaskStarted TaskSubmitted TaskSucceeded TaskStateExited ExecutionSucceeded"
	if got := types(ex.History()); got != want {
		t.Errorf("history\n got %s\nwant %s", got, want)
	}
	// The token is closed now.
	if err := cb.SendTaskSuccess(p.Token, nil); !errors.Is(err, runtime.ErrTaskTimedOut) {
		t.Errorf("second answer: %v, want ErrTaskTimedOut", err)
	}
	if len(cb.Pending()) != 0 {
		t.Errorf("still pending: %+v", cb.Pending())
	}
}

func TestWaitForTaskTokenFailure(t *testing.T) {
	cb := runtime.NewCallbacks()
	ex := start(t, waitDef(""), `{"order":7}`, &runtime.Options{Callbacks: cb})
	p := pendingOne(t, cb)
	if err := cb.SendTaskFailure(p.Token, "Rejected", "no budget"); err != nil {
		t.Fatal(err)
	}
	r := waitResult(t, ex)
	if r.Status != runtime.Succeeded || jsonOf(r.Output) != `{"Error":"Rejected","Cause":"no budget"}` {
		t.Fatalf("result = %+v %s", r, jsonOf(r.Output))
	}
	if got := types(ex.History()); !strings.Contains(got, "TaskSubmitted TaskFailed TaskStateExited PassStateEntered") {
		t.Errorf("history %s", got)
	}
}

func TestTokenErrors(t *testing.T) {
	cb := runtime.NewCallbacks()
	if err := cb.SendTaskSuccess("not-a-token", nil); !errors.Is(err, runtime.ErrInvalidToken) {
		t.Errorf("malformed: %v", err)
	}
	ex := start(t, waitDef(""), `{"order":1}`, &runtime.Options{Callbacks: cb, Name: "a"})
	p := pendingOne(t, cb)
	// A well-formed token nobody issued.
	other := p.Token[:len(p.Token)-2] + "AA"
	if other == p.Token {
		other = p.Token[:len(p.Token)-2] + "BA"
	}
	if err := cb.SendTaskHeartbeat(other); !errors.Is(err, runtime.ErrTaskDoesNotExist) && !errors.Is(err, runtime.ErrInvalidToken) {
		t.Errorf("unknown token: %v", err)
	}
	if err := cb.SendTaskHeartbeat(p.Token); err != nil {
		t.Errorf("heartbeat: %v", err)
	}
	ex.Stop("", "")
	waitResult(t, ex)
	if err := cb.SendTaskSuccess(p.Token, nil); !errors.Is(err, runtime.ErrTaskTimedOut) {
		t.Errorf("after stop: %v, want ErrTaskTimedOut", err)
	}
	if !strings.Contains(runtime.ErrTaskTimedOut.Error(), "TaskTimedOut") {
		t.Errorf("message lacks the exception name: %v", runtime.ErrTaskTimedOut)
	}
}

// TestTokenTimeouts: on the virtual clock a token nobody can send (no
// Options.Callbacks) times out at once, at the task's limits.
func TestTokenTimeouts(t *testing.T) {
	tests := []struct {
		name, extra, want string
		elapsed           time.Duration
	}{
		{"timeout", `"TimeoutSeconds":30,`, `{"Error":"States.Timeout","Cause":""}`, 30 * time.Second},
		{"heartbeat", `"TimeoutSeconds":300,"HeartbeatSeconds":20,`, `{"Error":"States.HeartbeatTimeout","Cause":""}`, 20 * time.Second},
		{"timeout before heartbeat", `"TimeoutSeconds":30,"HeartbeatSeconds":20,`, `{"Error":"States.HeartbeatTimeout","Cause":""}`, 20 * time.Second},
		{"retried", `"TimeoutSeconds":5,"Retry":[{"ErrorEquals":["States.Timeout"],"MaxAttempts":2,"IntervalSeconds":1}],`,
			`{"Error":"States.Timeout","Cause":""}`, 5*time.Second + 1*time.Second + 5*time.Second + 2*time.Second + 5*time.Second},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, ev := run(t, waitDef(tc.extra), `{"order":1}`, nil)
			if r.Status != runtime.Succeeded || jsonOf(r.Output) != tc.want {
				t.Fatalf("result = %+v %s", r, jsonOf(r.Output))
			}
			var timedOut *runtime.Event
			for i := range ev {
				if ev[i].Type == "TaskTimedOut" {
					timedOut = &ev[i]
				}
			}
			if timedOut == nil {
				t.Fatalf("no TaskTimedOut in %s", types(ev))
			}
			if got := timedOut.Timestamp.Sub(epoch); got != tc.elapsed {
				t.Errorf("timed out after %v, want %v", got, tc.elapsed)
			}
		})
	}
}

// TestTokenWithoutTimeout: a token nobody can send and no TimeoutSeconds
// ends the execution at its longest duration instead of hanging.
func TestTokenWithoutTimeout(t *testing.T) {
	r, ev := run(t, waitDef(""), `{"order":1}`, nil)
	if r.Status != runtime.TimedOut || r.Error != runtime.ErrTimeout {
		t.Fatalf("result = %+v", r)
	}
	last := ev[len(ev)-1]
	if last.Type != "ExecutionTimedOut" || last.Timestamp.Sub(epoch) != 365*24*time.Hour {
		t.Errorf("last event %s at %v", last.Type, last.Timestamp)
	}
	// A machine timeout ends it earlier.
	def := strings.Replace(waitDef(""), `{"StartAt"`, `{"TimeoutSeconds":60,"StartAt"`, 1)
	r, ev = run(t, def, `{"order":1}`, nil)
	if r.Status != runtime.TimedOut || ev[len(ev)-1].Timestamp.Sub(epoch) != time.Minute {
		t.Errorf("with TimeoutSeconds 60: %+v at %v", r, ev[len(ev)-1].Timestamp)
	}
}

// TestHeartbeatKeepsTaskAlive runs on real (scaled) time: heartbeats
// every 10 ms keep a 100 ms HeartbeatSeconds from expiring.
func TestHeartbeatKeepsTaskAlive(t *testing.T) {
	for _, beat := range []bool{true, false} {
		cb := runtime.NewCallbacks()
		ex := start(t, waitDef(`"HeartbeatSeconds":1,`), `{"order":1}`, &runtime.Options{Callbacks: cb, RealTime: true, TimeScale: 0.1, Clock: time.Now})
		p := pendingOne(t, cb)
		if beat {
			for i := 0; i < 30; i++ {
				if err := cb.SendTaskHeartbeat(p.Token); err != nil {
					t.Fatalf("heartbeat %d: %v", i, err)
				}
				time.Sleep(10 * time.Millisecond)
			}
			if err := cb.SendTaskSuccess(p.Token, "done"); err != nil {
				t.Fatal(err)
			}
		}
		r := waitResult(t, ex)
		want := `"done"`
		if !beat {
			want = `{"Error":"States.HeartbeatTimeout","Cause":""}`
		}
		if jsonOf(r.Output) != want {
			t.Errorf("beat=%v: output %s, want %s", beat, jsonOf(r.Output), want)
		}
	}
}

// TestAnswerToken: a handler wrapped by AnswerToken answers the token
// itself, as a mock does; unwrapped, its result is only the request's.
func TestAnswerToken(t *testing.T) {
	h := func(ctx context.Context, req *runtime.TaskRequest) (value.Value, error) {
		if req.Token == "" {
			t.Error("no token in the request")
		}
		if req.State == "Ask" {
			o, _ := req.Parameters.(*value.Object).Get("MessageBody")
			return o, nil
		}
		return nil, &runtime.TaskError{Name: "Nope", Cause: "x"}
	}
	r, ev := run(t, waitDef(""), `{"order":3}`, &runtime.Options{Tasks: runtime.AnswerToken(h)})
	if r.Status != runtime.Succeeded || !strings.Contains(jsonOf(r.Output), `"order":3`) {
		t.Fatalf("result = %+v %s", r, jsonOf(r.Output))
	}
	if got := types(ev); !strings.Contains(got, "TaskSubmitted TaskSucceeded") {
		t.Errorf("history %s", got)
	}
	// Unwrapped: the answer is discarded and nobody sends the token.
	r, _ = run(t, waitDef(`"TimeoutSeconds":3,`), `{"order":3}`, &runtime.Options{Tasks: h})
	if jsonOf(r.Output) != `{"Error":"States.Timeout","Cause":""}` {
		t.Errorf("unwrapped: %s", jsonOf(r.Output))
	}
	// A failure through the token.
	def := strings.Replace(waitDef(""), `"Ask"`, `"Other"`, 2)
	r, _ = run(t, def, `{"order":1}`, &runtime.Options{Tasks: runtime.AnswerToken(h)})
	if jsonOf(r.Output) != `{"Error":"Nope","Cause":"x"}` {
		t.Errorf("failure: %s", jsonOf(r.Output))
	}
}

const activityMachine = `{"StartAt":"Work","States":{
  "Work":{"Type":"Task","Resource":"arn:aws:states:us-east-1:123456789012:activity:review",
    "Parameters":{"doc.$":"$.doc"},%s"End":true}}}`

func TestActivity(t *testing.T) {
	cb := runtime.NewCallbacks()
	arn := cb.CreateActivity("review")
	if arn != "arn:aws:states:us-east-1:123456789012:activity:review" || cb.CreateActivity("review") != arn {
		t.Fatalf("arn %s", arn)
	}
	type got struct {
		token string
		input value.Value
		err   error
	}
	polled := make(chan got, 1)
	go func() { // the worker polls before the task exists
		tok, in, err := cb.GetActivityTask(context.Background(), arn, "worker-1")
		polled <- got{tok, in, err}
	}()
	time.Sleep(5 * time.Millisecond)
	ex := start(t, strings.Replace(activityMachine, "%s", "", 1), `{"doc":"d1"}`, &runtime.Options{Callbacks: cb})
	w := <-polled
	if w.err != nil || w.token == "" || jsonOf(w.input) != `{"doc":"d1"}` {
		t.Fatalf("GetActivityTask = %+v", w)
	}
	if p := pendingOne(t, cb); p.Worker != "worker-1" {
		t.Errorf("pending worker %q", p.Worker)
	}
	if err := cb.SendTaskSuccess(w.token, "ok"); err != nil {
		t.Fatal(err)
	}
	r := waitResult(t, ex)
	if r.Status != runtime.Succeeded || jsonOf(r.Output) != `"ok"` {
		t.Fatalf("result %+v", r)
	}
	want := "ExecutionStarted TaskStateEntered ActivityScheduled ActivityStarted ActivitySucceeded TaskStateExited ExecutionSucceeded"
	ev := ex.History()
	if types(ev) != want {
		t.Errorf("history\n got %s\nwant %s", types(ev), want)
	}
	if d := ev[3].Details; d == nil || jsonOf(d) != `{"workerName":"worker-1"}` {
		t.Errorf("ActivityStarted details %s", jsonOf(d))
	}
}

func TestActivityTimeoutAndPolling(t *testing.T) {
	// Nobody polls: the activity times out on the virtual clock.
	r, ev := run(t, strings.Replace(activityMachine, "%s", `"TimeoutSeconds":60,`, 1), `{"doc":1}`, nil)
	if r.Status != runtime.Failed || r.Error != runtime.ErrTimeout || !strings.Contains(types(ev), "ActivityScheduled ActivityTimedOut ExecutionFailed") {
		t.Errorf("result %+v, history %s", r, types(ev))
	}
	cb := runtime.NewCallbacks()
	if _, _, err := cb.GetActivityTask(context.Background(), "arn:aws:states:us-east-1:123456789012:activity:nope", "w"); !errors.Is(err, runtime.ErrActivityDoesNotExist) {
		t.Errorf("unknown activity: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	tok, in, err := cb.GetActivityTask(ctx, cb.CreateActivity("idle"), "w")
	if tok != "" || in != nil || err != nil {
		t.Errorf("poll without tasks = %q %v %v", tok, in, err)
	}
	// A task scheduled before the poll is queued for it.
	ex := start(t, strings.Replace(activityMachine, "%s", "", 1), `{"doc":2}`, &runtime.Options{Callbacks: cb})
	pendingOne(t, cb)
	tok, in, err = cb.GetActivityTask(context.Background(), "arn:aws:states:us-east-1:123456789012:activity:review", "w2")
	if err != nil || jsonOf(in) != `{"doc":2}` {
		t.Fatalf("queued poll = %q %v %v", tok, in, err)
	}
	if err := cb.SendTaskFailure(tok, "Bad", "doc"); err != nil {
		t.Fatal(err)
	}
	if r := waitResult(t, ex); r.Status != runtime.Failed || r.Error != "Bad" || r.Cause != "doc" {
		t.Errorf("failed activity: %+v", r)
	}
}
