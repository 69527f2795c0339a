package jsonata

import (
	"github.com/stepwise-go/stepwise/value"
	"math"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/stepwise-go/stepwise/jsonata/internal/jsregexp"
)

type tokKind int

const (
	tokEnd tokKind = iota
	tokName
	tokVariable
	tokOperator
	tokString
	tokNumber
	tokValue // true, false, null
	tokRegex
)

// token is one lexical token. pos is the byte offset of its first
// character.
type token struct {
	kind tokKind
	// text is the operator, the name (backquotes removed), the variable
	// name without "$", the decoded string, the number's source text,
	// "true"/"false"/"null", or the regular expression's pattern.
	text  string
	flags string   // regular expression flags
	u16   []uint16 // a string literal's value as JavaScript sees it
	pos   int
	// end is the byte offset just after the token: where jsonata-js
	// positions the errors of the node the token makes.
	end int
}

// id is the symbol the parser matches on, as jsonata-js names it.
func (t token) id() string {
	switch t.kind {
	case tokEnd:
		return "(end)"
	case tokOperator:
		return t.text
	case tokName, tokVariable:
		return "(name)"
	case tokRegex:
		return "(regex)"
	}
	return "(literal)"
}

func (t token) isOp(op string) bool { return t.kind == tokOperator && t.text == op }

// isSpace reports the characters jsonata-js skips between tokens. Form
// feed and non-ASCII spaces are not among them: they are part of names.
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v'
}

