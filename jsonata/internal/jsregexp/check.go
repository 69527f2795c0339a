package jsregexp

import (
	"unicode"
	"unicode/utf16"
)

// Check reports whether JavaScript's RegExp constructor accepts pattern
// (UTF-16 code units) without the u or v flag, the way jsonata-js
// compiles regular expression literals. It returns "" when the pattern is
// valid and otherwise V8's SyntaxError message (Node.js 20, V8 11.3), such
// as "Nothing to repeat". Use ToUTF16 to turn a Go string into the units
// JavaScript sees.
//
// Without the u flag JavaScript follows the lenient grammar of ECMAScript
// Annex B: a lone "{", "}" or "]" is a literal, unknown escapes stand for
// the escaped character, \8 and out-of-range back references are
// literals, lookaheads may be quantified. What remains an error: a
// quantifier with nothing to repeat, {n,m} with m < n, a quantified
// lookbehind, unbalanced parentheses, "(?" not followed by ":", "=", "!"
// or "<", invalid or duplicate group names, broken \k references when the
// pattern has named groups, a "\" at the end, an unterminated character
// class and a character range out of order.
func Check(pattern []uint16) string {
	r := &reChecker{in: pattern, names: map[string]bool{}}
	return r.run()
}

const (
	reEnd         = -1
	reMaxCaptures = 1 << 16
	reInfinity    = 1<<31 - 1
)

type reGroup struct {
	lookbehind bool   // (?<= or (?<!
	named      bool   // (?<name>
	name       string // of a named capture
}

type reChecker struct {
	in  []uint16
	pos int

	capturesStarted int
	hasNamed        bool // a named group has been seen (or found by scanning)
	scanned         bool // scanForCaptures has run
	captureCount    int  // capture groups in the whole pattern, once scanned
	names           map[string]bool
	refs            []string // \k<name> references to resolve at the end
	stack           []reGroup
}

func (r *reChecker) at(i int) int {
	if i < len(r.in) {
		return int(r.in[i])
	}
	return reEnd
}

func (r *reChecker) cur() int  { return r.at(r.pos) }
func (r *reChecker) peek() int { return r.at(r.pos + 1) }
func (r *reChecker) advance(n int) {
	r.pos += n
	if r.pos > len(r.in) {
		r.pos = len(r.in)
	}
}

func (r *reChecker) run() string {
	for {
		atom := true        // whether a quantifier may follow what was just read
		lookbehind := false // whether that was a lookbehind
		switch c := r.cur(); c {
		case reEnd:
			if len(r.stack) > 0 {
				return "Unterminated group"
			}
			for _, name := range r.refs {
				if !r.names[name] {
					return "Invalid named capture referenced"
				}
			}
			return ""
		case ')':
			if len(r.stack) == 0 {
				return "Unmatched ')'"
			}
			r.advance(1)
			g := r.stack[len(r.stack)-1]
			r.stack = r.stack[:len(r.stack)-1]
			if g.named {
				if r.names[g.name] {
					return "Duplicate capture group name"
				}
				r.names[g.name] = true
			}
			lookbehind = g.lookbehind
		case '|', '^', '$':
			r.advance(1)
			atom = false
		case '*', '+', '?':
			return "Nothing to repeat"
		case '(':
			if msg := r.openGroup(); msg != "" {
				return msg
			}
			atom = false
		case '[':
			if msg := r.class(); msg != "" {
				return msg
			}
		case '\\':
			var msg string
			atom, msg = r.atomEscape()
			if msg != "" {
				return msg
			}
		case '{':
			if _, _, ok := r.interval(); ok {
				return "Nothing to repeat"
			}
			r.advance(1)
		default:
			r.advance(1)
		}
		if !atom {
			continue
		}
		switch r.cur() {
		case '*', '+', '?':
			r.advance(1)
		case '{':
			lo, hi, ok := r.interval()
			if !ok {
				continue // a literal "{", read as the next atom
			}
			if hi < lo {
				return "numbers out of order in {} quantifier"
			}
		default:
			continue
		}
		if r.cur() == '?' {
			r.advance(1)
		}
		if lookbehind {
			return "Invalid quantifier"
		}
	}
}

