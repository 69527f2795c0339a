package format

import (
	"encoding/json"
	"strings"
)

// Error is a failure with the jsonata-js error code and message.
//
// Code is the jsonata-js code ("D3080", …) or "" when jsonata-js would
// throw an uncoded JavaScript exception; Msg is the message jsonata-js
// gives, with {{value}} already replaced by the JSON form of Value; Value
// is the raw value inserted (a picture token, a timestamp, a component
// letter), "" when the message has none.
type Error struct {
	Code  string
	Msg   string
	Value string
}

// Error returns the code and the message, as "D3080: The picture string …".
func (e *Error) Error() string {
	if e.Code == "" {
		return e.Msg
	}
	return e.Code + ": " + e.Msg
}

// messages are jsonata-js 2.0.6's errorCodes templates for the codes this
// package raises.
var messages = map[string]string{
	"D3080": "The picture string must only contain a maximum of two sub-pictures",
	"D3081": "The sub-picture must not contain more than one instance of the 'decimal-separator' character",
	"D3082": "The sub-picture must not contain more than one instance of the 'percent' character",
	"D3083": "The sub-picture must not contain more than one instance of the 'per-mille' character",
	"D3084": "The sub-picture must not contain both a 'percent' and a 'per-mille' character",
	"D3085": "The mantissa part of a sub-picture must contain at least one character that is either an 'optional digit character' or a member of the 'decimal digit family'",
	"D3086": "The sub-picture must not contain a passive character that is preceded by an active character and that is followed by another active character",
	"D3087": "The sub-picture must not contain a 'grouping-separator' character that appears adjacent to a 'decimal-separator' character",
	"D3088": "The sub-picture must not contain a 'grouping-separator' at the end of the integer part",
	"D3089": "The sub-picture must not contain two adjacent instances of the 'grouping-separator' character",
	"D3090": "The integer part of the sub-picture must not contain a member of the 'decimal digit family' that is followed by an instance of the 'optional digit character'",
	"D3091": "The fractional part of the sub-picture must not contain an instance of the 'optional digit character' that is followed by a member of the 'decimal digit family'",
	"D3092": "A sub-picture that contains a 'percent' or 'per-mille' character must not contain a character treated as an 'exponent-separator'",
	"D3093": "The exponent part of the sub-picture must comprise only of one or more characters that are members of the 'decimal digit family'",
	"D3110": "The argument of the toMillis function must be an ISO 8601 formatted timestamp. Given {{value}}",
	"D3130": "Formatting or parsing an integer as a sequence starting with {{value}} is not supported by this implementation",
	"D3131": "In a decimal digit pattern, all digits must be from the same decimal group",
	"D3132": "Unknown component specifier {{value}} in date/time picture string",
	"D3133": "The 'name' modifier can only be applied to months and days in the date/time picture string, not {{value}}",
	"D3134": "The timezone integer format specifier cannot have more than four digits",
	"D3135": "No matching closing bracket ']' in date/time picture string",
	"D3136": "The date/time picture string is missing specifiers required to parse the timestamp",
}

// codeError builds the coded error; value is a string the message quotes
// as JSON, as jsonata-js's populateMessage does.
func codeError(code, value string) *Error {
	msg := messages[code]
	if strings.Contains(msg, "{{value}}") {
		b, _ := json.Marshal(value)
		msg = strings.ReplaceAll(msg, "{{value}}", string(b))
	}
	return &Error{Code: code, Msg: msg, Value: value}
}

// jsError is the uncoded failure for a JavaScript exception jsonata-js
// lets through (TypeError, RangeError) or a loop that never ends there.
func jsError(msg string) *Error { return &Error{Msg: msg} }

// Messages of the JavaScript exceptions jsonata-js lets through.
const (
	msgNoPrefix = "Cannot read properties of undefined (reading 'length')"
	msgToFixed  = "toFixed() digits argument must be between 0 and 100"
	msgStack    = "Maximum call stack size exceeded"
	msgNoUpper  = "Cannot read properties of undefined (reading 'toUpperCase')"
	msgNoLower  = "Cannot read properties of undefined (reading 'toLowerCase')"
	msgArrayLen = "Invalid array length"
	msgEndless  = "the exponent scaling of this number never ends (jsonata-js loops forever)"
	msgTooLong  = "the formatted result would exceed the length budget"
)
