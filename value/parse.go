package value

import (
	"fmt"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// MaxDepth is how deeply arrays and objects may nest in parsed text.
const MaxDepth = 10000

// SyntaxError is JSON text that Parse cannot read.
type SyntaxError struct {
	Offset int    // byte offset of the problem
	Msg    string // what is wrong
}

// Error formats the error as `invalid JSON at offset N: MSG`.
func (e *SyntaxError) Error() string {
	return fmt.Sprintf("invalid JSON at offset %d: %s", e.Offset, e.Msg)
}

// Parse reads one JSON document, as JavaScript's JSON.parse does:
// duplicate keys keep the last value (in the first one's place), numbers
// become float64, a "\ud800" escape without its pair is kept as WTF-8.
// Leading and trailing white space is allowed; anything else after the
// value is an error. Errors are *SyntaxError.
func Parse(data []byte) (Value, error) {
	p := parser{data: data}
	p.space()
	v := p.value(0)
	if p.err == nil {
		p.space()
		if p.pos < len(p.data) {
			p.fail("unexpected %s after the JSON value", p.describe())
		}
	}
	if p.err != nil {
		return nil, p.err
	}
	return v, nil
}

// ParseString is Parse of a string.
func ParseString(s string) (Value, error) { return Parse([]byte(s)) }

type parser struct {
	data []byte
	pos  int
	err  *SyntaxError
}

func (p *parser) fail(format string, args ...any) {
	if p.err == nil {
		p.err = &SyntaxError{Offset: p.pos, Msg: fmt.Sprintf(format, args...)}
	}
}

func (p *parser) describe() string {
	if p.pos >= len(p.data) {
		return "end of input"
	}
	r, _ := utf8.DecodeRune(p.data[p.pos:])
	return strconv.QuoteRune(r)
}

func (p *parser) space() {
	for p.pos < len(p.data) {
		switch p.data[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

func (p *parser) value(depth int) Value {
	if depth > MaxDepth {
		p.fail("nested more than %d levels deep", MaxDepth)
		return nil
	}
	if p.pos >= len(p.data) {
		p.fail("unexpected end of input")
		return nil
	}
	switch c := p.data[p.pos]; {
	case c == '{':
		return p.object(depth)
	case c == '[':
		return p.array(depth)
	case c == '"':
		s, ok := p.str()
		if !ok {
			return nil
		}
		return s
	case c == '-' || (c >= '0' && c <= '9'):
		return p.number()
	case p.word("true"):
		return true
	case p.word("false"):
		return false
	case p.word("null"):
		return Null
	}
	p.fail("unexpected %s", p.describe())
	return nil
}

func (p *parser) word(w string) bool {
	if len(p.data)-p.pos >= len(w) && string(p.data[p.pos:p.pos+len(w)]) == w {
		p.pos += len(w)
		return true
	}
	return false
}

func (p *parser) object(depth int) Value {
	p.pos++ // {
	o := &Object{}
	p.space()
	if p.pos < len(p.data) && p.data[p.pos] == '}' {
		p.pos++
		return o
	}
	for {
		p.space()
		if p.pos >= len(p.data) || p.data[p.pos] != '"' {
			p.fail("expected a string key, found %s", p.describe())
			return nil
		}
		k, ok := p.str()
		if !ok {
			return nil
		}
		p.space()
		if p.pos >= len(p.data) || p.data[p.pos] != ':' {
			p.fail("expected ':' after an object key, found %s", p.describe())
			return nil
		}
		p.pos++
		p.space()
		v := p.value(depth + 1)
		if p.err != nil {
			return nil
		}
		o.Set(k, v)
		p.space()
		if p.pos < len(p.data) && p.data[p.pos] == ',' {
			p.pos++
			continue
		}
		if p.pos < len(p.data) && p.data[p.pos] == '}' {
			p.pos++
			return o
		}
		p.fail("expected ',' or '}' in an object, found %s", p.describe())
		return nil
	}
}

func (p *parser) array(depth int) Value {
	p.pos++ // [
	items := []Value{}
	p.space()
	if p.pos < len(p.data) && p.data[p.pos] == ']' {
		p.pos++
		return items
	}
	for {
		p.space()
		v := p.value(depth + 1)
		if p.err != nil {
			return nil
		}
		items = append(items, v)
		p.space()
		if p.pos < len(p.data) && p.data[p.pos] == ',' {
			p.pos++
			continue
		}
		if p.pos < len(p.data) && p.data[p.pos] == ']' {
			p.pos++
			return items
		}
		p.fail("expected ',' or ']' in an array, found %s", p.describe())
		return nil
	}
}

func (p *parser) number() Value {
	start := p.pos
	d := p.data
	if p.pos < len(d) && d[p.pos] == '-' {
		p.pos++
	}
	switch {
	case p.pos < len(d) && d[p.pos] == '0':
		p.pos++
	case p.pos < len(d) && d[p.pos] >= '1' && d[p.pos] <= '9':
		for p.pos < len(d) && d[p.pos] >= '0' && d[p.pos] <= '9' {
			p.pos++
		}
	default:
		p.fail("invalid number")
		return nil
	}
	if p.pos < len(d) && d[p.pos] == '.' {
		p.pos++
		if p.pos >= len(d) || d[p.pos] < '0' || d[p.pos] > '9' {
			p.fail("expected a digit after the decimal point")
			return nil
		}
		for p.pos < len(d) && d[p.pos] >= '0' && d[p.pos] <= '9' {
			p.pos++
		}
	}
	if p.pos < len(d) && (d[p.pos] == 'e' || d[p.pos] == 'E') {
		p.pos++
		if p.pos < len(d) && (d[p.pos] == '+' || d[p.pos] == '-') {
			p.pos++
		}
		if p.pos >= len(d) || d[p.pos] < '0' || d[p.pos] > '9' {
			p.fail("expected a digit in the exponent")
			return nil
		}
		for p.pos < len(d) && d[p.pos] >= '0' && d[p.pos] <= '9' {
			p.pos++
		}
	}
	f, err := strconv.ParseFloat(string(d[start:p.pos]), 64)
	if err != nil { // out of range: JavaScript gives ±Infinity; keep the largest
		if ne, ok := err.(*strconv.NumError); !ok || ne.Err != strconv.ErrRange {
			p.fail("invalid number")
			return nil
		}
	}
	return f
}

func (p *parser) str() (string, bool) {
	p.pos++ // opening quote
	start := p.pos
	d := p.data
	// Fast path: no escapes.
	for p.pos < len(d) {
		c := d[p.pos]
		if c == '"' {
			s := d[start:p.pos]
			p.pos++
			if !utf8.Valid(s) {
				p.pos = start
				p.fail("invalid UTF-8 in a string")
				return "", false
			}
			return string(s), true
		}
		if c == '\\' || c < 0x20 {
			break
		}
		p.pos++
	}
	buf := append([]byte(nil), d[start:p.pos]...)
	for p.pos < len(d) {
		c := d[p.pos]
		switch {
		case c == '"':
			p.pos++
			if !utf8.Valid(buf) && !validWTF8(buf) {
				p.fail("invalid UTF-8 in a string")
				return "", false
			}
			return string(buf), true
		case c < 0x20:
			p.fail("control character %q in a string", c)
			return "", false
		case c == '\\':
			if p.pos+1 >= len(d) {
				p.pos++
				p.fail("unterminated string")
				return "", false
			}
			e := d[p.pos+1]
			p.pos += 2
			switch e {
			case '"', '\\', '/':
				buf = append(buf, e)
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
				r, ok := p.hex4()
				if !ok {
					return "", false
				}
				if utf16.IsSurrogate(r) {
					if r < 0xDC00 && p.pos+6 <= len(d) && d[p.pos] == '\\' && d[p.pos+1] == 'u' {
						save := p.pos
						p.pos += 2
						r2, ok := p.hex4()
						if ok && r2 >= 0xDC00 && r2 <= 0xDFFF {
							buf = utf8.AppendRune(buf, utf16.DecodeRune(r, r2))
							continue
						}
						p.err = nil
						p.pos = save
					}
					buf = AppendSurrogate(buf, uint16(r))
					continue
				}
				buf = utf8.AppendRune(buf, r)
			default:
				p.pos--
				p.fail("invalid escape \\%c", e)
				return "", false
			}
		default:
			buf = append(buf, c)
			p.pos++
		}
	}
	p.fail("unterminated string")
	return "", false
}

func (p *parser) hex4() (rune, bool) {
	if p.pos+4 > len(p.data) {
		p.fail("\\u must be followed by 4 hex digits")
		return 0, false
	}
	var r rune
	for i := 0; i < 4; i++ {
		c := p.data[p.pos+i]
		switch {
		case c >= '0' && c <= '9':
			r = r<<4 | rune(c-'0')
		case c >= 'a' && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			p.fail("\\u must be followed by 4 hex digits")
			return 0, false
		}
	}
	p.pos += 4
	return r, true
}

// validWTF8 reports whether b is UTF-8 apart from lone surrogates.
func validWTF8(b []byte) bool {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			if _, ok := Surrogate(string(b[i:min(i+3, len(b))])); !ok {
				return false
			}
			i += 3
			continue
		}
		i += size
	}
	return true
}
