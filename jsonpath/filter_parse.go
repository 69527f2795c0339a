package jsonpath

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/stepwise-go/stepwise/value"
)

// parseFilter compiles the text inside "[?(" and ")]" (Jayway's filter
// language). base is the offset of s in the whole path, for error
// positions.
func parseFilter(s string, base int) (expr, *Error) {
	fp := &fparser{src: s, base: base}
	e, err := fp.or(0)
	if err != nil {
		return nil, err
	}
	fp.space()
	if fp.pos < len(s) {
		return nil, fp.fail("unexpected %s in filter", quoteRune(s, fp.pos))
	}
	return e, nil
}

// maxFilterDepth bounds the nesting of parentheses and "!" in a filter.
const maxFilterDepth = 64

// fparser holds the state of one parseFilter call.
type fparser struct {
	src  string
	pos  int
	base int
}

// fail builds an error at the current position.
func (fp *fparser) fail(format string, args ...any) *Error {
	return errorf(fp.base+fp.pos, format, args...)
}

// space skips spaces.
func (fp *fparser) space() {
	for fp.pos < len(fp.src) && fp.src[fp.pos] == ' ' {
		fp.pos++
	}
}

// eat consumes tok (after spaces) when it is next.
func (fp *fparser) eat(tok string) bool {
	fp.space()
	if strings.HasPrefix(fp.src[fp.pos:], tok) {
		fp.pos += len(tok)
		return true
	}
	return false
}

// or reads a || b || ….
func (fp *fparser) or(depth int) (expr, *Error) {
	left, err := fp.and(depth)
	if err != nil {
		return nil, err
	}
	for fp.eat("||") {
		right, err := fp.and(depth)
		if err != nil {
			return nil, err
		}
		left = orExpr{left, right}
	}
	return left, nil
}

// and reads a && b && ….
func (fp *fparser) and(depth int) (expr, *Error) {
	left, err := fp.unary(depth)
	if err != nil {
		return nil, err
	}
	for fp.eat("&&") {
		right, err := fp.unary(depth)
		if err != nil {
			return nil, err
		}
		left = andExpr{left, right}
	}
	return left, nil
}

// unary reads !x, (x) or a relation.
func (fp *fparser) unary(depth int) (expr, *Error) {
	if depth > maxFilterDepth {
		return nil, fp.fail("filter nested more than %d deep", maxFilterDepth)
	}
	fp.space()
	if fp.pos < len(fp.src) && fp.src[fp.pos] == '!' && !strings.HasPrefix(fp.src[fp.pos:], "!=") {
		fp.pos++
		e, err := fp.unary(depth + 1)
		if err != nil {
			return nil, err
		}
		return notExpr{e}, nil
	}
	if fp.eat("(") {
		e, err := fp.or(depth + 1)
		if err != nil {
			return nil, err
		}
		if !fp.eat(")") {
			return nil, fp.fail(`expected ")" in filter`)
		}
		return e, nil
	}
	return fp.relation()
}

// operators are the relational operators, longest first so that "<="
// wins over "<".
var operators = []string{"===", "!==", "==", "!=", "<=", ">=", "=~", "<", ">",
	"subsetof", "contains", "noneof", "anyof", "empty", "size", "nin", "in"}

// relation reads "operand [op operand]".
func (fp *fparser) relation() (expr, *Error) {
	start := fp.pos
	left, err := fp.operand()
	if err != nil {
		return nil, err
	}
	fp.space()
	op := ""
	for _, o := range operators {
		if strings.HasPrefix(fp.src[fp.pos:], o) && (!isLetter(o[0]) || !fp.wordAt(fp.pos+len(o))) {
			op = o
			fp.pos += len(o)
			break
		}
	}
	if op == "" {
		if _, ok := left.(pathOperand); !ok {
			fp.pos = start
			return nil, fp.fail("a filter condition needs a path or a comparison")
		}
		return existsExpr{left.(pathOperand)}, nil
	}
	right, err := fp.operand()
	if err != nil {
		return nil, err
	}
	if op == "=~" {
		if _, ok := right.(regexOperand); !ok {
			return nil, fp.fail(`"=~" needs a /regex/ on its right`)
		}
	}
	return relExpr{op: op, left: left, right: right}, nil
}

