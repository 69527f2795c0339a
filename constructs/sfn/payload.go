package sfn

import (
	"encoding"
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/stepwise-go/stepwise/jsontree"
)

// Path is a JSONPath: a path into the state's input ("$.status"), into the
// context object ("$$.Execution.Id"), or a variable ("$name"). Untyped
// string constants convert to it implicitly: InputPath("$.detail").
//
// Inside a payload (Parameters, ResultSelector, ItemSelector) a Path value
// of an object member makes the member dynamic: its key gets the ".$"
// suffix and the path is resolved at run time, so
// map[string]any{"Payload": Path("$")} renders {"Payload.$": "$"}. An
// intrinsic function call is a Path too: Path("States.Format('{}', $.id)").
type Path string

// maxPayloadDepth bounds how deeply a payload may nest, so that a pointer
// cycle is reported instead of overflowing the stack.
const maxPayloadDepth = 200

var (
	pathType      = reflect.TypeFor[Path]()
	dynamicType   = reflect.TypeFor[Dynamic]()
	jsonValueType = reflect.TypeFor[*jsontree.Value]()
	rawType       = reflect.TypeFor[json.RawMessage]()
	marshalerType = reflect.TypeFor[json.Marshaler]()
	textType      = reflect.TypeFor[encoding.TextMarshaler]()
)

// payloadIssue is a value that could not be converted, below the payload.
type payloadIssue struct {
	where []any
	msg   string
}

// payloadMode says what a Path (or other Dynamic value) becomes.
type payloadMode uint8

const (
	// jsonPathMode: the member's key gets ".$" and the path is the value
	// (Parameters, ResultSelector, and ItemSelector and Assign in JSONPath
	// states).
	jsonPathMode payloadMode = iota
	// literalMode: a Path is an ordinary string (Pass Result).
	literalMode
	// jsonataMode: a Path becomes the equivalent "{% … %}" expression,
	// or a recorded problem when it has none (Output, Arguments, and
	// ItemSelector and Assign in JSONata states).
	jsonataMode
)

// converter turns Go values into JSON values.
type converter struct {
	mode    payloadMode
	issues  []payloadIssue
	dynamic bool // a Dynamic value was met
}

// convertPayload converts x as the package doc describes, a Path as mode
// says.
func convertPayload(x any, mode payloadMode) (*jsontree.Value, []payloadIssue) {
	v, issues, _ := convertDynamic(x, mode)
	return v, issues
}

// convertDynamic is convertPayload that also reports whether x holds a
// Dynamic value (so that its JSONPath and JSONata forms differ).
func convertDynamic(x any, mode payloadMode) (*jsontree.Value, []payloadIssue, bool) {
	c := &converter{mode: mode}
	v, isPath := c.convert(reflect.ValueOf(x), nil, 0)
	if isPath {
		c.issue(nil, msgPayloadPathTop)
	}
	return v, c.issues, c.dynamic
}

// dynamicValue converts a Path or other Dynamic value at where: its text
// and whether the enclosing member's key gets ".$".
func (c *converter) dynamicValue(text string, where []any) (*jsontree.Value, bool) {
	c.dynamic = true
	switch c.mode {
	case literalMode:
		return jsontree.NewString(text), false
	case jsonataMode:
		expr, err := Path(text).JSONata()
		if err != nil {
			c.issue(where, msgNoJSONataForm, err)
			return jsontree.NewNull(), false
		}
		return jsontree.NewString(Expr(expr)), false
	}
	return jsontree.NewString(text), true
}

func (c *converter) issue(where []any, format string, args ...any) {
	c.issues = append(c.issues, payloadIssue{where: slices.Clone(where), msg: fmt.Sprintf(format, args...)})
}

// convert returns the JSON form of v and whether v is a Path (which the
// enclosing object renders under a ".$" key).
func (c *converter) convert(v reflect.Value, where []any, depth int) (*jsontree.Value, bool) {
	if !v.IsValid() {
		return jsontree.NewNull(), false
	}
	if depth > maxPayloadDepth {
		c.issue(where, msgPayloadDepth, maxPayloadDepth)
		return jsontree.NewNull(), false
	}
	t := v.Type()
	switch {
	case t == pathType:
		return c.dynamicValue(v.String(), where)
	case t.Kind() != reflect.Interface && t.Implements(dynamicType):
		if t.Kind() == reflect.Pointer && v.IsNil() {
			return jsontree.NewNull(), false
		}
		text, problems := v.Interface().(Dynamic).Expression()
		for _, p := range problems {
			c.issue(where, "%s", p)
		}
		if len(problems) > 0 {
			return jsontree.NewString(text), c.mode == jsonPathMode
		}
		return c.dynamicValue(text, where)
	case t == jsonValueType:
		if v.IsNil() {
			return jsontree.NewNull(), false
		}
		return v.Interface().(*jsontree.Value), false
	case t == rawType:
		return c.parse(v.Bytes(), where, msgPayloadRaw), false
	case t == jsonValueType.Elem():
		copied := v.Interface().(jsontree.Value)
		return &copied, false
	}
	if jv, ok := c.marshal(v, where); ok {
		return jv, false
	}
	switch t.Kind() {
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			return jsontree.NewNull(), false
		}
		return c.convert(v.Elem(), where, depth+1)
	case reflect.Bool:
		return jsontree.NewBool(v.Bool()), false
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return jsontree.NewInt(v.Int()), false
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return jsontree.NewNumber(strconv.FormatUint(v.Uint(), 10)), false
	case reflect.Float32, reflect.Float64:
		f := v.Float()
		if math.IsNaN(f) || math.IsInf(f, 0) {
			c.issue(where, msgNonFinite, "number", f)
			return jsontree.NewNull(), false
		}
		return jsontree.NewNumber(formatFloat(f, t.Bits())), false
	case reflect.String:
		return jsontree.NewString(v.String()), false
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			c.issue(where, msgPayloadBytes)
			return jsontree.NewNull(), false
		}
		if v.IsNil() {
			return jsontree.NewNull(), false
		}
		return c.array(v, where, depth), false
	case reflect.Array:
		return c.array(v, where, depth), false
	case reflect.Map:
		return c.mapValue(v, where, depth), false
	case reflect.Struct:
		return c.structValue(v, where, depth), false
	}
	c.issue(where, msgPayloadKind, t.String())
	return jsontree.NewNull(), false
}

