package jsonata

import (
	"unicode/utf8"

	"github.com/stepwise-go/stepwise/value"
)

// Position returns the error's position as jsonata-js reports it: Pos
// counted in UTF-16 code units of src, the string Pos is an offset in
// (the expression given to Parse or CompileString, or the whole template
// given to ParseTemplate). A position past the end of src counts one unit
// per byte beyond it. It returns -1 when jsonata-js reports no position
// (NoPosition).
func (e *Error) Position(src string) int {
	if e.NoPosition {
		return -1
	}
	pos := max(e.Pos, 0)
	if pos > len(src) {
		return len(utf16Units(src)) + pos - len(src)
	}
	return len(utf16Units(src[:pos]))
}

// Fields returns the error as the object jsonata-js throws, without its
// stack: "code", "message", "position" (Position of src; left out when
// jsonata-js has none), and whichever of "token", "value", "value2",
// "index", "functionName", "type" and "exp" jsonata-js sets, in that
// order. An undefined value is left out, as JSON.stringify leaves it out.
// "code" is "" for the JavaScript errors that jsonata-js passes on
// without one (a regular expression V8 rejects).
func (e *Error) Fields(src string) *value.Object {
	o := value.NewObject(8)
	o.Set("code", e.Code)
	o.Set("message", e.Msg)
	if p := e.Position(src); p >= 0 {
		o.Set("position", float64(p))
	}
	switch {
	case e.TokenValue != nil:
		o.Set("token", e.TokenValue)
	case e.Token != "":
		o.Set("token", e.Token)
	}
	if e.HasValue && e.Value != nil {
		if p := toPlain(e.Value); p != nil {
			o.Set("value", p)
		}
	}
	if e.HasValue2 && e.Value2 != nil {
		if p := toPlain(e.Value2); p != nil {
			o.Set("value2", p)
		}
	}
	if e.Index != 0 {
		o.Set("index", float64(e.Index))
	}
	if e.FunctionName != "" {
		o.Set("functionName", e.FunctionName)
	}
	if e.Type != "" {
		o.Set("type", e.Type)
	}
	if e.HasExp && e.Exp != nil {
		if p := toPlain(e.Exp); p != nil {
			o.Set("exp", p)
		}
	}
	return o
}

// byteOffset converts a position in UTF-16 units of src into a byte
// offset, as Position converts back: past the end, one byte per unit. A
// position inside a character outside the Basic Multilingual Plane
// rounds up to the end of the character.
func byteOffset(src string, units int) int {
	n := 0
	for i := 0; i < len(src); {
		if n >= units {
			return i
		}
		if _, ok := value.Surrogate(src[i:]); ok {
			n++
			i += 3
			continue
		}
		r, size := utf8.DecodeRuneInString(src[i:])
		n++
		if r >= 0x10000 {
			n++
		}
		i += size
	}
	return len(src) + max(units-n, 0)
}