// openGroup reads "(" and what follows it up to the group's body.
func (r *reChecker) openGroup() string {
	r.advance(1)
	g := reGroup{}
	capture := true
	named := false
	if r.cur() == '?' {
		switch r.peek() {
		case ':', '=', '!':
			r.advance(2)
			capture = false
		case '<':
			r.advance(1)
			switch r.peek() {
			case '=', '!':
				r.advance(2)
				capture = false
				g.lookbehind = true
			default:
				named = true
				r.hasNamed = true
				r.advance(1)
			}
		default:
			return "Invalid group"
		}
	}
	if capture {
		if r.capturesStarted >= reMaxCaptures {
			return "Too many captures"
		}
		r.capturesStarted++
		if named {
			name, msg := r.groupName()
			if msg != "" {
				return msg
			}
			g.named, g.name = true, name
		}
	}
	r.stack = append(r.stack, g)
	return ""
}

// atomEscape reads an escape outside a character class. It reports
// whether the escape is an atom (as opposed to the assertions \b and
// \B).
func (r *reChecker) atomEscape() (bool, string) {
	switch next := r.peek(); next {
	case reEnd:
		return false, `\ at end of pattern`
	case '1', '2', '3', '4', '5', '6', '7', '8', '9':
		if r.backReference() {
			return true, ""
		}
		if next == '8' || next == '9' {
			r.advance(2)
			return true, ""
		}
		r.advance(1)
		r.octalValue()
		return true, ""
	case '0':
		r.advance(1)
		r.octalValue()
		return true, ""
	case 'b', 'B':
		r.advance(2)
		return false, ""
	case 'd', 'D', 's', 'S', 'w', 'W', 'p', 'P':
		r.advance(2)
		return true, ""
	case 'k':
		if r.hasNamedCaptures(false) {
			r.advance(2)
			if r.cur() != '<' {
				return true, "Invalid named reference"
			}
			r.advance(1)
			name, msg := r.groupName()
			if msg != "" {
				return true, msg
			}
			r.refs = append(r.refs, name)
			return true, ""
		}
	}
	_, msg := r.characterEscape(false)
	return true, msg
}

// backReference reads \N when N (at most 65536) is not more than the
// number of capture groups in the whole pattern, and otherwise leaves the
// input as it was.
func (r *reChecker) backReference() bool {
	start := r.pos
	value := r.peek() - '0'
	r.advance(2)
	for c := r.cur(); '0' <= c && c <= '9'; c = r.cur() {
		value = 10*value + c - '0'
		if value > reMaxCaptures {
			r.pos = start
			return false
		}
		r.advance(1)
	}
	if value > r.capturesStarted {
		if !r.scanned {
			r.scanForCaptures(false)
		}
		if value > r.captureCount {
			r.pos = start
			return false
		}
	}
	return true
}

// characterEscape reads one escaped character; r.pos is at the "\". It
// returns the character's value (for ranges in classes).
func (r *reChecker) characterEscape(inClass bool) (int, string) {
	r.advance(1)
	c := r.cur()
	switch c {
	case 'f':
		r.advance(1)
		return '\f', ""
	case 'n':
		r.advance(1)
		return '\n', ""
	case 'r':
		r.advance(1)
		return '\r', ""
	case 't':
		r.advance(1)
		return '\t', ""
	case 'v':
		r.advance(1)
		return '\v', ""
	case 'c':
		ctl := r.peek()
		if letter := ctl &^ 0x20; ctl >= 0 && 'A' <= letter && letter <= 'Z' {
			r.advance(2)
			return ctl & 0x1f, ""
		}
		if inClass && ('0' <= ctl && ctl <= '9' || ctl == '_') {
			r.advance(2)
			return ctl & 0x1f, ""
		}
		// The backslash is a literal; "c" is read next.
		return '\\', ""
	case '0':
		if n := r.peek(); n < '0' || n > '9' {
			r.advance(1)
			return 0, ""
		}
		return r.octalValue(), ""
	case '1', '2', '3', '4', '5', '6', '7':
		return r.octalValue(), ""
	case 'x':
		r.advance(1)
		if v, ok := r.hex(2); ok {
			return v, ""
		}
		return 'x', ""
	case 'u':
		r.advance(1)
		if v, ok := r.hex(4); ok {
			return v, ""
		}
		return 'u', ""
	}
	r.advance(1)
	if c == 'k' && r.hasNamedCaptures(inClass) {
		return c, "Invalid escape"
	}
	return c, ""
}

