package jsonpath

import (
	"strconv"
	"strings"
)

// bracket reads a bracketed selector; p.pos is at "[" and start is where
// the segment's text begins (at a preceding "." for ".['a']").
func (p *parser) bracket(start int) *Error {
	s := p.src
	open := p.pos
	p.pos++
	p.skipSpaces()
	if p.pos >= len(s) {
		return errorf(p.pos, `unterminated "["`)
	}
	switch c := s[p.pos]; {
	case c == ']':
		return errorf(p.pos, `empty brackets "[]"`)
	case c == '*':
		p.pos++
		if err := p.closeBracket(); err != nil {
			return err
		}
		p.add(Segment{Kind: Wildcard, Text: s[start:p.pos], Pos: start})
		return nil
	case c == '?':
		return p.filter(start, open)
	case c == '(':
		return p.script(start)
	case c == '\'' || c == '"':
		return p.names(start)
	case c == '-' || c == ':' || isDigit(c):
		return p.numbers(start)
	}
	return errorf(p.pos, "unexpected %s in brackets; want a quoted name, an index, a slice, \"*\", \"?(…)\" or \"(…)\"", quoteRune(s, p.pos))
}

// closeBracket skips spaces and consumes the "]" that ends a bracket.
func (p *parser) closeBracket() *Error {
	p.skipSpaces()
	if p.pos >= len(p.src) {
		return errorf(p.pos, `missing "]"`)
	}
	if p.src[p.pos] != ']' {
		return unexpected(p.src, p.pos)
	}
	p.pos++
	return nil
}

// filter reads "?(…)]"; p.pos is at "?" and open at "[".
func (p *parser) filter(start, open int) *Error {
	s := p.src
	q := p.pos
	if q+1 >= len(s) || s[q+1] != '(' {
		return errorf(q+1, `expected "(" after "?" in a filter`)
	}
	end, err := scanBalanced(s, q+1)
	if err != nil {
		return err
	}
	if strings.TrimSpace(s[q+2:end-1]) == "" {
		return errorf(q+1, "empty filter expression")
	}
	p.pos = end
	if err := p.closeBracket(); err != nil {
		return err
	}
	p.add(Segment{Kind: Filter, Text: s[start:p.pos], Pos: start})
	return nil
}

// script reads a Jayway script expression "(…)]" such as
// "$[(@.length-1)]"; p.pos is at "(". It selects computed indexes, so it is
// kept as a Filter segment (not a reference path).
func (p *parser) script(start int) *Error {
	s := p.src
	end, err := scanBalanced(s, p.pos)
	if err != nil {
		return err
	}
	if strings.TrimSpace(s[p.pos+1:end-1]) == "" {
		return errorf(p.pos, "empty script expression")
	}
	p.pos = end
	if err := p.closeBracket(); err != nil {
		return err
	}
	p.add(Segment{Kind: Filter, Text: s[start:p.pos], Pos: start})
	return nil
}

// names reads one or more comma-separated quoted names and the "]".
func (p *parser) names(start int) *Error {
	s := p.src
	count := 0
	name := ""
	for {
		n, end, err := scanQuoted(s, p.pos)
		if err != nil {
			return err
		}
		name = n
		count++
		p.pos = end
		p.skipSpaces()
		if p.pos >= len(s) || s[p.pos] != ',' {
			break
		}
		p.pos++
		p.skipSpaces()
		if p.pos >= len(s) {
			return errorf(p.pos, `missing "]"`)
		}
		if c := s[p.pos]; c != '\'' && c != '"' {
			return errorf(p.pos, "expected a quoted name after \",\", found %s", quoteRune(s, p.pos))
		}
	}
	if err := p.closeBracket(); err != nil {
		return err
	}
	seg := Segment{Kind: Union, Text: s[start:p.pos], Pos: start}
	if count == 1 {
		seg.Kind = Field
		seg.Name = name
	}
	p.add(seg)
	return nil
}

// numbers reads an index, a union of indexes or a slice, and the "]".
func (p *parser) numbers(start int) *Error {
	s := p.src
	first, hasFirst, err := p.integer()
	if err != nil {
		return err
	}
	p.skipSpaces()
	if p.pos < len(s) && s[p.pos] == ':' {
		return p.slice(start, hasFirst)
	}
	seg := Segment{Kind: Index, Index: first, Pos: start}
	for p.pos < len(s) && s[p.pos] == ',' {
		seg.Kind = Union
		p.pos++
		p.skipSpaces()
		if _, ok, err := p.integer(); err != nil {
			return err
		} else if !ok {
			return errorf(p.pos, "expected an index after \",\"")
		}
		p.skipSpaces()
	}
	if err := p.closeBracket(); err != nil {
		return err
	}
	if seg.Kind == Union {
		seg.Index = 0
	}
	seg.Text = s[start:p.pos]
	p.add(seg)
	return nil
}

// slice reads the rest of "[from:to]"; p.pos is at ":".
func (p *parser) slice(start int, hasFrom bool) *Error {
	s := p.src
	colon := p.pos
	p.pos++
	p.skipSpaces()
	_, hasTo, err := p.integer()
	if err != nil {
		return err
	}
	p.skipSpaces()
	if p.pos < len(s) && s[p.pos] == ':' {
		return errorf(p.pos, "slice steps are not supported")
	}
	if !hasFrom && !hasTo {
		return errorf(colon, "a slice needs a start or an end")
	}
	if err := p.closeBracket(); err != nil {
		return err
	}
	p.add(Segment{Kind: Slice, Text: s[start:p.pos], Pos: start})
	return nil
}

// integer reads an optional "-" and digits at p.pos. It reports false,
// without error, when there is no number there.
func (p *parser) integer() (int, bool, *Error) {
	s := p.src
	start := p.pos
	i := p.pos
	if i < len(s) && s[i] == '-' {
		i++
	}
	digits := i
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	if i == digits {
		if i > start {
			return 0, false, errorf(i, `expected digits after "-"`)
		}
		return 0, false, nil
	}
	n, err := strconv.Atoi(s[start:i])
	if err != nil {
		return 0, false, errorf(start, "index %s is out of range", s[start:i])
	}
	p.pos = i
	return n, true, nil
}

// skipSpaces moves p.pos past ASCII spaces (allowed inside brackets).
func (p *parser) skipSpaces() {
	for p.pos < len(p.src) && p.src[p.pos] == ' ' {
		p.pos++
	}
}
