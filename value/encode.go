package value

import (
	"math"
	"unicode/utf8"
)

// Marshal returns v as compact JSON text, as JavaScript's JSON.stringify(v)
// writes it: numbers by FormatNumber (NaN and infinities as null), object
// keys in order, keys whose value is nil (undefined) left out, nil inside
// an array written as null. A nil v gives nil.
func Marshal(v Value) []byte {
	if v == nil {
		return nil
	}
	return Append(nil, v)
}

// MarshalIndent is Marshal with each element on its own line, indented by
// indent per level (JSON.stringify(v, null, indent)).
func MarshalIndent(v Value, indent string) []byte {
	if v == nil {
		return nil
	}
	return appendValue(nil, v, indent, 0)
}

// Append appends the compact JSON text of v to dst.
func Append(dst []byte, v Value) []byte { return appendValue(dst, v, "", 0) }

func appendValue(dst []byte, v Value, indent string, level int) []byte {
	switch x := v.(type) {
	case nil, null:
		return append(dst, "null"...)
	case bool:
		if x {
			return append(dst, "true"...)
		}
		return append(dst, "false"...)
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return append(dst, "null"...)
		}
		return AppendNumber(dst, x)
	case string:
		return AppendString(dst, x)
	case []Value:
		if len(x) == 0 {
			return append(dst, '[', ']')
		}
		dst = append(dst, '[')
		for i, item := range x {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = newline(dst, indent, level+1)
			dst = appendValue(dst, item, indent, level+1)
		}
		dst = newline(dst, indent, level)
		return append(dst, ']')
	case *Object:
		dst = append(dst, '{')
		n := 0
		for i, k := range x.Keys() {
			if x.vals[i] == nil {
				continue
			}
			if n > 0 {
				dst = append(dst, ',')
			}
			n++
			dst = newline(dst, indent, level+1)
			dst = AppendString(dst, k)
			dst = append(dst, ':')
			if indent != "" {
				dst = append(dst, ' ')
			}
			dst = appendValue(dst, x.vals[i], indent, level+1)
		}
		if n > 0 {
			dst = newline(dst, indent, level)
		}
		return append(dst, '}')
	}
	return append(dst, "null"...)
}

func newline(dst []byte, indent string, level int) []byte {
	if indent == "" {
		return dst
	}
	dst = append(dst, '\n')
	for i := 0; i < level; i++ {
		dst = append(dst, indent...)
	}
	return dst
}

const hexDigits = "0123456789abcdef"

// AppendString appends s as a JSON string literal the way JSON.stringify
// writes it: '"' and '\\' escaped, \b \f \n \r \t, other control
// characters as \u00XX, a lone surrogate (WTF-8 bytes) as \uDXXX, any
// other invalid byte as U+FFFD, everything else (also '<', '>', '&' and
// U+2028) as it is.
func AppendString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch c {
			case '"', '\\':
				dst = append(dst, '\\', c)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			if u, ok := Surrogate(s[i:]); ok {
				dst = append(dst, '\\', 'u', hexDigits[u>>12], hexDigits[u>>8&0xF], hexDigits[u>>4&0xF], hexDigits[u&0xF])
				i += 3
			} else {
				dst = append(dst, "\ufffd"...)
				i++
			}
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// Surrogate reports whether s starts with the WTF-8 encoding of a lone
// UTF-16 surrogate (U+D800–U+DFFF, bytes ED A0–BF 80–BF), and which.
func Surrogate(s string) (uint16, bool) {
	if len(s) < 3 || s[0] != 0xED || s[1] < 0xA0 || s[1] > 0xBF || s[2] < 0x80 || s[2] > 0xBF {
		return 0, false
	}
	return uint16(0xD000) | uint16(s[1]&0x3F)<<6 | uint16(s[2]&0x3F), true
}

// AppendSurrogate appends the WTF-8 bytes of the surrogate u (0xD800–0xDFFF).
func AppendSurrogate(dst []byte, u uint16) []byte {
	return append(dst, 0xED, byte(0x80|(u>>6)&0x3F), byte(0x80|u&0x3F))
}
