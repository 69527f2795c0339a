package jsontree

import (
	"encoding/json"
	"strconv"
)

// Kind is the JSON type of a Value.
type Kind uint8

// The JSON types.
const (
	Null Kind = iota
	Bool
	Number
	String
	Array
	Object
)

// String names the kind as JSON Schema does ("null", "boolean", …).
func (k Kind) String() string {
	switch k {
	case Null:
		return "null"
	case Bool:
		return "boolean"
	case Number:
		return "number"
	case String:
		return "string"
	case Array:
		return "array"
	default:
		return "object"
	}
}

// Value is one JSON value. The zero Value is null.
type Value struct {
	Kind    Kind
	Bool    bool     // for Bool
	Text    string   // for String: the decoded string; for Number: the literal text
	Items   []*Value // for Array
	Members []Member // for Object, in document order, duplicates kept
	// Offset is the byte offset of the value in the parsed document, or -1
	// for values built in code.
	Offset int
}

// Member is one key/value pair of an object.
type Member struct {
	Key   string
	Value *Value
	// KeyOffset is the byte offset of the key in the parsed document, or -1.
	KeyOffset int
}

// NewNull returns a JSON null.
func NewNull() *Value { return &Value{Kind: Null, Offset: -1} }

// NewBool returns a JSON boolean.
func NewBool(b bool) *Value { return &Value{Kind: Bool, Bool: b, Offset: -1} }

// NewString returns a JSON string.
func NewString(s string) *Value { return &Value{Kind: String, Text: s, Offset: -1} }

// NewInt returns a JSON number holding an integer.
func NewInt(n int64) *Value {
	return &Value{Kind: Number, Text: strconv.FormatInt(n, 10), Offset: -1}
}

// NewFloat returns a JSON number, formatted as encoding/json formats float64
// (shortest representation that round-trips). NaN and infinities have no
// JSON form; they become null.
func NewFloat(f float64) *Value {
	b, err := json.Marshal(f)
	if err != nil {
		return NewNull()
	}
	return &Value{Kind: Number, Text: string(b), Offset: -1}
}

// NewNumber returns a JSON number with the given literal text, which the
// caller guarantees is a valid JSON number.
func NewNumber(literal string) *Value { return &Value{Kind: Number, Text: literal, Offset: -1} }

// NewArray returns a JSON array of the given items.
func NewArray(items ...*Value) *Value { return &Value{Kind: Array, Items: items, Offset: -1} }

// NewObject returns an empty JSON object; add members with Set.
func NewObject() *Value { return &Value{Kind: Object, Offset: -1} }

// Set appends a member to an object and returns the object, for chaining.
// It does not look for an existing member of the same key.
func (v *Value) Set(key string, value *Value) *Value {
	v.Members = append(v.Members, Member{Key: key, Value: value, KeyOffset: -1})
	return v
}

// Get returns the value of the first member named key, or nil when the value
// is not an object or has no such member.
func (v *Value) Get(key string) *Value {
	if v == nil || v.Kind != Object {
		return nil
	}
	for _, m := range v.Members {
		if m.Key == key {
			return m.Value
		}
	}
	return nil
}

// Float returns a number's value as float64, and false when v is not a
// number or does not fit.
func (v *Value) Float() (float64, bool) {
	if v == nil || v.Kind != Number {
		return 0, false
	}
	f, err := strconv.ParseFloat(v.Text, 64)
	return f, err == nil
}

// Int returns a number's value as int64, and false when v is not a number
// with an integral value that fits (1.0 and 1e2 count as integers).
func (v *Value) Int() (int64, bool) {
	if v == nil || v.Kind != Number {
		return 0, false
	}
	if n, err := strconv.ParseInt(v.Text, 10, 64); err == nil {
		return n, true
	}
	f, err := strconv.ParseFloat(v.Text, 64)
	if err != nil || f != float64(int64(f)) || f > 1<<62 || f < -(1<<62) {
		return 0, false
	}
	return int64(f), true
}

// Clone returns a deep copy of v.
func (v *Value) Clone() *Value {
	if v == nil {
		return nil
	}
	c := *v
	if v.Items != nil {
		c.Items = make([]*Value, len(v.Items))
		for i, it := range v.Items {
			c.Items[i] = it.Clone()
		}
	}
	if v.Members != nil {
		c.Members = make([]Member, len(v.Members))
		for i, m := range v.Members {
			c.Members[i] = Member{Key: m.Key, Value: m.Value.Clone(), KeyOffset: m.KeyOffset}
		}
	}
	return &c
}
