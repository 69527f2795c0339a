package jsonata

import (
	"strconv"
	"strings"

	"github.com/stepwise-go/stepwise/value"
)

// populate words the error's Msg from jsonata-js's template for its code
// (jsonata-js populateMessage); an unknown code keeps Msg.
func (e *Error) populate() {
	tmpl, ok := evalMessages[e.Code]
	if !ok {
		return
	}
	var b strings.Builder
	for {
		i := strings.Index(tmpl, "{{")
		if i < 0 {
			b.WriteString(tmpl)
			break
		}
		b.WriteString(tmpl[:i])
		raw := strings.HasPrefix(tmpl[i:], "{{{")
		start := i + 2
		if raw {
			start = i + 3
		}
		end := strings.Index(tmpl[start:], "}}")
		if end < 0 {
			b.WriteString(tmpl[i:])
			break
		}
		field := tmpl[start : start+end]
		next := start + end + 2
		if raw {
			next++
		}
		b.WriteString(e.field(field, raw))
		tmpl = tmpl[next:]
	}
	e.Msg = b.String()
}

// field renders one template field: as JSON.stringify would, or raw.
func (e *Error) field(name string, raw bool) string {
	var v any
	has := true
	switch name {
	case "token":
		v, has = e.Token, e.Token != ""
		if e.TokenValue != nil {
			v, has = e.TokenValue, true
		}
	case "value":
		v, has = e.Value, e.HasValue
	case "value2":
		v, has = e.Value2, e.HasValue2
	case "index":
		v, has = float64(e.Index), e.Index != 0
	case "functionName":
		v, has = e.FunctionName, e.FunctionName != ""
	case "type":
		v, has = e.Type, e.Type != ""
	case "exp":
		v, has = e.Exp, e.HasExp
	case "message":
		v = e.Msg
	}
	if !has {
		return "undefined"
	}
	if raw {
		switch x := v.(type) {
		case string:
			return x
		case float64:
			return value.FormatNumber(x)
		}
	}
	return jsonStringify(v)
}

// jsonStringify is JSON.stringify for message texts: "undefined" where
// JavaScript returns undefined.
func jsonStringify(v any) string {
	p := toPlain(v)
	if p == nil {
		return "undefined"
	}
	return string(value.Marshal(p))
}

// errAt fills in the position and token of an error raised by an
// operator when the error has none (jsonata-js sets them in a catch).
func errAt(e *Error, pos int, token string) *Error {
	e.Pos = pos
	e.Token = token
	return e
}

func newErr(code string, pos int) *Error { return &Error{Code: code, Pos: pos} }

func valueErr(code string, pos int, v value.Value) *Error {
	return &Error{Code: code, Pos: pos, Value: v, HasValue: true}
}

var _ = strconv.Itoa
