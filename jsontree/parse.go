package jsontree

import (
	"fmt"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/stepwise-go/stepwise/internal/poserr"
)

// MaxDepth is how deeply arrays and objects may nest in a parsed document.
// Deeper documents are rejected rather than risking the stack.
const MaxDepth = 1000

// SyntaxError is a JSON syntax error at a position of the document. It
// is the shape all of the module's languages share: Pos is the byte
// offset, Line and Column (1-based, the column in bytes) the same
// position, Msg the problem without the position (Code stays ""). Error()
// formats it as `line L, column C: MSG`.
type SyntaxError = poserr.Error

// Parse decodes one JSON document. Objects keep duplicate keys in order;
// numbers keep their literal text. Invalid UTF-8 inside strings is an error.
// The error, if any, is a *SyntaxError.
func Parse(data []byte) (*Value, error) {
	p := &parser{data: data}
	p.skipSpace()
	v := p.value(0)
	if p.err == nil {
		p.skipSpace()
		if p.pos < len(p.data) {
			p.fail("unexpected %s after the top-level value", p.describe())
		}
	}
	if p.err != nil {
		return nil, p.err
	}
	return v, nil
}

type parser struct {
	data []byte
	pos  int
	err  *SyntaxError
}

func (p *parser) fail(format string, args ...any) {
	if p.err != nil {
		return
	}
	line, col := 1, 1
	for _, c := range p.data[:min(p.pos, len(p.data))] {
		if c == '\n' {
			line++
			col = 1
		} else {
			col++
		}
	}
	p.err = &SyntaxError{Pos: p.pos, Line: line, Column: col, Msg: fmt.Sprintf(format, args...)}
}

// describe names the byte at the current position for an error message.
func (p *parser) describe() string {
	if p.pos >= len(p.data) {
		return "end of input"
	}
	r, _ := utf8.DecodeRune(p.data[p.pos:])
	return strconv.QuoteRune(r)
}

