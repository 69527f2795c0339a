package intrinsic

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// prefix starts the name of every intrinsic function.
const prefix = "States."

// LooksLikeCall reports whether s is meant as an intrinsic function call
// rather than a path: it starts with "States." (leading spaces are not
// skipped). Use it to pick between Parse and jsonpath.Parse.
func LooksLikeCall(s string) bool {
	return strings.HasPrefix(s, prefix)
}

// Parse reads s as exactly one intrinsic function call and returns it.
// It checks syntax only (use Check for names, arity and the rest); the
// error, if any, is an *Error with the byte position of the problem.
// Spaces (U+0020) are allowed around arguments and commas, nowhere else;
// invalid UTF-8 is rejected. Parse never panics.
func Parse(s string) (*Call, error) {
	p := parser{src: s}
	c, err := p.parse()
	if err != nil {
		return nil, err
	}
	return c, nil
}

// parser holds the state of one Parse call.
type parser struct {
	src   string
	pos   int
	depth int
}

// parse reads the whole input as one call.
func (p *parser) parse() (*Call, *Error) {
	s := p.src
	if s == "" {
		return nil, errorf(0, "empty intrinsic function call")
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			return nil, errorf(i, "invalid UTF-8")
		}
		i += n
	}
	c, err := p.call()
	if err != nil {
		return nil, err
	}
	if p.pos < len(s) {
		return nil, errorf(p.pos, "unexpected %s after the call", quoteAt(s, p.pos))
	}
	return c, nil
}

// call reads "States.Name(args)" at p.pos.
func (p *parser) call() (*Call, *Error) {
	s := p.src
	start := p.pos
	if !strings.HasPrefix(s[p.pos:], prefix) {
		return nil, errorf(p.pos, "an intrinsic function call must start with %q", prefix)
	}
	p.pos += len(prefix)
	for p.pos < len(s) && isWordChar(s[p.pos]) {
		p.pos++
	}
	name := s[start:p.pos]
	if len(name) == len(prefix) {
		return nil, errorf(p.pos, "expected a function name after %q", prefix)
	}
	if p.pos >= len(s) || s[p.pos] != '(' {
		return nil, errorf(p.pos, "expected \"(\" after %s, found %s", name, quoteAt(s, p.pos))
	}
	p.depth++
	defer func() { p.depth-- }()
	if p.depth > maxNesting {
		return nil, errorf(start, "calls nested more than %d deep", maxNesting)
	}
	c := &Call{Name: name, Pos: start}
	p.pos++
	p.skipSpaces()
	if p.pos < len(s) && s[p.pos] == ')' {
		p.pos++
		return c, nil
	}
	for {
		a, err := p.arg()
		if err != nil {
			return nil, err
		}
		c.Args = append(c.Args, a)
		p.skipSpaces()
		if p.pos >= len(s) {
			return nil, errorf(p.pos, "missing \")\" to close %s", name)
		}
		switch s[p.pos] {
		case ',':
			p.pos++
			p.skipSpaces()
		case ')':
			p.pos++
			return c, nil
		default:
			return nil, errorf(p.pos, "unexpected %s; want \",\" or \")\"", quoteAt(s, p.pos))
		}
	}
}

// arg reads one argument at p.pos.
func (p *parser) arg() (Arg, *Error) {
	s := p.src
	start := p.pos
	if p.pos >= len(s) {
		return Arg{}, errorf(p.pos, "missing argument and \")\"")
	}
	switch c := s[p.pos]; {
	case c == '\'':
		text, end, err := scanString(s, p.pos)
		if err != nil {
			return Arg{}, err
		}
		p.pos = end
		return Arg{Kind: String, Text: text, Raw: s[start:end], Pos: start}, nil
	case c == '$':
		return p.path()
	case c == '-' || isDigit(c):
		return p.number()
	case c == ',' || c == ')':
		return Arg{}, errorf(p.pos, "empty argument")
	case isWordChar(c):
		if strings.HasPrefix(s[p.pos:], prefix) {
			call, err := p.call()
			if err != nil {
				return Arg{}, err
			}
			return Arg{Kind: Nested, Call: call, Pos: start}, nil
		}
		for p.pos < len(s) && isWordChar(s[p.pos]) {
			p.pos++
		}
		switch word := s[start:p.pos]; word {
		case "true", "false":
			return Arg{Kind: Boolean, Text: word, Pos: start}, nil
		case "null":
			return Arg{Kind: Null, Text: word, Pos: start}, nil
		default:
			return Arg{}, errorf(start, "unexpected word %q; want a 'string', number, true, false, null, $path or States call", word)
		}
	}
	return Arg{}, errorf(p.pos, "unexpected %s; want an argument", quoteAt(s, p.pos))
}

