package jsregexp

import (
	"fmt"
	"slices"
	"strings"
)

// unitRange is the code units lo to hi, both included.
type unitRange struct{ lo, hi uint16 }

// unitSet is a set of UTF-16 code units, the meaning of a JavaScript
// character class without the u flag.
type unitSet []unitRange

// The class escapes of JavaScript (ECMAScript 2023, 22.2.2.9): \d and \w
// are ASCII only, \s is WhiteSpace plus LineTerminator.
var (
	digitSet = unitSet{{'0', '9'}}
	wordSet  = unitSet{{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}}
	spaceSet = unitSet{
		{'\t', '\r'}, {' ', ' '}, {0xA0, 0xA0}, {0x1680, 0x1680},
		{0x2000, 0x200A}, {0x2028, 0x2029}, {0x202F, 0x202F}, {0x205F, 0x205F},
		{0x3000, 0x3000}, {0xFEFF, 0xFEFF},
	}
	// lineTerminators are what "." does not match.
	lineTerminators = unitSet{{'\n', '\n'}, {'\r', '\r'}, {0x2028, 0x2029}}
)

// normalize sorts the ranges and merges those that touch.
func (s unitSet) normalize() unitSet {
	slices.SortFunc(s, func(a, b unitRange) int { return int(a.lo) - int(b.lo) })
	out := s[:0]
	for _, r := range s {
		if n := len(out); n > 0 && int(r.lo) <= int(out[n-1].hi)+1 {
			out[n-1].hi = max(out[n-1].hi, r.hi)
			continue
		}
		out = append(out, r)
	}
	return out
}

// complement returns the units not in s (s normalized).
func (s unitSet) complement() unitSet {
	var out unitSet
	next := 0
	for _, r := range s {
		if int(r.lo) > next {
			out = append(out, unitRange{uint16(next), r.lo - 1})
		}
		next = int(r.hi) + 1
	}
	if next <= 0xFFFF {
		out = append(out, unitRange{uint16(next), 0xFFFF})
	}
	return out
}

// writeClass writes s (normalized) as a regexp2 character class, negated
// when negate. Units are \uXXXX escapes, surrogates the runes unitRune
// maps them to. An empty set is written as a class no unit is in.
func writeClass(b *strings.Builder, s unitSet, negate bool) {
	if len(s) == 0 {
		s, negate = unitSet{{0, 0xFFFF}}, !negate
	}
	b.WriteByte('[')
	if negate {
		b.WriteByte('^')
	}
	for _, r := range s {
		for _, part := range [][2]int{{0, 0xD7FF}, {0xD800, 0xDFFF}, {0xE000, 0xFFFF}} {
			lo, hi := max(int(r.lo), part[0]), min(int(r.hi), part[1])
			if lo > hi {
				continue
			}
			writeUnit(b, uint16(lo))
			if hi > lo {
				b.WriteByte('-')
				writeUnit(b, uint16(hi))
			}
		}
	}
	b.WriteByte(']')
}

// writeUnit writes the code unit u as one pattern character for regexp2:
// ASCII letters and digits as they are, surrogates as the rune unitRune
// gives (no escape: regexp2 reads it as one character), anything else as
// a \uXXXX escape.
func writeUnit(b *strings.Builder, u uint16) {
	switch {
	case 'a' <= u && u <= 'z', 'A' <= u && u <= 'Z', '0' <= u && u <= '9':
		b.WriteByte(byte(u))
	case 0xD800 <= u && u <= 0xDFFF:
		b.WriteRune(unitRune(u))
	default:
		fmt.Fprintf(b, `\u%04X`, u)
	}
}
