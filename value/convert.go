package value

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"

	"github.com/stepwise-go/stepwise/jsontree"
)

// FromTree converts a parsed document tree (the model's JSON fields, such
// as Parameters or Result) to a Value. Duplicate keys keep the last value.
// A nil tree gives nil.
func FromTree(t *jsontree.Value) Value {
	if t == nil {
		return nil
	}
	switch t.Kind {
	case jsontree.Null:
		return Null
	case jsontree.Bool:
		return t.Bool
	case jsontree.Number:
		f, _ := strconv.ParseFloat(t.Text, 64)
		return f
	case jsontree.String:
		return t.Text
	case jsontree.Array:
		items := make([]Value, len(t.Items))
		for i, item := range t.Items {
			items[i] = FromTree(item)
		}
		return items
	}
	o := NewObject(len(t.Members))
	for _, m := range t.Members {
		o.Set(m.Key, FromTree(m.Value))
	}
	return o
}

// FromGo converts what encoding/json decodes into (nil, bool, float64,
// json.Number, string, []any, map[string]any), plus Go's other integer and
// float types, to a Value. Map keys are sorted, since Go maps have no
// order. nil becomes Null. Other types are marshalled with encoding/json
// and read back.
func FromGo(v any) (Value, error) {
	switch x := v.(type) {
	case nil:
		return Null, nil
	case null, bool, float64, string, *Object:
		return x, nil
	case int:
		return float64(x), nil
	case int64:
		return float64(x), nil
	case int32:
		return float64(x), nil
	case float32:
		return float64(x), nil
	case json.Number:
		f, err := x.Float64()
		return f, err
	case []Value:
		out := make([]Value, len(x))
		for i, item := range x {
			c, err := FromGo(item)
			if err != nil {
				return nil, err
			}
			out[i] = c
		}
		return out, nil
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		o := NewObject(len(keys))
		for _, k := range keys {
			c, err := FromGo(x[k])
			if err != nil {
				return nil, err
			}
			o.Set(k, c)
		}
		return o, nil
	}
	data, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("value: cannot convert %T: %w", v, err)
	}
	return Parse(data)
}

// ToGo converts v to what encoding/json would decode its text into:
// nil for Null (and for undefined), bool, float64, string, []any,
// map[string]any.
func ToGo(v Value) any {
	switch x := v.(type) {
	case []Value:
		out := make([]any, len(x))
		for i, item := range x {
			out[i] = ToGo(item)
		}
		return out
	case *Object:
		m := make(map[string]any, x.Len())
		for i, k := range x.Keys() {
			m[k] = ToGo(x.vals[i])
		}
		return m
	case null:
		return nil
	}
	return v
}
