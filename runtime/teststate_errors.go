package runtime

import (
	"fmt"

	"github.com/stepwise-go/stepwise/asl"
)

// APIError is a TestState request AWS would refuse: Code is the
// exception name (ValidationException, InvalidDefinition) and Message
// AWS's text.
type APIError struct {
	Code    string
	Message string
}

// Error implements the error interface: "Code: Message".
func (e *APIError) Error() string { return e.Code + ": " + e.Message }

// validationError is a ValidationException.
func validationError(msg string) *APIError {
	return &APIError{Code: "ValidationException", Message: msg}
}

// invalidDefinition is an InvalidDefinition exception.
func invalidDefinition(msg string) *APIError {
	return &APIError{Code: "InvalidDefinition", Message: msg}
}

// schemaMessages turns the validator's codes into the texts of AWS's
// schema validation, where they differ from the validator's own.
var schemaMessages = map[asl.Code]string{
	"parallel-no-branches": "Value cannot be empty",
	"unknown-state-type":   "The field 'Type' should have one of these values: [Task, Wait, Pass, Succeed, Fail, Choice, Parallel, Map]",
}

// definitionError reports the first error of a definition as AWS's
// InvalidDefinition does: "Invalid State Machine Definition:
// 'SCHEMA_VALIDATION_FAILED: <what> at <JSON pointer>'".
func definitionError(diags asl.Diagnostics) *APIError {
	for _, d := range diags {
		if d.Severity != asl.Error {
			continue
		}
		msg, ok := schemaMessages[d.Code]
		if !ok {
			msg = d.Message
		}
		return invalidDefinition(fmt.Sprintf("Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: %s at %s'", msg, d.At.Pointer()))
	}
	return invalidDefinition("Invalid State Machine Definition: the definition could not be read")
}
