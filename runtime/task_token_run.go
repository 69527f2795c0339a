package runtime

import (
	"context"
	"errors"

	"github.com/stepwise-go/stepwise/value"
)

// runTokenTask runs a .waitForTaskToken or activity Task after its
// scheduling: it registers the token, sends the request to the
// TaskHandler (if any; its result is the request's response, recorded in
// TaskSubmitted and otherwise discarded, as on AWS) and waits for the
// token's answer.
func (t *thread) runTokenTask(st *state, params value.Value, timeout, heartbeat int64) (value.Value, *failure) {
	ts := st.task
	cb := t.ex.cb
	p := &pendingTask{PendingTask: PendingTask{Token: t.token, ExecutionArn: t.ex.opts.ExecutionArn, State: st.name,
		Resource: ts.resource, Parameters: params, Since: t.ex.now()}}
	if ts.activity {
		p.activityArn = ts.resource
	}
	if !ts.activity {
		t.emitTask(ts, "Started", nil)
	}
	cb.add(p)
	child, handled, f := t.startTokenChild(st, p, params)
	if f != nil {
		return nil, f
	}
	if h := t.ex.opts.Tasks; h != nil && !handled {
		submitted, err := h(t.cx, t.taskRequest(st, params, timeout, heartbeat))
		if t.aborted() {
			cb.expire(p)
			return nil, &failure{fatal: true}
		}
		if sf := stopFailure(err); sf != nil {
			cb.expire(p)
			return nil, sf
		}
		if err != nil && cb.expire(p) == nil {
			tf := taskFailure(err, t.cx)
			if ts.activity {
				t.emit("ActivityFailed", errorDetails(tf.Error, tf.Cause))
			} else {
				t.emitTask(ts, "Failed", errorDetails(tf.Error, tf.Cause))
			}
			return nil, tf
		}
		if !ts.activity {
			if submitted == nil {
				submitted = value.NewObject(0)
			}
			t.emitTask(ts, "Submitted", details("output", jsonText(submitted), "outputDetails", notTruncated()))
		}
	} else if !ts.activity && !handled {
		t.emitTask(ts, "Submitted", details("output", "{}", "outputDetails", notTruncated()))
	}
	return t.tokenResult(ts, t.awaitToken(ts, p, timeout, heartbeat, child))
}

// startTokenChild starts the nested execution of a
// states:startExecution.waitForTaskToken task (its input carries the
// token, which the child sends back). handled is false when the task is
// not one or the resolver leaves it to the TaskHandler.
func (t *thread) startTokenChild(st *state, p *pendingTask, params value.Value) (child *Execution, handled bool, f *failure) {
	if pattern, ok := startExecutionPattern(st.task.resource); !ok || pattern != ".waitForTaskToken" {
		return nil, false, nil
	}
	child, f = t.startChild(params)
	if f != nil {
		t.ex.cb.expire(p)
		t.emitTask(st.task, "Failed", errorDetails(f.Error, f.Cause))
		return nil, true, f
	}
	if child == nil {
		return nil, false, nil
	}
	t.emitTask(st.task, "Submitted", details("output", jsonText(startResponse(child)), "outputDetails", notTruncated()))
	go func() { // wake the wait when the child ends, to stop holding time
		select {
		case <-child.Done():
			p.notify()
		case <-t.cx.Done():
		}
	}()
	return child, true, nil
}

// AnswerToken adapts h for tasks that wait for a task token: h's result
// becomes the token's answer (SendTaskSuccess), and a *TaskError from h
// its failure (SendTaskFailure), as Step Functions Local treats mocked
// responses of .waitForTaskToken tasks. Requests without a token pass
// through unchanged, as do StopErrors. Use it for mocks, stubs and Go
// handlers that stand for the whole round trip; a handler that only
// makes the request (and lets a test or a worker answer later) should
// not be wrapped.
func AnswerToken(h TaskHandler) TaskHandler {
	return func(ctx context.Context, req *TaskRequest) (value.Value, error) {
		if req.Token == "" || req.callbacks == nil {
			return h(ctx, req)
		}
		out, err := h(ctx, req)
		var se *StopError
		switch {
		case errors.As(err, &se):
			return nil, err
		case err != nil:
			name, cause := ErrTaskFailed, err.Error()
			var te *TaskError
			if errors.As(err, &te) {
				name, cause = te.Name, te.Cause
			}
			return nil, req.callbacks.SendTaskFailure(req.Token, name, cause)
		}
		return nil, req.callbacks.SendTaskSuccess(req.Token, out)
	}
}
