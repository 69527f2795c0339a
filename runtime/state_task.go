package runtime

import (
	"context"
	"errors"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/jsontree"
	"github.com/stepwise-go/stepwise/value"
)

// taskSpec is a compiled Task.
type taskSpec struct {
	resource string
	// resourceType and resourceName are what history events show:
	// arn:aws:states:::lambda:invoke → "lambda", "invoke".
	resourceType, resourceName string
	lambdaARN                  bool // a plain Lambda function ARN: LambdaFunction* events
	activity                   bool // an activity ARN: Activity* events, a worker answers
	timeout, heartbeat         *limit
	// credentials is the Credentials object ({"RoleArn": …}), evaluated
	// like Parameters; nil when the state has none.
	credentials *tmpl
}

// limit is a compiled TimeoutSeconds or HeartbeatSeconds: a number, a
// path or a JSONata expression.
type limit struct {
	n    int64
	path *pathRef
	expr *tmpl
	name string // "TimeoutSeconds" or "HeartbeatSeconds"
}

func compileTask(s *asl.Task) (*taskSpec, error) {
	ts := &taskSpec{resource: s.Resource}
	ts.resourceType, ts.resourceName, ts.lambdaARN = splitResource(s.Resource)
	ts.activity = isActivityArn(s.Resource)
	var err error
	if ts.timeout, err = compileLimit(s.TimeoutSeconds, s.TimeoutSecondsPath, "TimeoutSeconds"); err != nil {
		return nil, err
	}
	if ts.heartbeat, err = compileLimit(s.HeartbeatSeconds, s.HeartbeatSecondsPath, "HeartbeatSeconds"); err != nil {
		return nil, err
	}
	return ts, nil
}

func compileLimit(n *asl.IntOrExpr, path *string, name string) (*limit, error) {
	switch {
	case n != nil && n.IsExpr():
		t, err := compileJSONataTemplate(jsontree.NewString(n.Expr), name)
		return &limit{expr: t, name: name}, err
	case n != nil:
		return &limit{n: n.Int, name: name}, nil
	case path != nil:
		p, err := compilePathRef(*path)
		return &limit{path: p, name: name + "Path"}, err
	}
	return nil, nil
}

// splitResource turns a resource ARN into the resourceType and resource
// of history events.
func splitResource(arn string) (typ, name string, lambda bool) {
	parts := strings.Split(arn, ":")
	if len(parts) >= 7 && parts[2] == "lambda" && parts[5] == "function" {
		return "lambda", arn, true
	}
	if len(parts) >= 7 && parts[2] == "states" && parts[3] == "" && parts[4] == "" {
		// The action is the last part ("putItem"), or the last two when
		// the pattern has a version ("startExecution.sync:2"); the
		// service is everything before it ("aws-sdk:dynamodb").
		cut := len(parts) - 1
		if isDigits(parts[cut]) && cut > 6 {
			cut--
		}
		return strings.Join(parts[5:cut], ":"), strings.Join(parts[cut:], ":"), false
	}
	return "", arn, false
}

func isDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

// region is the execution's region, from its state machine ARN.
func (t *thread) region() string {
	parts := strings.Split(t.ex.opts.StateMachineArn, ":")
	if len(parts) > 3 && parts[3] != "" {
		return parts[3]
	}
	return "us-east-1"
}

// resolveLimit evaluates a TimeoutSeconds/HeartbeatSeconds; 0 = none.
func (t *thread) resolveLimit(l *limit, eff value.Value, env *evalEnv) (int64, *failure) {
	if l == nil {
		return 0, nil
	}
	if l.path == nil && l.expr == nil {
		return l.n, nil
	}
	v, fromPath, f := t.limitValue(l, eff, env)
	if f != nil {
		return 0, f
	}
	n, isNum := v.(float64)
	if isNum && n == math.Trunc(n) && n >= 1 {
		return int64(n), nil
	}
	if fromPath {
		return 0, t.runtimeFailure(fmt.Sprintf("The %s field refers to value %s which is not a valid integer: %s", l.name, jsonText(v), l.path.raw))
	}
	return 0, t.evalFailure(l.name, fmt.Sprintf("The %s field must be a positive integer but was: %s", l.name, jsonText(v)))
}

