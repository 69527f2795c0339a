package server

import (
	"net/http"
)

// callbacksMissing explains why the task-token operations do not work yet.
const callbacksMissing = "the runtime's task tokens (runtime.Callbacks) are not on this branch yet"

// restoreActivity registers an activity with the runtime's callbacks, so
// that Task states naming it wait for a worker.
func (s *Server) restoreActivity(*activity) error { return nil }

func (s *Server) sendTaskSuccess(_ *http.Request, body []byte) (any, error) {
	return nil, unavailable("SendTaskSuccess", callbacksMissing)
}

func (s *Server) sendTaskFailure(_ *http.Request, body []byte) (any, error) {
	return nil, unavailable("SendTaskFailure", callbacksMissing)
}

func (s *Server) sendTaskHeartbeat(_ *http.Request, body []byte) (any, error) {
	return nil, unavailable("SendTaskHeartbeat", callbacksMissing)
}

func (s *Server) getActivityTask(_ *http.Request, body []byte) (any, error) {
	return nil, unavailable("GetActivityTask", callbacksMissing)
}