// marshal uses v's MarshalJSON or MarshalText method, when it has one.
func (c *converter) marshal(v reflect.Value, where []any) (*jsontree.Value, bool) {
	t := v.Type()
	if t.Kind() == reflect.Interface {
		return nil, false // convert the dynamic value instead
	}
	if !t.Implements(marshalerType) && !t.Implements(textType) && v.CanAddr() {
		v, t = v.Addr(), v.Addr().Type()
	}
	if !v.CanInterface() || t.Kind() == reflect.Pointer && v.IsNil() {
		return nil, false
	}
	if m, ok := v.Interface().(json.Marshaler); ok {
		data, err := m.MarshalJSON()
		if err != nil {
			c.issue(where, msgPayloadMarshal, t.String(), err)
			return jsontree.NewNull(), true
		}
		return c.parse(data, where, msgPayloadMarshal, t.String()), true
	}
	if m, ok := v.Interface().(encoding.TextMarshaler); ok {
		text, err := m.MarshalText()
		if err != nil {
			c.issue(where, msgPayloadMarshal, t.String(), err)
			return jsontree.NewNull(), true
		}
		return jsontree.NewString(string(text)), true
	}
	return nil, false
}

// parse reads JSON text, recording format (with args and the error) when
// it is not JSON.
func (c *converter) parse(data []byte, where []any, format string, args ...any) *jsontree.Value {
	v, err := jsontree.Parse(data)
	if err != nil {
		c.issue(where, format, append(args, err)...)
		return jsontree.NewNull()
	}
	return v
}

func (c *converter) array(v reflect.Value, where []any, depth int) *jsontree.Value {
	items := make([]*jsontree.Value, v.Len())
	for i := range items {
		at := append(where[:len(where):len(where)], i)
		item, isPath := c.convert(v.Index(i), at, depth+1)
		if isPath {
			c.issue(at, msgPayloadPathTop)
		}
		items[i] = item
	}
	return jsontree.NewArray(items...)
}

func (c *converter) mapValue(v reflect.Value, where []any, depth int) *jsontree.Value {
	t := v.Type()
	if t.Key().Kind() != reflect.String {
		c.issue(where, msgPayloadMapKey, t.Key().String())
		return jsontree.NewNull()
	}
	if v.IsNil() {
		return jsontree.NewNull()
	}
	obj := jsontree.NewObject()
	iter := v.MapRange()
	for iter.Next() {
		c.member(obj, iter.Key().String(), iter.Value(), where, depth)
	}
	slices.SortStableFunc(obj.Members, func(a, b jsontree.Member) int {
		switch {
		case a.Key < b.Key:
			return -1
		case a.Key > b.Key:
			return 1
		}
		return 0
	})
	return obj
}

// member converts one member and adds it to obj, suffixing the key with
// ".$" for a Path.
func (c *converter) member(obj *jsontree.Value, key string, v reflect.Value, where []any, depth int) {
	item, isPath := c.convert(v, append(where[:len(where):len(where)], key), depth+1)
	if c.mode != literalMode && strings.HasSuffix(key, ".$") && c.dynamicKey(v) {
		c.issue(append(where[:len(where):len(where)], key), msgPayloadDollarKey, key, strings.TrimSuffix(key, ".$"))
		isPath = false
	}
	if isPath {
		key += ".$"
	}
	if obj.Get(key) != nil {
		c.issue(append(where[:len(where):len(where)], key), msgPayloadDupKey, key)
	}
	obj.Set(key, item)
}

// dynamicKey reports whether v holds a Path or other Dynamic value itself
// (through interfaces and pointers).
func (c *converter) dynamicKey(v reflect.Value) bool {
	for v.IsValid() && (v.Kind() == reflect.Interface || v.Kind() == reflect.Pointer) && !v.IsNil() {
		if v.Type() != pathType && v.Type().Implements(dynamicType) {
			return true
		}
		v = v.Elem()
	}
	return v.IsValid() && (v.Type() == pathType || v.Type().Implements(dynamicType))
}

// formatFloat formats f the way encoding/json does for a float of the
// given bit size: plain decimals, exponent form only for very small or
// large magnitudes.
func formatFloat(f float64, bits int) string {
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (bits == 64 && (abs < 1e-6 || abs >= 1e21) ||
		bits == 32 && (float32(abs) < 1e-6 || float32(abs) >= 1e21)) {
		format = 'e'
	}
	b := strconv.AppendFloat(nil, f, format, -1, bits)
	if format == 'e' {
		// 1e-07 → 1e-7, as encoding/json writes it.
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return string(b)
}
