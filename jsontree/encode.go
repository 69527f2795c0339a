package jsontree

import (
	"strings"
	"unicode/utf8"
)

// Encoder writes JSON text. The zero Encoder writes compact JSON; with
// Indent set it writes the multi-line form. Neither escapes '<', '>' or '&'
// (JSONata uses them), so the output is meant for files, not HTML.
type Encoder struct {
	// Indent is the string used for one level of indentation ("" = compact).
	Indent string
	// Layout, when not nil, is increased by every byte of layout the
	// encoder writes: newlines, indentation and the space after a key's
	// colon. The text's length minus Layout is the length of its compact
	// form, which is what AWS counts against its size limit.
	Layout *int
}

// Pretty is the encoder for stepwise's canonical form: two-space indentation.
var Pretty = Encoder{Indent: "  "}

// Compact is the encoder for the one-line form.
var Compact = Encoder{}

// Append appends the encoding of v to dst at the given nesting level.
func (e Encoder) Append(dst []byte, v *Value, level int) []byte {
	if v == nil {
		return append(dst, "null"...)
	}
	switch v.Kind {
	case Null:
		return append(dst, "null"...)
	case Bool:
		if v.Bool {
			return append(dst, "true"...)
		}
		return append(dst, "false"...)
	case Number:
		return append(dst, v.Text...)
	case String:
		return AppendString(dst, v.Text)
	case Array:
		if len(v.Items) == 0 {
			return append(dst, "[]"...)
		}
		dst = append(dst, '[')
		for i, it := range v.Items {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = e.Newline(dst, level+1)
			dst = e.Append(dst, it, level+1)
		}
		dst = e.Newline(dst, level)
		return append(dst, ']')
	default:
		if len(v.Members) == 0 {
			return append(dst, "{}"...)
		}
		dst = append(dst, '{')
		for i, m := range v.Members {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = e.Newline(dst, level+1)
			dst = e.Key(dst, m.Key)
			dst = e.Append(dst, m.Value, level+1)
		}
		dst = e.Newline(dst, level)
		return append(dst, '}')
	}
}

// Newline starts a new line at the given level; it appends nothing for the
// compact form.
func (e Encoder) Newline(dst []byte, level int) []byte {
	if e.Indent == "" {
		return dst
	}
	if e.Layout != nil {
		*e.Layout += 1 + len(e.Indent)*level
	}
	if e.Indent == "  " && level < len(twoSpaceLines)/2 {
		return append(dst, twoSpaceLines[:1+2*level]...)
	}
	dst = append(dst, '\n')
	for range level {
		dst = append(dst, e.Indent...)
	}
	return dst
}

// twoSpaceLines is a newline and enough two-space indentation for any
// realistic nesting, sliced by Newline instead of appended level by level.
var twoSpaceLines = "\n" + strings.Repeat("  ", 64)

// Key appends an object key and its separator (`"key": ` or `"key":`).
func (e Encoder) Key(dst []byte, key string) []byte {
	dst = AppendString(dst, key)
	if e.Indent == "" {
		return append(dst, ':')
	}
	if e.Layout != nil {
		*e.Layout++
	}
	return append(dst, ':', ' ')
}

const hexDigits = "0123456789abcdef"

// AppendString appends s as a JSON string literal. It escapes what JSON
// requires plus U+2028 and U+2029 (as encoding/json does), replaces invalid
// UTF-8 with U+FFFD and leaves '<', '>' and '&' alone.
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
			dst = append(dst, "\ufffd"...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}
