package sfn

import (
	"time"

	"github.com/stepwise-go/stepwise/jsontree"
)

// The comparison operators of Choice rules. Each compares the value at
// variable (a JSONPath into the state's input, the context object "$$…",
// or a variable "$name") with a literal, or — in the …Path forms — with the
// value at another path. A value of the wrong type does not match. See
// https://docs.aws.amazon.com/step-functions/latest/dg/state-choice.html

// StringEquals is true when variable holds a string that equals value (compared character by character, by Unicode code point).
func StringEquals(variable Path, value string) Condition {
	return compareString(variable, "StringEquals", value)
}

// StringEqualsPath is StringEquals against the value at other.
func StringEqualsPath(variable, other Path) Condition {
	return comparePath(variable, "StringEqualsPath", other)
}

// StringLessThan is true when variable holds a string that is less than value (compared character by character, by Unicode code point).
func StringLessThan(variable Path, value string) Condition {
	return compareString(variable, "StringLessThan", value)
}

// StringLessThanPath is StringLessThan against the value at other.
func StringLessThanPath(variable, other Path) Condition {
	return comparePath(variable, "StringLessThanPath", other)
}

// StringGreaterThan is true when variable holds a string that is greater than value (compared character by character, by Unicode code point).
func StringGreaterThan(variable Path, value string) Condition {
	return compareString(variable, "StringGreaterThan", value)
}

// StringGreaterThanPath is StringGreaterThan against the value at other.
func StringGreaterThanPath(variable, other Path) Condition {
	return comparePath(variable, "StringGreaterThanPath", other)
}

// StringLessThanEquals is true when variable holds a string that is less than or equal to value (compared character by character, by Unicode code point).
func StringLessThanEquals(variable Path, value string) Condition {
	return compareString(variable, "StringLessThanEquals", value)
}

// StringLessThanEqualsPath is StringLessThanEquals against the value at other.
func StringLessThanEqualsPath(variable, other Path) Condition {
	return comparePath(variable, "StringLessThanEqualsPath", other)
}

// StringGreaterThanEquals is true when variable holds a string that is greater than or equal to value (compared character by character, by Unicode code point).
func StringGreaterThanEquals(variable Path, value string) Condition {
	return compareString(variable, "StringGreaterThanEquals", value)
}

// StringGreaterThanEqualsPath is StringGreaterThanEquals against the value at other.
func StringGreaterThanEqualsPath(variable, other Path) Condition {
	return comparePath(variable, "StringGreaterThanEqualsPath", other)
}

// NumericEquals is true when variable holds a number that equals value.
func NumericEquals(variable Path, value float64) Condition {
	return compareNumber(variable, "NumericEquals", value)
}

// NumericEqualsPath is NumericEquals against the value at other.
func NumericEqualsPath(variable, other Path) Condition {
	return comparePath(variable, "NumericEqualsPath", other)
}

// NumericLessThan is true when variable holds a number that is less than value.
func NumericLessThan(variable Path, value float64) Condition {
	return compareNumber(variable, "NumericLessThan", value)
}

// NumericLessThanPath is NumericLessThan against the value at other.
func NumericLessThanPath(variable, other Path) Condition {
	return comparePath(variable, "NumericLessThanPath", other)
}

// NumericGreaterThan is true when variable holds a number that is greater than value.
func NumericGreaterThan(variable Path, value float64) Condition {
	return compareNumber(variable, "NumericGreaterThan", value)
}

// NumericGreaterThanPath is NumericGreaterThan against the value at other.
func NumericGreaterThanPath(variable, other Path) Condition {
	return comparePath(variable, "NumericGreaterThanPath", other)
}

// NumericLessThanEquals is true when variable holds a number that is less than or equal to value.
func NumericLessThanEquals(variable Path, value float64) Condition {
	return compareNumber(variable, "NumericLessThanEquals", value)
}

// NumericLessThanEqualsPath is NumericLessThanEquals against the value at other.
func NumericLessThanEqualsPath(variable, other Path) Condition {
	return comparePath(variable, "NumericLessThanEqualsPath", other)
}

// NumericGreaterThanEquals is true when variable holds a number that is greater than or equal to value.
func NumericGreaterThanEquals(variable Path, value float64) Condition {
	return compareNumber(variable, "NumericGreaterThanEquals", value)
}

// NumericGreaterThanEqualsPath is NumericGreaterThanEquals against the value at other.
func NumericGreaterThanEqualsPath(variable, other Path) Condition {
	return comparePath(variable, "NumericGreaterThanEqualsPath", other)
}

// TimestampEquals is true when variable holds a timestamp that equals value (rendered in RFC 3339).
func TimestampEquals(variable Path, value time.Time) Condition {
	return compareTime(variable, "TimestampEquals", value)
}