// limitValue reads a limit given by a path (fromPath) or, otherwise, by
// a JSONata expression; the callers check the value's range.
func (t *thread) limitValue(l *limit, eff value.Value, env *evalEnv) (v value.Value, fromPath bool, f *failure) {
	if l.path != nil {
		v, ok, err := t.readPath(l.path, eff)
		if err != nil || !ok {
			return nil, true, t.invalidPath(l.path)
		}
		return v, true, nil
	}
	v, f = l.expr.eval(env)
	return v, false, f
}

// runTask runs one attempt of a Task through Options.Tasks; a task that
// waits for a task token (.waitForTaskToken, activities) then waits for
// its answer through the execution's Callbacks.
func (t *thread) runTask(st *state, raw value.Value) (stepResult, *failure) {
	ts := st.task
	if ts.isTokenTask() {
		t.token = t.newToken()
		defer func() { t.token = "" }()
	}
	var params value.Value
	var env *evalEnv
	var eff value.Value = raw
	if st.jsonata {
		env = t.statesEnv(raw, nil, nil)
		params = raw
		if st.arguments != nil {
			v, f := st.arguments.eval(env)
			if f != nil {
				return stepResult{}, f
			}
			params = v
		}
		t.note(noteAfterArguments, params)
	} else {
		var f *failure
		if eff, f = t.applyInputPath(st.inputPath, raw); f != nil {
			return stepResult{}, f
		}
		t.note(noteAfterInputPath, eff)
		env = t.env(eff)
		params = eff
		if st.parameters != nil {
			if params, f = st.parameters.eval(env); f != nil {
				return stepResult{}, f
			}
		}
		t.note(noteAfterParameters, params)
	}
	timeout, f := t.resolveLimit(ts.timeout, eff, env)
	if f != nil {
		return stepResult{}, f
	}
	heartbeat, f := t.resolveLimit(ts.heartbeat, eff, env)
	if f != nil {
		return stepResult{}, f
	}
	if f := t.checkTaskParameters(ts, params); f != nil {
		return stepResult{}, f
	}
	creds, f := t.taskCredentials(ts, env)
	if f != nil {
		return stepResult{}, f
	}
	t.emitScheduled(ts, params, timeout, heartbeat, creds)
	if ts.isTokenTask() {
		result, f := t.runTokenTask(st, params, timeout, heartbeat)
		if f != nil {
			return stepResult{}, f
		}
		return t.finishTask(st, raw, result, false)
	}
	if pattern, ok := startExecutionPattern(ts.resource); ok && pattern != ".waitForTaskToken" && t.ex.opts.StateMachines != nil {
		result, handled, f := t.runStartExecution(st, pattern, params)
		if f != nil {
			return stepResult{}, f
		}
		if handled {
			return t.finishTask(st, raw, result, true)
		}
	}
	if result, handled, f := t.runSendTask(params); handled {
		t.emitTask(ts, "Started", nil)
		if f != nil {
			t.emitTask(ts, "Failed", errorDetails(f.Error, f.Cause))
			return stepResult{}, f
		}
		return t.finishTask(st, raw, result, true)
	}
	if t.ex.opts.Tasks == nil {
		return stepResult{}, &failure{Error: ErrRuntime, HasError: true, HasCause: true, fatal: true, host: ErrNoTaskHandler,
			Cause: fmt.Sprintf(causeNoTaskHandlerTemplate, st.name, ts.resource)}
	}
	t.emitTask(ts, "Started", nil)
	if ts.isSync() {
		t.emitSubmitted(ts, params)
	}
	req := t.taskRequest(st, params, timeout, heartbeat)
	ctx := t.cx
	if timeout > 0 && t.ex.opts.RealTime {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, time.Duration(float64(timeout)*t.ex.opts.TimeScale*float64(time.Second)))
		defer cancel()
	}
	result, err := t.ex.opts.Tasks(ctx, req)
	if t.aborted() {
		return stepResult{}, &failure{fatal: true}
	}
	if sf := stopFailure(err); sf != nil {
		return stepResult{}, sf
	}
	if err != nil {
		tf := taskFailure(err, ctx)
		if tf.Error == ErrTimeout || tf.Error == ErrHeartbeatTimeout {
			t.emitTask(ts, "TimedOut", details("error", tf.Error))
			tf.HasCause = false
		} else {
			t.emitTask(ts, "Failed", errorDetails(tf.Error, tf.Cause))
		}
		return stepResult{}, tf
	}
	return t.finishTask(st, raw, result, true)
}

