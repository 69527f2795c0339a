package value

// Value is a JSON value: Null, bool, float64, string, []Value or *Object;
// nil means undefined (no value). See the package documentation.
type Value = any

// Null is JSON null.
var Null = null{}

type null struct{}

// String returns "null".
func (null) String() string { return "null" }

// Kind names the JSON type of v: "null", "boolean", "number", "string",
// "array", "object", or "undefined" for nil. Any other Go type gives "".
func Kind(v Value) string {
	switch v.(type) {
	case nil:
		return "undefined"
	case null:
		return "null"
	case bool:
		return "boolean"
	case float64:
		return "number"
	case string:
		return "string"
	case []Value:
		return "array"
	case *Object:
		return "object"
	}
	return ""
}

// IsNull reports whether v is JSON null.
func IsNull(v Value) bool { _, ok := v.(null); return ok }