// TimestampEqualsPath is TimestampEquals against the value at other.
func TimestampEqualsPath(variable, other Path) Condition {
	return comparePath(variable, "TimestampEqualsPath", other)
}

// TimestampLessThan is true when variable holds a timestamp that is less than value (rendered in RFC 3339).
func TimestampLessThan(variable Path, value time.Time) Condition {
	return compareTime(variable, "TimestampLessThan", value)
}

// TimestampLessThanPath is TimestampLessThan against the value at other.
func TimestampLessThanPath(variable, other Path) Condition {
	return comparePath(variable, "TimestampLessThanPath", other)
}

// TimestampGreaterThan is true when variable holds a timestamp that is greater than value (rendered in RFC 3339).
func TimestampGreaterThan(variable Path, value time.Time) Condition {
	return compareTime(variable, "TimestampGreaterThan", value)
}

// TimestampGreaterThanPath is TimestampGreaterThan against the value at other.
func TimestampGreaterThanPath(variable, other Path) Condition {
	return comparePath(variable, "TimestampGreaterThanPath", other)
}

// TimestampLessThanEquals is true when variable holds a timestamp that is less than or equal to value (rendered in RFC 3339).
func TimestampLessThanEquals(variable Path, value time.Time) Condition {
	return compareTime(variable, "TimestampLessThanEquals", value)
}

// TimestampLessThanEqualsPath is TimestampLessThanEquals against the value at other.
func TimestampLessThanEqualsPath(variable, other Path) Condition {
	return comparePath(variable, "TimestampLessThanEqualsPath", other)
}

// TimestampGreaterThanEquals is true when variable holds a timestamp that is greater than or equal to value (rendered in RFC 3339).
func TimestampGreaterThanEquals(variable Path, value time.Time) Condition {
	return compareTime(variable, "TimestampGreaterThanEquals", value)
}

// TimestampGreaterThanEqualsPath is TimestampGreaterThanEquals against the value at other.
func TimestampGreaterThanEqualsPath(variable, other Path) Condition {
	return comparePath(variable, "TimestampGreaterThanEqualsPath", other)
}

// BooleanEquals is true when variable holds the boolean v.
func BooleanEquals(variable Path, v bool) Condition {
	return compare(variable, "BooleanEquals", jsontree.NewBool(v))
}

// BooleanEqualsPath is BooleanEquals against the value at other.
func BooleanEqualsPath(variable, other Path) Condition {
	return comparePath(variable, "BooleanEqualsPath", other)
}

// StringMatches is true when variable holds a string matching pattern, in
// which * matches any run of characters. In the pattern, \* is a literal
// star and \\ a backslash (in a Go string literal: "\\*", "\\\\").
func StringMatches(variable Path, pattern string) Condition {
	return compareString(variable, "StringMatches", pattern)
}

// IsNull is true when variable is null (rendered "IsNull": true).
func IsNull(variable Path) Condition { return testType(variable, "IsNull", true) }

// IsNotNull is true when variable holds a value other than null (rendered "IsNull": false).
func IsNotNull(variable Path) Condition { return testType(variable, "IsNull", false) }

// IsPresent is true when variable exists in the input (rendered "IsPresent": true).
func IsPresent(variable Path) Condition { return testType(variable, "IsPresent", true) }

// IsNotPresent is true when variable does not exist in the input (rendered "IsPresent": false).
func IsNotPresent(variable Path) Condition { return testType(variable, "IsPresent", false) }

// IsNumeric is true when variable holds a number (rendered "IsNumeric": true).
func IsNumeric(variable Path) Condition { return testType(variable, "IsNumeric", true) }

// IsNotNumeric is true when variable does not hold a number (rendered "IsNumeric": false).
func IsNotNumeric(variable Path) Condition { return testType(variable, "IsNumeric", false) }

// IsString is true when variable holds a string (rendered "IsString": true).
func IsString(variable Path) Condition { return testType(variable, "IsString", true) }

// IsNotString is true when variable does not hold a string (rendered "IsString": false).
func IsNotString(variable Path) Condition { return testType(variable, "IsString", false) }

// IsBoolean is true when variable holds a boolean (rendered "IsBoolean": true).
func IsBoolean(variable Path) Condition { return testType(variable, "IsBoolean", true) }

// IsNotBoolean is true when variable does not hold a boolean (rendered "IsBoolean": false).
func IsNotBoolean(variable Path) Condition { return testType(variable, "IsBoolean", false) }

// IsTimestamp is true when variable holds a string that is an RFC 3339 timestamp (rendered "IsTimestamp": true).
func IsTimestamp(variable Path) Condition { return testType(variable, "IsTimestamp", true) }

// IsNotTimestamp is true when variable does not hold a timestamp (rendered "IsTimestamp": false).
func IsNotTimestamp(variable Path) Condition { return testType(variable, "IsTimestamp", false) }