// octalValue reads a legacy octal escape and returns its value.
func (r *reChecker) octalValue() int {
	value := r.cur() - '0'
	r.advance(1)
	if c := r.cur(); '0' <= c && c <= '7' {
		value = value*8 + c - '0'
		r.advance(1)
		if c := r.cur(); value < 32 && '0' <= c && c <= '7' {
			value = value*8 + c - '0'
			r.advance(1)
		}
	}
	return value
}

// hex reads exactly n hexadecimal digits, or nothing.
func (r *reChecker) hex(n int) (int, bool) {
	v := 0
	for i := 0; i < n; i++ {
		d := hexValue(r.at(r.pos + i))
		if d < 0 {
			return 0, false
		}
		v = v*16 + d
	}
	r.advance(n)
	return v, true
}

func hexValue(c int) int {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10
	}
	return -1
}

// class reads a character class [...]; r.pos is at "[".
func (r *reChecker) class() string {
	r.advance(1)
	if r.cur() == '^' {
		r.advance(1)
	}
	for r.cur() != reEnd && r.cur() != ']' {
		c1, isClass1, msg := r.classAtom()
		if msg != "" {
			return msg
		}
		if r.cur() != '-' {
			continue
		}
		r.advance(1)
		if r.cur() == reEnd || r.cur() == ']' {
			break
		}
		c2, isClass2, msg := r.classAtom()
		if msg != "" {
			return msg
		}
		if !isClass1 && !isClass2 && c1 > c2 {
			return "Range out of order in character class"
		}
	}
	if r.cur() == reEnd {
		return "Unterminated character class"
	}
	r.advance(1)
	return ""
}

// classAtom reads one character of a class, or a class escape such as \d
// (isClass).
func (r *reChecker) classAtom() (c int, isClass bool, msg string) {
	if r.cur() != '\\' {
		c = r.cur()
		r.advance(1)
		return c, false, ""
	}
	switch r.peek() {
	case 'b':
		r.advance(2)
		return '\b', false, ""
	case reEnd:
		return 0, false, `\ at end of pattern`
	case 'd', 'D', 's', 'S', 'w', 'W':
		r.advance(2)
		return 0, true, ""
	}
	c, msg = r.characterEscape(true)
	return c, false, msg
}

// interval reads a {n}, {n,} or {n,m} quantifier, or leaves the input as
// it was and reports false.
func (r *reChecker) interval() (lo, hi int, ok bool) {
	i := r.pos + 1
	digits := func() (int, bool) {
		if c := r.at(i); c < '0' || c > '9' {
			return 0, false
		}
		v := 0
		for c := r.at(i); '0' <= c && c <= '9'; c = r.at(i) {
			v = v*10 + c - '0'
			if v > reInfinity {
				v = reInfinity
			}
			i++
		}
		return v, true
	}
	lo, ok = digits()
	if !ok {
		return 0, 0, false
	}
	switch r.at(i) {
	case '}':
		hi = lo
	case ',':
		i++
		if r.at(i) == '}' {
			hi = reInfinity
			break
		}
		if hi, ok = digits(); !ok || r.at(i) != '}' {
			return 0, 0, false
		}
	default:
		return 0, 0, false
	}
	r.pos = i + 1
	return lo, hi, true
}

// groupName reads the name of (?<name> or \k<name> up to and including
// the ">"; r.pos is at the name's first character. Names are read as in
// Unicode mode: surrogate pairs and \u{…} escapes are allowed.
func (r *reChecker) groupName() (string, string) {
	var name []rune
	for {
		c := r.cur()
		if c == '\\' && r.peek() == 'u' {
			r.advance(2)
			v, ok := r.unicodeEscape()
			if !ok {
				return "", "Invalid Unicode escape"
			}
			c = v
		} else if c != reEnd {
			if utf16.IsSurrogate(rune(c)) && c < 0xdc00 {
				if lo := r.peek(); 0xdc00 <= lo && lo <= 0xdfff {
					c = int(utf16.DecodeRune(rune(c), rune(lo)))
					r.advance(1)
				}
			}
			r.advance(1)
		}
		if c == '\\' {
			return "", "Invalid capture group name"
		}
		if len(name) == 0 {
			if !isIDStart(c) {
				return "", "Invalid capture group name"
			}
		} else if c == '>' {
			return string(name), ""
		} else if !isIDPart(c) {
			return "", "Invalid capture group name"
		}
		name = append(name, rune(c))
	}
}

