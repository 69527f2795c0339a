package jsregexp

import (
	"fmt"
	"strings"
)

// translate rewrites a JavaScript pattern (UTF-16 code units, accepted by
// Check) into a pattern that regexp2 in ECMAScript mode reads with the
// same meaning when it matches on runes that each hold one code unit. It
// returns the new pattern and the number of capture groups.
//
// Everything whose meaning the two could read differently is resolved
// here, by the rules Check follows (Annex B, V8):
//   - every literal is written as one code unit (see writeUnit), so
//     astral characters and lone surrogates in the pattern become the
//     units JavaScript compares;
//   - escapes (\x, \u, \c, legacy octal, identity escapes) are resolved
//     to their unit;
//   - \N is a back reference when the pattern has N groups and otherwise
//     a legacy octal escape or a literal 8 or 9; back references are
//     written (?:\N) so that a following digit stays a digit;
//   - named groups lose their names and \k<name> becomes the group's
//     number, so regexp2 never parses a name;
//   - character classes and \d \s \w are written as explicit unit ranges
//     (see writeClass), "." as the class without the line terminators;
//   - a "{" that is not a quantifier, "}" and "]" become escapes.
func translate(pattern []uint16) (string, int) {
	first := &translator{reChecker: reChecker{in: pattern, names: map[string]bool{}}, numbers: map[string]int{}}
	first.run()
	second := &translator{reChecker: reChecker{in: pattern, names: map[string]bool{}}, numbers: first.numbers}
	second.run()
	return second.out.String(), second.groups
}

// translator reuses the checker's readers (escapes, intervals, group
// names, back references), which need capturesStarted and hasNamed kept
// up to date as groups open.
type translator struct {
	reChecker
	out     strings.Builder
	groups  int            // capture groups opened so far
	numbers map[string]int // group name -> number (complete after a first run)
}

func (t *translator) literal(u int) { writeUnit(&t.out, uint16(u)) }

func (t *translator) run() {
	for {
		c := t.cur()
		switch c {
		case reEnd:
			return
		case ')', '|', '^', '$', '*', '+', '?':
			t.out.WriteByte(byte(c))
			t.advance(1)
		case '{':
			lo, hi, ok := t.interval()
			if !ok {
				t.literal('{')
				t.advance(1)
			} else if hi == reInfinity {
				fmt.Fprintf(&t.out, "{%d,}", lo)
			} else {
				fmt.Fprintf(&t.out, "{%d,%d}", lo, hi)
			}
		case '(':
			t.group()
		case '[':
			t.class()
		case '.':
			writeClass(&t.out, lineTerminators, true)
			t.advance(1)
		case '\\':
			t.escape()
		default:
			t.literal(c)
			t.advance(1)
		}
	}
}

// group writes the opening of a group; t.pos is at "(".
func (t *translator) group() {
	t.advance(1)
	if t.cur() != '?' {
		t.groups++
		t.capturesStarted++
		t.out.WriteByte('(')
		return
	}
	switch t.peek() {
	case ':', '=', '!':
		t.out.WriteString("(?")
		t.out.WriteByte(byte(t.peek()))
		t.advance(2)
		return
	}
	// "(?<" starts a lookbehind or a named group.
	t.advance(2)
	if c := t.cur(); c == '=' || c == '!' {
		t.out.WriteString("(?<")
		t.out.WriteByte(byte(c))
		t.advance(1)
		return
	}
	t.groups++
	t.capturesStarted++
	t.hasNamed = true
	name, _ := t.groupName()
	t.numbers[name] = t.groups
	t.out.WriteByte('(')
}

// backRef writes a back reference to group n.
func (t *translator) backRef(n int) {
	fmt.Fprintf(&t.out, `(?:\%d)`, n)
}

// escape writes an escape outside a class; t.pos is at the "\".
func (t *translator) escape() {
	switch next := t.peek(); next {
	case 'b', 'B':
		t.out.WriteByte('\\')
		t.out.WriteByte(byte(next))
		t.advance(2)
		return
	case 'd', 'D', 's', 'S', 'w', 'W':
		writeClass(&t.out, escapeSet(next), next < 'a')
		t.advance(2)
		return
	case '1', '2', '3', '4', '5', '6', '7', '8', '9':
		start := t.pos
		if t.backReference() {
			n := 0
			for _, d := range t.in[start+1 : t.pos] {
				n = 10*n + int(d-'0')
			}
			t.backRef(n)
			return
		}
		if next == '8' || next == '9' {
			t.literal(next)
			t.advance(2)
			return
		}
		t.advance(1)
		t.literal(t.octalValue())
		return
	case '0':
		t.advance(1)
		t.literal(t.octalValue())
		return
	case 'k':
		if t.hasNamedCaptures(false) {
			t.advance(3) // \k<
			name, _ := t.groupName()
			t.backRef(t.numbers[name])
			return
		}
	}
	v, _ := t.characterEscape(false)
	t.literal(v)
}

// escapeSet is the set of \d, \s or \w (for either case of the letter).
func escapeSet(letter int) unitSet {
	switch letter | 0x20 {
	case 'd':
		return digitSet
	case 's':
		return spaceSet
	}
	return wordSet
}

// classMember reads one member of a class: a unit, or a class escape
// (set non-nil).
func (t *translator) classMember() (unit int, set unitSet) {
	if t.cur() == '\\' {
		switch next := t.peek(); next {
		case 'd', 'D', 's', 'S', 'w', 'W':
			t.advance(2)
			set = escapeSet(next)
			if next < 'a' {
				set = set.complement()
			}
			return 0, set
		}
	}
	c, _, _ := t.classAtom()
	return c, nil
}

// class writes a character class; t.pos is at "[".
func (t *translator) class() {
	t.advance(1)
	negate := false
	if t.cur() == '^' {
		negate = true
		t.advance(1)
	}
	var set unitSet
	add := func(u int, s unitSet) {
		if s != nil {
			set = append(set, s...)
		} else {
			set = append(set, unitRange{uint16(u), uint16(u)})
		}
	}
	for t.cur() != reEnd && t.cur() != ']' {
		c1, s1 := t.classMember()
		if t.cur() != '-' {
			add(c1, s1)
			continue
		}
		t.advance(1)
		if t.cur() == reEnd || t.cur() == ']' {
			add(c1, s1)
			add('-', nil)
			break
		}
		c2, s2 := t.classMember()
		if s1 != nil || s2 != nil {
			add(c1, s1)
			add('-', nil)
			add(c2, s2)
			continue
		}
		set = append(set, unitRange{uint16(c1), uint16(c2)})
	}
	t.advance(1) // "]"
	writeClass(&t.out, set.normalize(), negate)
}