// number reads -?digits(.digits)? at p.pos.
func (p *parser) number() (Arg, *Error) {
	s := p.src
	start := p.pos
	if s[p.pos] == '-' {
		p.pos++
	}
	if n := p.digits(); n == 0 {
		return Arg{}, errorf(p.pos, "expected a digit in number")
	}
	if p.pos < len(s) && s[p.pos] == '.' {
		p.pos++
		if n := p.digits(); n == 0 {
			return Arg{}, errorf(p.pos, "expected a digit after the decimal point")
		}
	}
	return Arg{Kind: Number, Text: s[start:p.pos], Pos: start}, nil
}

// digits moves past ASCII digits and says how many there were.
func (p *parser) digits() int {
	start := p.pos
	for p.pos < len(p.src) && isDigit(p.src[p.pos]) {
		p.pos++
	}
	return p.pos - start
}

// path reads a path argument: everything up to the "," or ")" that is
// outside quotes and outside brackets and parentheses opened in the path.
// Trailing spaces are not part of the path.
func (p *parser) path() (Arg, *Error) {
	s := p.src
	start := p.pos
	var stack []byte
scan:
	for p.pos < len(s) {
		switch c := s[p.pos]; c {
		case '\'', '"':
			end, err := skipQuoted(s, p.pos)
			if err != nil {
				return Arg{}, err
			}
			p.pos = end
			continue
		case '(':
			stack = append(stack, ')')
		case '[':
			stack = append(stack, ']')
		case ',':
			if len(stack) == 0 {
				break scan
			}
		case ')', ']':
			if len(stack) == 0 {
				if c == ')' {
					break scan
				}
			} else if stack[len(stack)-1] != c {
				return Arg{}, errorf(p.pos, "unexpected %q in path; want %q", string(c), string(stack[len(stack)-1]))
			} else {
				stack = stack[:len(stack)-1]
			}
		}
		p.pos++
	}
	end := p.pos
	for end > start && s[end-1] == ' ' {
		end--
	}
	return Arg{Kind: Path, Text: s[start:end], Pos: start}, nil
}

// skipQuoted moves past a quoted string inside a path (JSONPath quoting:
// ' or ", a backslash escapes the next byte) and returns the offset after
// its closing quote.
func skipQuoted(s string, start int) (int, *Error) {
	q := s[start]
	for i := start + 1; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case q:
			return i + 1, nil
		}
	}
	return 0, errorf(start, "unterminated string in path")
}

// skipSpaces moves p.pos past spaces.
func (p *parser) skipSpaces() {
	for p.pos < len(p.src) && p.src[p.pos] == ' ' {
		p.pos++
	}
}

// isWordChar reports whether c may appear in a function name or keyword.
func isWordChar(c byte) bool {
	return c == '_' || isDigit(c) || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// isDigit reports whether c is an ASCII digit.
func isDigit(c byte) bool {
	return '0' <= c && c <= '9'
}

// quoteAt quotes the character at s[pos] for a message, or says "end of
// input" at the end.
func quoteAt(s string, pos int) string {
	if pos >= len(s) {
		return "end of input"
	}
	r, _ := utf8.DecodeRuneInString(s[pos:])
	return strconv.Quote(string(r))
}