// isOperatorChar reports the characters that are tokens by themselves
// and end a name. "!" and "~" are only valid in "!=" and "~>".
func isOperatorChar(c byte) bool {
	return strings.IndexByte(".[]{}(),@#;:?+-*/%|=<>^&!~", c) >= 0
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isHex(c byte) bool {
	return isDigit(c) || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// twoCharOps are the operators of two characters, tried before the
// single-character ones.
var twoCharOps = [...]string{"..", ":=", "!=", ">=", "<=", "**", "~>"}

// lexer splits an expression into tokens on demand. Whether "/" starts a
// regular expression depends on where the parser is, so the parser says
// which it expects (next's infix argument), exactly as jsonata-js does.
type lexer struct {
	src string
	pos int
}

// next returns the next token. With infix false, "/" starts a regular
// expression; with infix true it is the division operator.
func (lx *lexer) next(infix bool) (token, *Error) {
	src := lx.src
	for {
		for lx.pos < len(src) && isSpace(src[lx.pos]) {
			lx.pos++
		}
		if !strings.HasPrefix(src[lx.pos:], "/*") {
			break
		}
		start := lx.pos
		end := strings.Index(src[start+2:], "*/")
		if end < 0 {
			lx.pos = len(src)
			return token{}, errUnterminatedComment(start)
		}
		lx.pos = start + 2 + end + 2
	}
	start := lx.pos
	if start >= len(src) {
		return token{kind: tokEnd, pos: len(src)}, nil
	}
	c := src[start]
	if c == '/' && !infix {
		return lx.regex()
	}
	for _, op := range twoCharOps {
		if strings.HasPrefix(src[start:], op) {
			lx.pos += 2
			return token{kind: tokOperator, text: op, pos: start}, nil
		}
	}
	switch {
	case isOperatorChar(c):
		lx.pos++
		return token{kind: tokOperator, text: src[start : start+1], pos: start}, nil
	case c == '"' || c == '\'':
		return lx.stringLit(c)
	case isDigit(c):
		return lx.number()
	case c == '`':
		end := strings.IndexByte(src[start+1:], '`')
		if end < 0 {
			lx.pos = len(src)
			return token{}, errUnterminatedName(len(src))
		}
		lx.pos = start + 1 + end + 1
		return token{kind: tokName, text: src[start+1 : start+1+end], pos: start}, nil
	}
	i := start
	for i < len(src) && !isSpace(src[i]) && !isOperatorChar(src[i]) {
		i++
	}
	lx.pos = i
	word := src[start:i]
	if c == '$' {
		return token{kind: tokVariable, text: word[1:], pos: start}, nil
	}
	switch word {
	case "and", "or", "in":
		return token{kind: tokOperator, text: word, pos: start}, nil
	case "true", "false", "null":
		return token{kind: tokValue, text: word, pos: start}, nil
	}
	return token{kind: tokName, text: word, pos: start}, nil
}

// stringLit scans a string literal in single or double quotes. The escapes
// are JSON's (\" \\ \/ \b \f \n \r \t \uXXXX); \' is not one of them.
func (lx *lexer) stringLit(quote byte) (token, *Error) {
	src := lx.src
	start := lx.pos
	var u []uint16
	i := start + 1
	for i < len(src) {
		c := src[i]
		switch {
		case c == quote:
			lx.pos = i + 1
			// A lone surrogate stays one, as WTF-8 (see value.Surrogate).
			return token{kind: tokString, text: fromUTF16(u), u16: u, pos: start}, nil
		case c == '\\':
			i++
			if i >= len(src) {
				lx.pos = len(src)
				return token{}, errBadEscape(i, "")
			}
			switch e := src[i]; e {
			case '"', '\\', '/':
				u = append(u, uint16(e))
			case 'b':
				u = append(u, '\b')
			case 'f':
				u = append(u, '\f')
			case 'n':
				u = append(u, '\n')
			case 'r':
				u = append(u, '\r')
			case 't':
				u = append(u, '\t')
			case 'u':
				n := 0
				for n < 4 && i+1+n < len(src) && isHex(src[i+1+n]) {
					n++
				}
				if n < 4 {
					if n > 0 && i+1+n == len(src) {
						// jsonata-js accepts the short escape, steps
						// over four digits and the closing quote it
						// expects, and reports the string unterminated
						// there, past the end.
						lx.pos = len(src)
						return token{}, errUnterminatedString(i + 5)
					}
					lx.pos = len(src)
					return token{}, errBadUnicodeEscape(i)
				}
				v, _ := strconv.ParseUint(src[i+1:i+5], 16, 16)
				u = append(u, uint16(v))
				i += 4
			default:
				lx.pos = len(src)
				return token{}, errBadEscape(i, firstUnit(src[i:]))
			}
			i++
		default:
			if sur, ok := value.Surrogate(src[i:]); ok {
				u = append(u, sur)
				i += 3
				continue
			}
			r, size := utf8.DecodeRuneInString(src[i:])
			u = utf16.AppendRune(u, r)
			i += size
		}
	}
	lx.pos = len(src)
	return token{}, errUnterminatedString(len(src))
}

// number scans (0|[1-9][0-9]*)(\.[0-9]+)?([Ee][-+]?[0-9]+)?, the
// jsonata-js number syntax: "1." is the number 1 followed by ".", and
// "01" is two numbers.
func (lx *lexer) number() (token, *Error) {
	src := lx.src
	start := lx.pos
	i := start + 1
	if src[start] != '0' {
		for i < len(src) && isDigit(src[i]) {
			i++
		}
	}
	if i+1 < len(src) && src[i] == '.' && isDigit(src[i+1]) {
		i += 2
		for i < len(src) && isDigit(src[i]) {
			i++
		}
	}
	if i < len(src) && (src[i] == 'e' || src[i] == 'E') {
		j := i + 1
		if j < len(src) && (src[j] == '+' || src[j] == '-') {
			j++
		}
		if j < len(src) && isDigit(src[j]) {
			i = j + 1
			for i < len(src) && isDigit(src[i]) {
				i++
			}
		}
	}
	text := src[start:i]
	lx.pos = i
	if f, _ := strconv.ParseFloat(text, 64); math.IsInf(f, 0) {
		return token{}, errNumberRange(start, text)
	}
	return token{kind: tokNumber, text: text, pos: start}, nil
}

// regex scans a regular expression literal; lx.pos is at the opening
// "/". The closing "/" is the first one outside (), [] and {} (counted
// without regard to escapes other than a single preceding backslash) that
// an even number of backslashes precede. The flags are any run of "i" and
// "m". The pattern must then compile as a JavaScript RegExp.
func (lx *lexer) regex() (token, *Error) {
	src := lx.src
	open := lx.pos
	start := open + 1
	depth := 0
	for i := start; i < len(src); i++ {
		c := src[i]
		if c == '/' && depth == 0 {
			n := 0
			for src[i-1-n] == '\\' {
				n++
			}
			if n%2 == 0 {
				pattern := src[start:i]
				if pattern == "" {
					lx.pos = len(src)
					return token{}, errEmptyRegex(i)
				}
				j := i + 1
				for j < len(src) && (src[j] == 'i' || src[j] == 'm') {
					j++
				}
				flags := src[i+1 : j]
				lx.pos = j
				if strings.Count(flags, "i") > 1 || strings.Count(flags, "m") > 1 {
					return token{}, errRegexFlags(open, flags)
				}
				if msg := jsregexp.Check(toUTF16(pattern)); msg != "" {
					return token{}, errRegexSyntax(open, regexSource(pattern, flags), msg)
				}
				return token{kind: tokRegex, text: pattern, flags: flags, pos: open}, nil
			}
		}
		if src[i-1] != '\\' {
			switch c {
			case '(', '[', '{':
				depth++
			case ')', ']', '}':
				depth--
			}
		}
	}
	lx.pos = len(src)
	return token{}, errUnterminatedRegex(len(src))
}

// toUTF16 converts s to the UTF-16 code units JavaScript would see: a
// lone surrogate written as WTF-8 is that surrogate, other invalid UTF-8
// becomes U+FFFD.
func toUTF16(s string) []uint16 {
	return utf16Units(s)
}

// firstUnit is the first UTF-16 unit of s as a string, as JavaScript's
// charAt sees it: the high surrogate alone (WTF-8) for a character
// outside the Basic Multilingual Plane.
func firstUnit(s string) string {
	if _, ok := value.Surrogate(s); ok {
		return s[:3]
	}
	r, _ := utf8.DecodeRuneInString(s)
	if r >= 0x10000 {
		hi, _ := utf16.EncodeRune(r)
		return fromUTF16([]uint16{uint16(hi)})
	}
	return string(r)
}

// regexSource writes a regular expression as V8's messages show the
// RegExp jsonata-js makes of it: /pattern/ and the flags g, i, m in that
// order.
func regexSource(pattern, flags string) string {
	s := "/" + pattern + "/g"
	if strings.Contains(flags, "i") {
		s += "i"
	}
	if strings.Contains(flags, "m") {
		s += "m"
	}
	return s
}
