package server

import (
	"encoding/base64"
	"encoding/json"
	"net/http"
	"strconv"
	"time"

	"github.com/stepwise-go/stepwise/runtime"
	"github.com/stepwise-go/stepwise/value"
)

// encodeEvents writes events as GetExecutionHistory returns them: the
// timestamp in epoch seconds (the SDKs' form for AWS JSON 1.0), the
// details under their type's key.
func encodeEvents(evs []runtime.Event) []json.RawMessage {
	out := make([]json.RawMessage, len(evs))
	for i := range evs {
		out[i] = evs[i].AppendJSON(nil, appendEpoch)
	}
	return out
}

// appendEpoch writes t as epoch seconds.
func appendEpoch(b []byte, t time.Time) []byte {
	e, _ := epoch(t).MarshalJSON()
	return append(b, e...)
}

// jsonText is v as JSON text ("null" for undefined).
func jsonText(v value.Value) string {
	if v == nil {
		return "null"
	}
	return string(value.Marshal(v))
}

type historyRequest struct {
	ExecutionArn string  `json:"executionArn"`
	MaxResults   int     `json:"maxResults"`
	ReverseOrder bool    `json:"reverseOrder"`
	NextToken    *string `json:"nextToken"`
}

type historyResponse struct {
	Events    []json.RawMessage `json:"events"`
	NextToken *string           `json:"nextToken,omitempty"`
}

// getExecutionHistory pages through the history. A token holds the id of
// the next event to return, so pages stay right while a running
// execution adds events.
func (s *Server) getExecutionHistory(_ *http.Request, body []byte) (any, error) {
	var req historyRequest
	if err := decode(body, &req); err != nil {
		return nil, err
	}
	size, err := pageSize(req.MaxResults)
	if err != nil {
		return nil, err
	}
	e, err := s.lookupExecution(req.ExecutionArn)
	if err != nil {
		return nil, err
	}
	evs := s.events(e)
	n := len(evs)
	// next is the 1-based id of the next event to return.
	next := 1
	if req.ReverseOrder {
		next = n
	}
	if req.NextToken != nil && *req.NextToken != "" {
		raw, derr := base64.RawURLEncoding.DecodeString(*req.NextToken)
		id, perr := strconv.Atoi(string(raw))
		if derr != nil || perr != nil || id < 1 || id > n {
			return nil, newError(errInvalidToken, "Invalid Token: %q is not a history token this server gave for %s", *req.NextToken, req.ExecutionArn)
		}
		next = id
	}
	resp := historyResponse{Events: []json.RawMessage{}}
	for len(resp.Events) < size && next >= 1 && next <= n {
		resp.Events = append(resp.Events, evs[next-1])
		if req.ReverseOrder {
			next--
		} else {
			next++
		}
	}
	if next >= 1 && next <= n {
		t := base64.RawURLEncoding.EncodeToString([]byte(strconv.Itoa(next)))
		resp.NextToken = &t
	}
	return resp, nil
}
