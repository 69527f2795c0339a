package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// targetPrefix starts every X-Amz-Target header of the Step Functions API.
const targetPrefix = "AWSStepFunctions."

// MaxRequestBytes bounds a request body: a definition may hold 1 MiB and
// an input 256 KiB, so 2 MiB leaves room for the JSON around them.
const MaxRequestBytes = 2 << 20

// contentType is the AWS JSON 1.0 media type.
const contentType = "application/x-amz-json-1.0"

// operation handles one API call: it decodes its request from body and
// returns the response object to encode, or an *APIError.
type operation func(s *Server, r *http.Request, body []byte) (any, error)

// ServeHTTP answers one API call. Every response is JSON; every failure is
// HTTP 400 (500 for a failure of the server itself) with AWS's error body.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodGet && r.URL.Path == "/" {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprintln(w, "stepwise serve: a local AWS Step Functions endpoint; POST AWS JSON 1.0 requests with X-Amz-Target: AWSStepFunctions.<Operation>")
		return
	}
	if r.Method != http.MethodPost {
		writeError(w, newError(errUnknownOperation, "the Step Functions API takes POST requests, not %s", r.Method))
		return
	}
	target := r.Header.Get("X-Amz-Target")
	name, ok := strings.CutPrefix(target, targetPrefix)
	op := operations[name]
	if !ok || op == nil {
		writeError(w, newError(errUnknownOperation, "unknown operation %q (X-Amz-Target must be AWSStepFunctions.<Operation>)", target))
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxRequestBytes))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			writeError(w, newError(errValidation, "the request body is larger than %d bytes", MaxRequestBytes))
			return
		}
		writeError(w, newError(errSerialization, "reading the request body: %v", err))
		return
	}
	if len(bytes.TrimSpace(body)) == 0 {
		body = []byte("{}")
	}
	out, err := op(s, r, body)
	if err != nil {
		var apiErr *APIError
		if !errors.As(err, &apiErr) {
			apiErr = &APIError{Type: errInternal, Message: err.Error(), Status: http.StatusInternalServerError}
		}
		writeError(w, apiErr)
		return
	}
	data, err := json.Marshal(out)
	if err != nil {
		writeError(w, &APIError{Type: errInternal, Message: err.Error(), Status: http.StatusInternalServerError})
		return
	}
	w.Header().Set("Content-Type", contentType)
	w.Write(data)
}

// decode reads a request object into v; malformed JSON, or a field of the
// wrong type, is a SerializationException as on AWS.
func decode(body []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(body))
	if err := dec.Decode(v); err != nil {
		return newError(errSerialization, "the request body is not a valid request object: %v", err)
	}
	if dec.More() {
		return newError(errSerialization, "the request body holds more than one JSON value")
	}
	return nil
}

// writeError writes AWS's error body and the X-Amzn-ErrorType header.
func writeError(w http.ResponseWriter, e *APIError) {
	status := e.Status
	if status == 0 {
		status = http.StatusBadRequest
	}
	data, _ := json.Marshal(map[string]string{"__type": e.Type, "message": e.Message})
	w.Header().Set("Content-Type", contentType)
	w.Header().Set("X-Amzn-ErrorType", e.Type)
	w.WriteHeader(status)
	w.Write(data)
}

// epoch is a time that marshals as AWS JSON 1.0 timestamps do: seconds
// since 1970 as a JSON number, with milliseconds.
type epoch time.Time

// MarshalJSON writes seconds since the epoch with up to three decimals.
func (t epoch) MarshalJSON() ([]byte, error) {
	ms := time.Time(t).UnixMilli()
	return strconv.AppendFloat(nil, float64(ms)/1000, 'f', -1, 64), nil
}

// epochPtr is nil for the zero time, so that optional dates are left out.
func epochPtr(t time.Time) *epoch {
	if t.IsZero() {
		return nil
	}
	e := epoch(t)
	return &e
}