// taskRequest is what the TaskHandler gets for this attempt.
func (t *thread) taskRequest(st *state, params value.Value, timeout, heartbeat int64) *TaskRequest {
	return &TaskRequest{State: st.name, Resource: st.task.resource, Parameters: params, Context: t.contextObject(),
		RetryCount: t.retryCount, Now: t.ex.now().UTC(), TimeoutSeconds: timeout, HeartbeatSeconds: heartbeat, Token: t.token, callbacks: t.ex.cb}
}

// finishTask checks a task's result, records TaskSucceeded (unless a
// token's answer already did: record false) and applies the output
// fields.
func (t *thread) finishTask(st *state, raw, result value.Value, record bool) (stepResult, *failure) {
	if result == nil {
		result = value.Null
	}
	t.note(noteResult, result)
	if value.EncodedLen(result) > maxPayloadBytes {
		return stepResult{}, fail(ErrDataLimitExceeded, fmt.Sprintf(causeDataLimitTaskTemplate, st.name))
	}
	if record {
		t.emitTask(st.task, "Succeeded", details("output", jsonText(result), "outputDetails", notTruncated()))
	}
	return t.finishWithResult(st, raw, result)
}

// taskFailure turns a handler error into a workflow error.
func taskFailure(err error, ctx context.Context) *failure {
	var te *TaskError
	if errors.As(err, &te) {
		name := te.Name
		if name == "" {
			name = ErrTaskFailed
		}
		f := fail(name, te.Cause)
		f.task = true
		return f
	}
	if errors.Is(err, context.DeadlineExceeded) && ctx.Err() != nil {
		f := fail(ErrTimeout, "")
		f.task = true
		return f
	}
	f := fail(ErrTaskFailed, err.Error())
	f.task = true
	return f
}

// emitScheduled records TaskScheduled (or LambdaFunctionScheduled).
func (t *thread) emitScheduled(ts *taskSpec, params value.Value, timeout, heartbeat int64, creds value.Value) {
	var to, hb value.Value
	if timeout > 0 {
		to = float64(timeout)
	}
	if heartbeat > 0 {
		hb = float64(heartbeat)
	}
	if ts.activity {
		t.emit("ActivityScheduled", details("resource", ts.resource, "input", jsonText(params),
			"inputDetails", notTruncated(), "timeoutInSeconds", to, "heartbeatInSeconds", hb))
		return
	}
	if ts.lambdaARN {
		t.emit("LambdaFunctionScheduled", details("resource", ts.resource, "input", jsonText(params),
			"inputDetails", notTruncated(), "timeoutInSeconds", to))
		return
	}
	t.emit("TaskScheduled", details("resourceType", ts.resourceType, "resource", ts.resourceName,
		"region", t.region(), "parameters", jsonText(params), "timeoutInSeconds", to, "heartbeatInSeconds", hb, "taskCredentials", creds))
}

// taskCredentials evaluates the state's Credentials into the
// taskCredentials of TaskScheduled ({"roleArn": …}); nil without
// Credentials.
func (t *thread) taskCredentials(ts *taskSpec, env *evalEnv) (value.Value, *failure) {
	if ts.credentials == nil {
		return nil, nil
	}
	v, f := ts.credentials.eval(env)
	if f != nil {
		return nil, f
	}
	o, ok := v.(*value.Object)
	if !ok {
		return nil, t.runtimeFailure("The Credentials field must be an object but was: " + jsonText(v))
	}
	out := value.NewObject(o.Len())
	for i := 0; i < o.Len(); i++ {
		k, x := o.At(i)
		if k != "" {
			k = strings.ToLower(k[:1]) + k[1:]
		}
		out.Set(k, x)
	}
	return out, nil
}

// emitTask records Task<What> (or LambdaFunction<What>) with the
// resource fields first.
func (t *thread) emitTask(ts *taskSpec, what string, d *value.Object) {
	if ts.lambdaARN {
		t.emit("LambdaFunction"+what, d)
		return
	}
	o := details("resourceType", ts.resourceType, "resource", ts.resourceName)
	if d != nil {
		for i := 0; i < d.Len(); i++ {
			k, v := d.At(i)
			o.Set(k, v)
		}
	}
	t.emit("Task"+what, o)
}
