package server

import (
	"net/http"
	"time"
)

// activity is one activity, as the server keeps (and stores) it.
type activity struct {
	Arn     string    `json:"arn"`
	Name    string    `json:"name"`
	Created time.Time `json:"created"`
}

type createActivityRequest struct {
	Name string `json:"name"`
}

type activityResponse struct {
	ActivityArn  string `json:"activityArn"`
	Name         string `json:"name,omitempty"`
	CreationDate epoch  `json:"creationDate"`
}

// createActivity is idempotent, as on AWS: creating an existing activity
// answers with it.
func (s *Server) createActivity(_ *http.Request, body []byte) (any, error) {
	var req createActivityRequest
	if err := decode(body, &req); err != nil {
		return nil, err
	}
	if err := checkName("activity", req.Name); err != nil {
		return nil, err
	}
	arn := s.activityArn(req.Name)
	s.mu.Lock()
	defer s.mu.Unlock()
	if a := s.activities[arn]; a != nil {
		return activityResponse{ActivityArn: arn, CreationDate: epoch(a.Created)}, nil
	}
	a := &activity{Arn: arn, Name: req.Name, Created: s.now()}
	if err := s.restoreActivity(a); err != nil {
		return nil, err
	}
	if err := s.store.put(bucketActivities, arn, a); err != nil {
		return nil, err
	}
	s.activities[arn] = a
	return activityResponse{ActivityArn: arn, CreationDate: epoch(a.Created)}, nil
}

type activityArnRequest struct {
	ActivityArn string `json:"activityArn"`
}

// lookupActivity finds an activity: InvalidArn for a malformed ARN,
// ActivityDoesNotExist for an unknown one.
func (s *Server) lookupActivity(arn string) (*activity, error) {
	if err := checkArn("activityArn", arn, "activity", 1); err != nil {
		return nil, err
	}
	s.mu.Lock()
	a := s.activities[arn]
	s.mu.Unlock()
	if a == nil {
		return nil, newError(errActivityDoesNotExist, "Activity Does Not Exist: '%s'", arn)
	}
	return a, nil
}

func (s *Server) describeActivity(_ *http.Request, body []byte) (any, error) {
	var req activityArnRequest
	if err := decode(body, &req); err != nil {
		return nil, err
	}
	a, err := s.lookupActivity(req.ActivityArn)
	if err != nil {
		return nil, err
	}
	return activityResponse{ActivityArn: a.Arn, Name: a.Name, CreationDate: epoch(a.Created)}, nil
}

func (s *Server) listActivities(_ *http.Request, body []byte) (any, error) {
	var req listRequest
	if err := decode(body, &req); err != nil {
		return nil, err
	}
	all := oldestFirst(s, s.activities, func(a *activity) (time.Time, string) { return a.Created, a.Arn })
	got, next, err := page(all, func(a *activity) string { return a.Arn }, req.NextToken, req.MaxResults)
	if err != nil {
		return nil, err
	}
	items := make([]activityResponse, len(got))
	for i, a := range got {
		items[i] = activityResponse{ActivityArn: a.Arn, Name: a.Name, CreationDate: epoch(a.Created)}
	}
	return map[string]any{"activities": items, "nextToken": next}, nil
}

// deleteActivity deletes at once; deleting an unknown activity succeeds,
// as on AWS.
func (s *Server) deleteActivity(_ *http.Request, body []byte) (any, error) {
	var req activityArnRequest
	if err := decode(body, &req); err != nil {
		return nil, err
	}
	if err := checkArn("activityArn", req.ActivityArn, "activity", 1); err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.store.delete(bucketActivities, req.ActivityArn); err != nil {
		return nil, err
	}
	delete(s.activities, req.ActivityArn)
	return struct{}{}, nil
}