// unicodeEscape reads the part after \u of a Unicode-mode escape: XXXX
// (joined with a following \uXXXX trail surrogate) or {X…}.
func (r *reChecker) unicodeEscape() (int, bool) {
	if r.cur() == '{' {
		i := r.pos + 1
		v := 0
		if hexValue(r.at(i)) < 0 {
			return 0, false
		}
		for d := hexValue(r.at(i)); d >= 0; d = hexValue(r.at(i)) {
			v = v*16 + d
			if v > unicode.MaxRune {
				return 0, false
			}
			i++
		}
		if r.at(i) != '}' {
			return 0, false
		}
		r.pos = i + 1
		return v, true
	}
	v, ok := r.hex(4)
	if !ok {
		return 0, false
	}
	if 0xd800 <= v && v <= 0xdbff && r.cur() == '\\' && r.peek() == 'u' {
		start := r.pos
		r.advance(2)
		if lo, ok := r.hex(4); ok && 0xdc00 <= lo && lo <= 0xdfff {
			return int(utf16.DecodeRune(rune(v), rune(lo))), true
		}
		r.pos = start
	}
	return v, true
}

// hasNamedCaptures reports whether the pattern has a named group: one
// seen already or, the first time it is asked, one found by scanning the
// rest of the pattern (starting inside a class when inClass).
func (r *reChecker) hasNamedCaptures(inClass bool) bool {
	if r.hasNamed || r.scanned {
		return r.hasNamed
	}
	r.scanForCaptures(inClass)
	return r.hasNamed
}

// scanForCaptures counts the capture groups from the current position
// on, without parsing: escapes and classes (up to the first unescaped
// "]") are skipped. It records the total number of capture groups and
// whether a named group is among them.
func (r *reChecker) scanForCaptures(inClass bool) {
	i := r.pos
	count := r.capturesStarted
	if inClass {
		for c := r.at(i); c != reEnd; c = r.at(i) {
			i++
			if c == '\\' {
				i++
			} else if c == ']' {
				break
			}
		}
	}
	for c := r.at(i); c != reEnd; c = r.at(i) {
		i++
		switch c {
		case '\\':
			i++
		case '[':
			for c := r.at(i); c != reEnd; c = r.at(i) {
				i++
				if c == '\\' {
					i++
				} else if c == ']' {
					break
				}
			}
		case '(':
			if r.at(i) == '?' {
				i++
				if r.at(i) != '<' {
					continue
				}
				i++
				if c := r.at(i); c == '=' || c == '!' {
					continue
				}
				r.hasNamed = true
			}
			count++
		}
	}
	r.scanned = true
	r.captureCount = count
}

// isIDStart and isIDPart are ECMAScript's IdentifierStart and
// IdentifierPart (Unicode ID_Start / ID_Continue plus "$", "_", ZWNJ and
// ZWJ).
func isIDStart(c int) bool {
	if c == '$' || c == '_' {
		return true
	}
	if c < 0 || c > unicode.MaxRune {
		return false
	}
	ch := rune(c)
	if unicode.Is(unicode.Pattern_Syntax, ch) || unicode.Is(unicode.Pattern_White_Space, ch) {
		return false
	}
	return unicode.IsLetter(ch) || unicode.Is(unicode.Nl, ch) || unicode.Is(unicode.Other_ID_Start, ch)
}

func isIDPart(c int) bool {
	if isIDStart(c) || c == 0x200c || c == 0x200d {
		return true
	}
	if c < 0 || c > unicode.MaxRune {
		return false
	}
	ch := rune(c)
	if unicode.Is(unicode.Pattern_Syntax, ch) || unicode.Is(unicode.Pattern_White_Space, ch) {
		return false
	}
	return unicode.In(ch, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc, unicode.Other_ID_Continue)
}
