package server

import (
	"net/http"
	"strings"

	"github.com/stepwise-go/stepwise/asl"
)

type validateRequest struct {
	Definition string `json:"definition"`
	Type       string `json:"type"`
	Severity   string `json:"severity"`
	MaxResults int    `json:"maxResults"`
}

type validateDiagnostic struct {
	Severity string `json:"severity"`
	Code     string `json:"code"`
	Message  string `json:"message"`
	Location string `json:"location,omitempty"`
}

type validateResponse struct {
	Result      string               `json:"result"`
	Diagnostics []validateDiagnostic `json:"diagnostics"`
	Truncated   bool                 `json:"truncated"`
}

// validateStateMachineDefinition checks a definition as `stepwise
// validate` does and answers in AWS's shape: result OK or FAIL, and one
// diagnostic per problem with severity ERROR or WARNING, stepwise's
// diagnostic code in upper snake case (SCHEMA_VALIDATION_FAILED and
// friends are AWS's; the codes are stepwise's own, more specific ones)
// and the JSON pointer as location. severity ERROR (the default) leaves
// warnings out; maxResults (default 100) truncates.
func (s *Server) validateStateMachineDefinition(_ *http.Request, body []byte) (any, error) {
	var req validateRequest
	if err := decode(body, &req); err != nil {
		return nil, err
	}
	if _, err := checkType(req.Type); err != nil {
		return nil, err
	}
	switch req.Severity {
	case "", "ERROR", "WARNING":
	default:
		return nil, newError(errValidation, "1 validation error detected: Value '%s' at 'severity' failed to satisfy constraint: Member must satisfy enum value set: [ERROR, WARNING]", req.Severity)
	}
	limit, err := pageSize(req.MaxResults)
	if err != nil {
		return nil, err
	}
	resp := validateResponse{Result: "OK", Diagnostics: []validateDiagnostic{}}
	if strings.TrimSpace(req.Definition) == "" {
		resp.Result = "FAIL"
		resp.Diagnostics = append(resp.Diagnostics, validateDiagnostic{Severity: "ERROR", Code: "MISSING_DESCRIPTION", Message: "the definition is empty"})
		return resp, nil
	}
	_, diags := asl.ParseAndValidate([]byte(req.Definition))
	if diags.HasErrors() {
		resp.Result = "FAIL"
	}
	for _, d := range diags {
		if d.Severity == asl.Warning && req.Severity != "WARNING" {
			continue
		}
		if len(resp.Diagnostics) == limit {
			resp.Truncated = true
			break
		}
		sev := "ERROR"
		if d.Severity == asl.Warning {
			sev = "WARNING"
		}
		loc := d.At.Pointer()
		if loc == "" {
			loc = "/"
		}
		resp.Diagnostics = append(resp.Diagnostics, validateDiagnostic{Severity: sev, Code: upperSnake(string(d.Code)),
			Message: d.Message, Location: loc})
	}
	return resp, nil
}

// upperSnake turns "unknown-target" into "UNKNOWN_TARGET", AWS's style of
// diagnostic code.
func upperSnake(code string) string {
	return strings.ToUpper(strings.ReplaceAll(code, "-", "_"))
}
