package server

import (
	"context"
	"errors"
	"net/http"
	"time"

	"github.com/stepwise-go/stepwise/runtime"
	"github.com/stepwise-go/stepwise/value"
)

// restoreActivity registers an activity with the runtime's callbacks, so
// that workers can poll it before an execution schedules a task on it.
func (s *Server) restoreActivity(a *activity) error {
	s.callbacks.CreateActivity(a.Name)
	return nil
}

// tokenError turns the runtime's callback errors into AWS's exceptions.
func tokenError(err error) error {
	for _, m := range []struct {
		err error
		typ string
	}{
		{runtime.ErrTaskDoesNotExist, errTaskDoesNotExist},
		{runtime.ErrTaskTimedOut, errTaskTimedOut},
		{runtime.ErrInvalidToken, errInvalidToken},
		{runtime.ErrActivityDoesNotExist, errActivityDoesNotExist},
	} {
		if errors.Is(err, m.err) {
			return newError(m.typ, "%v", err)
		}
	}
	return err
}

// checkToken requires a task token of AWS's length (1 to 2048).
func checkToken(token string) error {
	if token == "" || len(token) > 2048 {
		return newError(errInvalidToken, "Invalid Token: a task token has 1 to 2048 characters, not %d", len(token))
	}
	return nil
}

type sendTaskSuccessRequest struct {
	TaskToken string `json:"taskToken"`
	Output    string `json:"output"`
}

// sendTaskSuccess completes the task waiting for the token; the output
// must be JSON text (InvalidOutput otherwise).
func (s *Server) sendTaskSuccess(_ *http.Request, body []byte) (any, error) {
	var req sendTaskSuccessRequest
	if err := decode(body, &req); err != nil {
		return nil, err
	}
	if err := checkToken(req.TaskToken); err != nil {
		return nil, err
	}
	out, err := value.ParseString(req.Output)
	if err != nil {
		return nil, newError(errInvalidOutput, "Invalid Output: '%v'", err)
	}
	if err := s.callbacks.SendTaskSuccess(req.TaskToken, out); err != nil {
		return nil, tokenError(err)
	}
	return struct{}{}, nil
}

type sendTaskFailureRequest struct {
	TaskToken string `json:"taskToken"`
	Error     string `json:"error"`
	Cause     string `json:"cause"`
}

func (s *Server) sendTaskFailure(_ *http.Request, body []byte) (any, error) {
	var req sendTaskFailureRequest
	if err := decode(body, &req); err != nil {
		return nil, err
	}
	if err := checkToken(req.TaskToken); err != nil {
		return nil, err
	}
	if err := s.callbacks.SendTaskFailure(req.TaskToken, req.Error, req.Cause); err != nil {
		return nil, tokenError(err)
	}
	return struct{}{}, nil
}

type sendTaskHeartbeatRequest struct {
	TaskToken string `json:"taskToken"`
}

func (s *Server) sendTaskHeartbeat(_ *http.Request, body []byte) (any, error) {
	var req sendTaskHeartbeatRequest
	if err := decode(body, &req); err != nil {
		return nil, err
	}
	if err := checkToken(req.TaskToken); err != nil {
		return nil, err
	}
	if err := s.callbacks.SendTaskHeartbeat(req.TaskToken); err != nil {
		return nil, tokenError(err)
	}
	return struct{}{}, nil
}

type getActivityTaskRequest struct {
	ActivityArn string `json:"activityArn"`
	WorkerName  string `json:"workerName"`
}

type getActivityTaskResponse struct {
	TaskToken *string `json:"taskToken,omitempty"`
	Input     *string `json:"input,omitempty"`
}

// activityRetry is how often GetActivityTask asks again for an activity
// the runtime does not know yet (one created under another region or
// account than the runtime's default, known there once a task is
// scheduled).
const activityRetry = 20 * time.Millisecond

// getActivityTask long-polls for a task of the activity, at most
// Options.ActivityPoll (60 seconds by default, as on AWS); with none it
// answers without a token, as AWS does.
func (s *Server) getActivityTask(r *http.Request, body []byte) (any, error) {
	var req getActivityTaskRequest
	if err := decode(body, &req); err != nil {
		return nil, err
	}
	if _, err := s.lookupActivity(req.ActivityArn); err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.opts.ActivityPoll)
	defer cancel()
	stop := context.AfterFunc(s.ctx, cancel)
	defer stop()
	for {
		token, input, err := s.callbacks.GetActivityTask(ctx, req.ActivityArn, req.WorkerName)
		if errors.Is(err, runtime.ErrActivityDoesNotExist) {
			select {
			case <-time.After(activityRetry):
				continue
			case <-ctx.Done():
				return getActivityTaskResponse{}, nil
			}
		}
		if err != nil {
			return nil, tokenError(err)
		}
		if token == "" {
			return getActivityTaskResponse{}, nil
		}
		in := jsonText(input)
		return getActivityTaskResponse{TaskToken: &token, Input: &in}, nil
	}
}
