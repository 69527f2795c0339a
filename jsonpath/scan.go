package jsonpath

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// checkText rejects invalid UTF-8 and control characters anywhere in s.
func checkText(s string) *Error {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			return errorf(i, "invalid UTF-8")
		}
		if r < 0x20 || r == 0x7f {
			return errorf(i, "control character %q is not allowed", r)
		}
		i += n
	}
	return nil
}

// scanQuoted reads a quoted name starting at the quote s[start]. A
// backslash makes the next character literal. It returns the name without
// quotes and escapes, and the offset just past the closing quote.
func scanQuoted(s string, start int) (string, int, *Error) {
	q := s[start]
	var b strings.Builder
	for i := start + 1; i < len(s); {
		c := s[i]
		switch {
		case c == q:
			return b.String(), i + 1, nil
		case c == '\\':
			if i+1 >= len(s) {
				return "", 0, errorf(start, "unterminated string")
			}
			_, n := utf8.DecodeRuneInString(s[i+1:])
			b.WriteString(s[i+1 : i+1+n])
			i += 1 + n
		default:
			b.WriteByte(c)
			i++
		}
	}
	return "", 0, errorf(start, "unterminated string")
}

// scanBalanced reads from the "(" at s[open] to its matching ")", skipping
// quoted strings and nested () and [] pairs. It returns the offset just
// past the ")".
func scanBalanced(s string, open int) (int, *Error) {
	var stack []byte
	stack = append(stack, ')')
	for i := open + 1; i < len(s); {
		switch c := s[i]; c {
		case '\'', '"':
			_, end, err := scanQuoted(s, i)
			if err != nil {
				return 0, err
			}
			i = end
			continue
		case '(':
			stack = append(stack, ')')
		case '[':
			stack = append(stack, ']')
		case ')', ']':
			want := stack[len(stack)-1]
			if c != want {
				return 0, errorf(i, "expected %q before %q", string(want), string(c))
			}
			stack = stack[:len(stack)-1]
			if len(stack) == 0 {
				return i + 1, nil
			}
		}
		i++
	}
	return 0, errorf(open, `unterminated "(": missing ")"`)
}

// unexpected reports the character at s[pos] as unexpected.
func unexpected(s string, pos int) *Error {
	return errorf(pos, "unexpected %s", quoteRune(s, pos))
}

// quoteRune quotes the character at s[pos] for an error message, or says
// "end of path" when pos is at the end.
func quoteRune(s string, pos int) string {
	if pos >= len(s) {
		return "end of path"
	}
	r, _ := utf8.DecodeRuneInString(s[pos:])
	return fmt.Sprintf("%q", string(r))
}

// isNameRune reports whether r may appear in a dot-notation name. Jayway
// ends such a name at ".", "[" or "(" and the rest of these characters
// are syntax or whitespace, so they need bracket notation.
func isNameRune(r rune) bool {
	if r < 0x20 || r == 0x7f || unicode.IsSpace(r) {
		return false
	}
	return !strings.ContainsRune(".[]()'\",*?\\", r)
}

// isIdentStart reports whether c may start a variable or function name.
func isIdentStart(c byte) bool {
	return c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// isIdentChar reports whether c may continue a variable or function name.
func isIdentChar(c byte) bool {
	return isIdentStart(c) || isDigit(c)
}

// isIdentifier reports whether s matches [A-Za-z_][A-Za-z0-9_]*.
func isIdentifier(s string) bool {
	if s == "" || !isIdentStart(s[0]) {
		return false
	}
	for i := 1; i < len(s); i++ {
		if !isIdentChar(s[i]) {
			return false
		}
	}
	return true
}

// isDigit reports whether c is an ASCII digit.
func isDigit(c byte) bool {
	return '0' <= c && c <= '9'
}