// wordAt reports whether a letter or digit is at i (so that "in" is not
// read from "inside").
func (fp *fparser) wordAt(i int) bool {
	return i < len(fp.src) && (isLetter(fp.src[i]) || isDigit(fp.src[i]))
}

// isLetter reports whether c is an ASCII letter.
func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// operand reads a path, string, number, boolean, null, regex or JSON
// literal.
func (fp *fparser) operand() (operand, *Error) {
	fp.space()
	s := fp.src
	if fp.pos >= len(s) {
		return nil, fp.fail("missing operand at the end of the filter")
	}
	switch c := s[fp.pos]; {
	case c == '@' || c == '$':
		return fp.path()
	case c == '\'' || c == '"':
		str, err := fp.str()
		if err != nil {
			return nil, err
		}
		return literal{str}, nil
	case c == '/':
		return fp.regex()
	case c == '-' || isDigit(c):
		return fp.number()
	case c == '[' || c == '{':
		return fp.json()
	}
	for _, w := range []struct {
		word string
		v    value.Value
	}{{"true", true}, {"false", false}, {"null", value.Null}} {
		if strings.HasPrefix(s[fp.pos:], w.word) && !fp.wordAt(fp.pos+len(w.word)) {
			fp.pos += len(w.word)
			return literal{w.v}, nil
		}
	}
	if start := fp.pos; isLetter(s[start]) || s[start] == '_' {
		// A bare word such as FooBar in "@.k == FooBar": AWS accepts the
		// definition (Jayway reads filters only when it evaluates them),
		// so the error waits for evaluation.
		for fp.pos < len(s) && (fp.wordAt(fp.pos) || s[fp.pos] == '_') {
			fp.pos++
		}
		return badOperand{fp.base + start, s[start:fp.pos]}, nil
	}
	return nil, fp.fail("unexpected %s in filter; want a path, a literal or a /regex/", quoteRune(s, fp.pos))
}

// path reads "@…" or "$…" up to a space, an operator or a ")" or ","
// outside brackets and quotes.
func (fp *fparser) path() (operand, *Error) {
	s := fp.src
	start := fp.pos
	depth := 0
scan:
	for fp.pos < len(s) {
		switch c := s[fp.pos]; c {
		case '\'', '"':
			_, end, err := scanQuoted(s, fp.pos)
			if err != nil {
				return nil, errorf(fp.base+err.Pos, "%s", err.Msg)
			}
			fp.pos = end
			continue
		case '[', '(':
			depth++
		case ']', ')':
			if depth == 0 {
				break scan
			}
			depth--
		case ' ', '<', '>', '=', '!', '~', '&', '|', ',':
			if depth == 0 {
				break scan
			}
		}
		fp.pos++
	}
	text := s[start:fp.pos]
	relative := text[0] == '@'
	p, err := Parse("$" + text[1:])
	if err != nil {
		pe := err.(*Error)
		return nil, errorf(fp.base+start+pe.Pos, "in filter path %q: %s", text, pe.Msg)
	}
	return pathOperand{path: p, relative: relative}, nil
}

// str reads a quoted string; Jayway unescapes \\, \', \", \n, \t, \r,
// \b, \f and \uXXXX, and keeps any other escaped character.
func (fp *fparser) str() (string, *Error) {
	s := fp.src
	q := s[fp.pos]
	var b strings.Builder
	for i := fp.pos + 1; i < len(s); i++ {
		c := s[i]
		switch {
		case c == q:
			fp.pos = i + 1
			return b.String(), nil
		case c == '\\' && i+1 < len(s):
			i++
			switch e := s[i]; e {
			case 'n':
				b.WriteByte('\n')
			case 't':
				b.WriteByte('\t')
			case 'r':
				b.WriteByte('\r')
			case 'b':
				b.WriteByte('\b')
			case 'f':
				b.WriteByte('\f')
			case 'u':
				if i+4 < len(s) {
					if n, err := strconv.ParseUint(s[i+1:i+5], 16, 16); err == nil {
						b.WriteRune(rune(n))
						i += 4
						continue
					}
				}
				return "", errorf(fp.base+i, `invalid \u escape in filter string`)
			default:
				b.WriteByte(e)
			}
		default:
			b.WriteByte(c)
		}
	}
	return "", fp.fail("unterminated string in filter")
}