func (p *parser) skipSpace() {
	for p.pos < len(p.data) {
		switch p.data[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

func (p *parser) value(depth int) *Value {
	if p.pos >= len(p.data) {
		p.fail("unexpected end of input, expected a value")
		return nil
	}
	start := p.pos
	switch c := p.data[p.pos]; {
	case c == '{':
		return p.object(depth + 1)
	case c == '[':
		return p.array(depth + 1)
	case c == '"':
		s, ok := p.str()
		if !ok {
			return nil
		}
		return &Value{Kind: String, Text: s, Offset: start}
	case c == '-' || (c >= '0' && c <= '9'):
		return p.number()
	case p.literal("true"):
		return &Value{Kind: Bool, Bool: true, Offset: start}
	case p.literal("false"):
		return &Value{Kind: Bool, Offset: start}
	case p.literal("null"):
		return &Value{Kind: Null, Offset: start}
	default:
		p.fail("unexpected %s, expected a value", p.describe())
		return nil
	}
}

func (p *parser) literal(word string) bool {
	if len(p.data)-p.pos >= len(word) && string(p.data[p.pos:p.pos+len(word)]) == word {
		p.pos += len(word)
		return true
	}
	return false
}

func (p *parser) object(depth int) *Value {
	if depth > MaxDepth {
		p.fail("nesting deeper than %d levels", MaxDepth)
		return nil
	}
	v := &Value{Kind: Object, Offset: p.pos, Members: []Member{}}
	p.pos++ // {
	p.skipSpace()
	if p.pos < len(p.data) && p.data[p.pos] == '}' {
		p.pos++
		return v
	}
	for {
		p.skipSpace()
		if p.pos >= len(p.data) || p.data[p.pos] != '"' {
			p.fail("unexpected %s, expected a string key", p.describe())
			return nil
		}
		keyAt := p.pos
		key, ok := p.str()
		if !ok {
			return nil
		}
		p.skipSpace()
		if p.pos >= len(p.data) || p.data[p.pos] != ':' {
			p.fail("unexpected %s, expected ':' after object key", p.describe())
			return nil
		}
		p.pos++
		p.skipSpace()
		m := p.value(depth)
		if p.err != nil {
			return nil
		}
		v.Members = append(v.Members, Member{Key: key, Value: m, KeyOffset: keyAt})
		p.skipSpace()
		if p.pos < len(p.data) && p.data[p.pos] == ',' {
			p.pos++
			continue
		}
		if p.pos < len(p.data) && p.data[p.pos] == '}' {
			p.pos++
			return v
		}
		p.fail("unexpected %s, expected ',' or '}' in object", p.describe())
		return nil
	}
}

func (p *parser) array(depth int) *Value {
	if depth > MaxDepth {
		p.fail("nesting deeper than %d levels", MaxDepth)
		return nil
	}
	v := &Value{Kind: Array, Offset: p.pos, Items: []*Value{}}
	p.pos++ // [
	p.skipSpace()
	if p.pos < len(p.data) && p.data[p.pos] == ']' {
		p.pos++
		return v
	}
	for {
		p.skipSpace()
		it := p.value(depth)
		if p.err != nil {
			return nil
		}
		v.Items = append(v.Items, it)
		p.skipSpace()
		if p.pos < len(p.data) && p.data[p.pos] == ',' {
			p.pos++
			continue
		}
		if p.pos < len(p.data) && p.data[p.pos] == ']' {
			p.pos++
			return v
		}
		p.fail("unexpected %s, expected ',' or ']' in array", p.describe())
		return nil
	}
}

func (p *parser) number() *Value {
	start := p.pos
	d := p.data
	i := p.pos
	if i < len(d) && d[i] == '-' {
		i++
	}
	digits := func() int {
		n := 0
		for i < len(d) && d[i] >= '0' && d[i] <= '9' {
			i++
			n++
		}
		return n
	}
	switch {
	case i < len(d) && d[i] == '0':
		i++
	case digits() == 0:
		p.pos = i
		p.fail("invalid number: expected a digit")
		return nil
	}
	if i < len(d) && d[i] == '.' {
		i++
		if digits() == 0 {
			p.pos = i
			p.fail("invalid number: expected a digit after '.'")
			return nil
		}
	}
	if i < len(d) && (d[i] == 'e' || d[i] == 'E') {
		i++
		if i < len(d) && (d[i] == '+' || d[i] == '-') {
			i++
		}
		if digits() == 0 {
			p.pos = i
			p.fail("invalid number: expected a digit in the exponent")
			return nil
		}
	}
	p.pos = i
	return &Value{Kind: Number, Text: string(d[start:i]), Offset: start}
}

// str reads a string literal at p.pos (which holds '"').
func (p *parser) str() (string, bool) {
	d := p.data
	i := p.pos + 1
	// Fast path: no escapes.
	for j := i; j < len(d); j++ {
		c := d[j]
		if c == '"' {
			if !utf8.Valid(d[i:j]) {
				break
			}
			p.pos = j + 1
			return string(d[i:j]), true
		}
		if c == '\\' || c < 0x20 {
			break
		}
	}
	buf := make([]byte, 0, 16)
	for i < len(d) {
		c := d[i]
		switch {
		case c == '"':
			p.pos = i + 1
			return string(buf), true
		case c < 0x20:
			p.pos = i
			p.fail("control character %s in string literal", strconv.QuoteRune(rune(c)))
			return "", false
		case c == '\\':
			if i+1 >= len(d) {
				p.pos = i
				p.fail("unterminated string literal")
				return "", false
			}
			i++
			switch d[i] {
			case '"', '\\', '/':
				buf = append(buf, d[i])
			case 'b':
				buf = append(buf, '\b')
			case 'f':
				buf = append(buf, '\f')
			case 'n':
				buf = append(buf, '\n')
			case 'r':
				buf = append(buf, '\r')
			case 't':
				buf = append(buf, '\t')
			case 'u':
				r, n := p.unicodeEscape(i - 1)
				if n == 0 {
					return "", false
				}
				buf = utf8.AppendRune(buf, r)
				i += n - 2
			default:
				p.pos = i - 1
				p.fail("invalid escape \\%c in string literal", d[i])
				return "", false
			}
			i++
		case c < utf8.RuneSelf:
			buf = append(buf, c)
			i++
		default:
			r, size := utf8.DecodeRune(d[i:])
			if r == utf8.RuneError && size == 1 {
				p.pos = i
				p.fail("invalid UTF-8 in string literal")
				return "", false
			}
			buf = append(buf, d[i:i+size]...)
			i += size
		}
	}
	p.pos = len(d)
	p.fail("unterminated string literal")
	return "", false
}

// unicodeEscape decodes \uXXXX (and a following low surrogate) starting at
// the backslash at index at. It returns the rune and the number of bytes
// consumed, or 0 after recording an error.
func (p *parser) unicodeEscape(at int) (rune, int) {
	hex := func(i int) (rune, bool) {
		if i+6 > len(p.data) || p.data[i] != '\\' || p.data[i+1] != 'u' {
			return 0, false
		}
		n, err := strconv.ParseUint(string(p.data[i+2:i+6]), 16, 32)
		return rune(n), err == nil
	}
	r, ok := hex(at)
	if !ok {
		p.pos = at
		p.fail("invalid \\u escape in string literal")
		return 0, 0
	}
	if utf16.IsSurrogate(r) {
		if r2, ok := hex(at + 6); ok {
			if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
				return dec, 12
			}
		}
		return utf8.RuneError, 6
	}
	return r, 6
}
