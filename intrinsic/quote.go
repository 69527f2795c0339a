package intrinsic

import (
	"strings"
)

// Quote returns s as a string literal for a call: in single quotes, with
// \ ' { and } each escaped by a backslash, so every brace is literal text.
// For a States.Format template whose {} are placeholders, use
// QuoteTemplate.
func Quote(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('\'')
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\\' || c == '\'' || c == '{' || c == '}' {
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	b.WriteByte('\'')
	return b.String()
}

// QuoteTemplate returns s as a States.Format template literal: like Quote,
// except that each "{}" pair stays unescaped and so is a placeholder.
// Braces that are not part of a "{}" pair are escaped.
func QuoteTemplate(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('\'')
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '{' && i+1 < len(s) && s[i+1] == '}' {
			b.WriteString("{}")
			i++
			continue
		}
		if c == '\\' || c == '\'' || c == '{' || c == '}' {
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	b.WriteByte('\'')
	return b.String()
}

// scanString reads the string literal whose opening quote is s[start]. It
// returns the decoded text and the offset just past the closing quote.
func scanString(s string, start int) (string, int, *Error) {
	var b strings.Builder
	for i := start + 1; i < len(s); i++ {
		switch c := s[i]; c {
		case '\'':
			return b.String(), i + 1, nil
		case '\\':
			if i+1 >= len(s) {
				return "", 0, errorf(start, "unterminated string")
			}
			switch e := s[i+1]; e {
			case '\'', '{', '}', '\\':
				b.WriteByte(e)
				i++
			default:
				return "", 0, errorf(i, `invalid escape in string: only \', \{, \} and \\ are allowed`)
			}
		default:
			b.WriteByte(c)
		}
	}
	return "", 0, errorf(start, "unterminated string")
}

// placeholders counts the unescaped "{}" pairs in a quoted template and
// reports the offset (within lit) of the first brace that is not part of
// a pair, or -1.
func placeholders(lit string) (count, stray int) {
	stray = -1
	for i := 1; i < len(lit)-1; i++ {
		switch lit[i] {
		case '\\':
			i++
		case '{':
			if lit[i+1] == '}' {
				count++
				i++
			} else if stray < 0 {
				stray = i
			}
		case '}':
			if stray < 0 {
				stray = i
			}
		}
	}
	return count, stray
}