// regex reads /pattern/flags. Jayway matches the whole input (Java's
// Matcher.matches), so the pattern is anchored at both ends.
func (fp *fparser) regex() (operand, *Error) {
	s := fp.src
	start := fp.pos
	i := fp.pos + 1
	for i < len(s) && s[i] != '/' {
		if s[i] == '\\' {
			i++
		}
		i++
	}
	if i >= len(s) {
		return nil, fp.fail("unterminated /regex/ in filter")
	}
	pattern := s[start+1 : i]
	i++
	flags := ""
	for i < len(s) && isLetter(s[i]) {
		switch s[i] {
		case 'i', 'm', 's':
			flags += string(s[i])
		case 'u', 'd', 'U':
		default:
			return nil, errorf(fp.base+i, "unsupported regex flag %q", string(s[i]))
		}
		i++
	}
	fp.pos = i
	if flags != "" {
		flags = "(?" + flags + ")"
	}
	re, err := regexp.Compile(flags + `^(?:` + pattern + `)$`)
	if err != nil {
		return nil, errorf(fp.base+start, "invalid regex /%s/: %v", pattern, err)
	}
	return regexOperand{re}, nil
}

// number reads -?digits[.digits][e±digits].
func (fp *fparser) number() (operand, *Error) {
	s := fp.src
	start := fp.pos
	i := fp.pos
	if s[i] == '-' {
		i++
	}
	for i < len(s) && (isDigit(s[i]) || s[i] == '.' || s[i] == 'e' || s[i] == 'E' ||
		(s[i] == '+' || s[i] == '-') && (s[i-1] == 'e' || s[i-1] == 'E')) {
		i++
	}
	f, err := strconv.ParseFloat(s[start:i], 64)
	if err != nil {
		return nil, fp.fail("invalid number %q in filter", s[start:i])
	}
	fp.pos = i
	return literal{f}, nil
}

// json reads a JSON array or object literal. Arrays may hold any filter
// literal (Jayway accepts ['a', 'b'] with single quotes); objects must be
// strict JSON.
func (fp *fparser) json() (operand, *Error) {
	s := fp.src
	if s[fp.pos] == '{' {
		end, err := scanBalancedAny(s, fp.pos)
		if err != nil {
			return nil, errorf(fp.base+err.Pos, "%s", err.Msg)
		}
		v, perr := value.ParseString(s[fp.pos:end])
		if perr != nil {
			return nil, fp.fail("invalid JSON object in filter: %v", perr)
		}
		fp.pos = end
		return literal{v}, nil
	}
	fp.pos++
	items := []value.Value{}
	if fp.eat("]") {
		return literal{items}, nil
	}
	for {
		op, err := fp.operand()
		if err != nil {
			return nil, err
		}
		lit, ok := op.(literal)
		if !ok {
			return nil, fp.fail("a list in a filter may hold only literals")
		}
		items = append(items, lit.v)
		if fp.eat(",") {
			continue
		}
		if fp.eat("]") {
			return literal{items}, nil
		}
		return nil, fp.fail(`expected "," or "]" in a list`)
	}
}

// scanBalancedAny is scanBalanced for a "{" or "[" opener.
func scanBalancedAny(s string, open int) (int, *Error) {
	depth := 0
	for i := open; i < len(s); i++ {
		switch s[i] {
		case '"', '\'':
			_, end, err := scanQuoted(s, i)
			if err != nil {
				return 0, err
			}
			i = end - 1
		case '{', '[':
			depth++
		case '}', ']':
			depth--
			if depth == 0 {
				return i + 1, nil
			}
		}
	}
	return 0, errorf(open, "unterminated %q", string(s[open]))
}
