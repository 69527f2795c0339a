package server

import (
	"encoding/json"
	"errors"
	"net/http"

	"github.com/stepwise-go/stepwise/internal/taskrun"
	"github.com/stepwise-go/stepwise/runtime"
	"github.com/stepwise-go/stepwise/value"
)

type testStateRequest struct {
	Definition      string  `json:"definition"`
	RoleArn         string  `json:"roleArn"`
	Input           *string `json:"input"`
	InspectionLevel string  `json:"inspectionLevel"`
	RevealSecrets   bool    `json:"revealSecrets"`
	Variables       *string `json:"variables"`
	StateName       string  `json:"stateName"`
	Context         *string `json:"context"`
	Mock            *struct {
		Result              *string                  `json:"result"`
		ErrorOutput         *runtime.MockErrorOutput `json:"errorOutput"`
		FieldValidationMode string                   `json:"fieldValidationMode"`
	} `json:"mock"`
	StateConfiguration *runtime.StateConfiguration `json:"stateConfiguration"`
}

// testState runs one state with runtime.TestState, as AWS's TestState
// does. A Task state without a mock is answered by the server's
// responders (Options.Responder, Options.StubEcho), not a real service.
func (s *Server) testState(_ *http.Request, body []byte) (any, error) {
	var req testStateRequest
	if err := decode(body, &req); err != nil {
		return nil, err
	}
	if req.RoleArn != "" {
		if err := checkRole(req.RoleArn); err != nil {
			return nil, err
		}
	}
	treq := &runtime.TestStateRequest{Definition: []byte(req.Definition), StateName: req.StateName,
		InspectionLevel: req.InspectionLevel, RevealSecrets: req.RevealSecrets, RoleArn: req.RoleArn,
		Config: req.StateConfiguration}
	if req.Input != nil {
		in, err := value.ParseString(*req.Input)
		if err != nil {
			return nil, newError(errInvalidExecutionInput, "Invalid State Machine Execution Input: '%v'", err)
		}
		treq.Input = in
	}
	if req.Variables != nil {
		v, err := value.ParseString(*req.Variables)
		o, ok := v.(*value.Object)
		if err != nil || !ok {
			return nil, newError(errValidation, "variables must be the JSON text of an object")
		}
		treq.Variables = o
	}
	if req.Context != nil {
		c, err := value.ParseString(*req.Context)
		if err != nil {
			return nil, newError(errValidation, "context must be JSON text: %v", err)
		}
		treq.Context = c
	}
	if m := req.Mock; m != nil {
		treq.Mock = &runtime.TestStateMock{ErrorOutput: m.ErrorOutput, FieldValidationMode: m.FieldValidationMode}
		if m.Result != nil {
			treq.Mock.Result = *m.Result
		}
	}
	r, err := s.responder("", "")
	if err != nil {
		return nil, err
	}
	if r != nil {
		treq.Options = &runtime.Options{Tasks: taskrun.Handler("", r)}
	}
	resp, err := runtime.TestState(s.ctx, treq)
	var apiErr *runtime.APIError
	if errors.As(err, &apiErr) {
		return nil, newError(apiErr.Code, "%s", apiErr.Message)
	}
	if err != nil {
		return nil, err
	}
	return json.RawMessage(value.Marshal(testStateWire(resp.JSON()))), nil
}

// numericInspection are the inspectionData fields that are numbers or
// objects on the wire; every other one is JSON text.
var numericInspection = map[string]bool{"maxConcurrency": true, "toleratedFailureCount": true,
	"toleratedFailurePercentage": true, "errorDetails": true, "request": true, "response": true}

// testStateWire turns the runtime's response (JSON values) into the wire
// shape, where output and the inspection data's values are JSON text.
func testStateWire(o *value.Object) *value.Object {
	out := value.NewObject(o.Len())
	for _, k := range o.Keys() {
		v, _ := o.Get(k)
		switch k {
		case "output":
			v = jsonText(v)
		case "inspectionData":
			in, _ := v.(*value.Object)
			d := value.NewObject(in.Len())
			for _, ik := range in.Keys() {
				iv, _ := in.Get(ik)
				if !numericInspection[ik] {
					iv = jsonText(iv)
				}
				d.Set(ik, iv)
			}
			v = d
		}
		out.Set(k, v)
	}
	return out
}
