package jsonpath

import (
	"unicode/utf8"
)

// Parse reads s as an ASL JSONPath and returns its parts. It accepts the
// Jayway dialect AWS evaluates (see the package documentation) and rejects
// anything else with an *Error giving the byte position of the problem.
// Whitespace is only allowed inside brackets and quotes; control
// characters and invalid UTF-8 are never allowed. Parse never panics.
func Parse(s string) (*Path, error) {
	p := parser{src: s}
	path, err := p.parse()
	if err != nil {
		return nil, err
	}
	prog, err := compile(path)
	if err != nil {
		return nil, err
	}
	path.prog = prog
	return path, nil
}

// parser holds the state of one Parse call.
type parser struct {
	src  string
	pos  int
	path *Path
}

// parse reads the root and then segments until the end of the input.
func (p *parser) parse() (*Path, *Error) {
	s := p.src
	if s == "" {
		return nil, errorf(0, "empty path")
	}
	if err := checkText(s); err != nil {
		return nil, err
	}
	if s[0] != '$' {
		return nil, errorf(0, `a path must start with "$"`)
	}
	p.path = &Path{Raw: s}
	if err := p.root(); err != nil {
		return nil, err
	}
	for p.pos < len(s) {
		if n := len(p.path.Segments); n > 0 && p.path.Segments[n-1].Kind == Function {
			return nil, errorf(p.pos, "a function call must be the last part of a path")
		}
		if err := p.segment(); err != nil {
			return nil, err
		}
	}
	return p.path, nil
}

// root reads "$", "$$" or "$name" and sets p.path.Root.
func (p *parser) root() *Error {
	s := p.src
	p.pos = 1
	if p.pos >= len(s) {
		return nil
	}
	c := s[p.pos]
	switch {
	case c == '$':
		p.path.Root = Context
		p.pos++
	case isIdentStart(c):
		start := p.pos
		for p.pos < len(s) && isIdentChar(s[p.pos]) {
			p.pos++
		}
		p.path.Root = Variable
		p.path.Variable = s[start:p.pos]
	case isDigit(c) || c >= utf8.RuneSelf:
		return errorf(p.pos, "a variable name must start with an ASCII letter or underscore")
	}
	return nil
}

// segment reads one segment starting at p.pos: ".x", "..x", ".*" or a
// bracket.
func (p *parser) segment() *Error {
	s := p.src
	start := p.pos
	switch s[p.pos] {
	case '.':
		if p.pos+1 < len(s) && s[p.pos+1] == '.' {
			p.add(Segment{Kind: RecursiveDescent, Text: "..", Pos: start})
			p.pos += 2
			return p.afterDot(p.pos, "..")
		}
		p.pos++
		return p.afterDot(start, ".")
	case '[':
		return p.bracket(start)
	}
	return unexpected(s, p.pos)
}

// afterDot reads what follows "." or "..": a name, "*", a function call
// or a bracket. start is where the segment's text begins.
func (p *parser) afterDot(start int, dots string) *Error {
	s := p.src
	if p.pos >= len(s) {
		return errorf(p.pos, "expected a name, \"*\" or \"[\" after %q", dots)
	}
	switch s[p.pos] {
	case '*':
		p.pos++
		p.add(Segment{Kind: Wildcard, Text: s[start:p.pos], Pos: start})
		return nil
	case '[':
		return p.bracket(start)
	}
	nameStart := p.pos
	for p.pos < len(s) {
		r, n := utf8.DecodeRuneInString(s[p.pos:])
		if !isNameRune(r) {
			break
		}
		p.pos += n
	}
	if p.pos == nameStart {
		return unexpected(s, p.pos)
	}
	name := s[nameStart:p.pos]
	if p.pos < len(s) && s[p.pos] == '(' {
		return p.function(start, nameStart, name)
	}
	p.add(Segment{Kind: Field, Name: name, Text: s[start:p.pos], Pos: start})
	return nil
}

// function reads the parenthesised arguments of a function call whose
// name has just been read; p.pos is at "(".
func (p *parser) function(start, nameStart int, name string) *Error {
	if !isIdentifier(name) {
		return errorf(nameStart, "invalid function name %q", name)
	}
	end, err := scanBalanced(p.src, p.pos)
	if err != nil {
		return err
	}
	p.pos = end
	p.add(Segment{Kind: Function, Name: name, Text: p.src[start:end], Pos: start})
	return nil
}

// add appends a segment to the path being built.
func (p *parser) add(seg Segment) {
	p.path.Segments = append(p.path.Segments, seg)
}
