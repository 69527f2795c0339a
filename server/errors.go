package server

import (
	"fmt"
	"net/http"
)

// APIError is an error the API returns: Type is AWS's exception name
// ("ExecutionDoesNotExist"), which the SDKs map to their typed errors.
type APIError struct {
	Type    string
	Message string
	// Status is the HTTP status; 0 means 400, AWS's status for every
	// client error.
	Status int
}

// Error returns "Type: Message".
func (e *APIError) Error() string { return e.Type + ": " + e.Message }

// The exception names the server returns, as the Step Functions API
// reference spells them.
const (
	errActivityDoesNotExist      = "ActivityDoesNotExist"
	errExecutionAlreadyExists    = "ExecutionAlreadyExists"
	errExecutionDoesNotExist     = "ExecutionDoesNotExist"
	errInvalidArn                = "InvalidArn"
	errInvalidDefinition         = "InvalidDefinition"
	errInvalidExecutionInput     = "InvalidExecutionInput"
	errInvalidName               = "InvalidName"
	errInvalidOutput             = "InvalidOutput"
	errInvalidToken              = "InvalidToken"
	errStateMachineAlreadyExists = "StateMachineAlreadyExists"
	errStateMachineDoesNotExist  = "StateMachineDoesNotExist"
	errStateMachineTypeNotSupp   = "StateMachineTypeNotSupported"
	errTaskDoesNotExist          = "TaskDoesNotExist"
	errTaskTimedOut              = "TaskTimedOut"
	errValidation                = "ValidationException"
	errUnknownOperation          = "UnknownOperationException"
	errSerialization             = "SerializationException"
	errInternal                  = "InternalFailure"
)

// newError builds an *APIError with a formatted message.
func newError(typ, format string, args ...any) *APIError {
	return &APIError{Type: typ, Message: fmt.Sprintf(format, args...)}
}

// unavailable is the error of an operation this build cannot serve yet.
func unavailable(op, why string) *APIError {
	return &APIError{Type: errValidation, Message: op + " is not available in stepwise serve yet: " + why, Status: http.StatusBadRequest}
}
