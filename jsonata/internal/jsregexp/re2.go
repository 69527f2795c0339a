package jsregexp

import (
	"fmt"
	"regexp"
	"strings"
)

// re2Fast is a pattern that Go's regexp (RE2) runs with exactly
// JavaScript's results on an ASCII subject, used instead of regexp2 when
// it applies (see toRE2 for the proof obligations it meets).
type re2Fast struct {
	re *regexp.Regexp
	// contextual: the pattern has ^, \b or \B, which look at the text
	// before the search start; RE2 cannot start a search in the middle
	// of a string with that text in view, so such a pattern runs on RE2
	// only from index 0.
	contextual bool
}

// toRE2 translates a JavaScript pattern (already accepted by Check) into
// RE2 syntax when the two engines provably agree on every ASCII subject,
// and reports false otherwise. It accepts only:
//
//   - ASCII patterns without flags (no i: case folding; no m: JavaScript
//     ends lines at \r too);
//   - literals, each written as \x{HH} unless it is a letter, digit or
//     "_"; identity escapes of punctuation; \n \r \t \f \v;
//   - "." written as [^\n\r] (JavaScript's line terminators U+2028 and
//     U+2029 do not occur in an ASCII subject);
//   - \d \D \w \W, which are ASCII in both, and \s \S written as the
//     ASCII part of JavaScript's \s, [\t\n\v\f\r ] (RE2's \s lacks \v);
//   - non-empty classes of literals, ranges of literals and \d \w \s;
//   - ^ and $ (without m both mean the start and the end of the input),
//     \b and \B (ASCII word characters in both);
//   - capturing and non-capturing groups and alternation;
//   - greedy and lazy quantifiers *, +, ?, {n}, {n,}, {n,m} (n, m <= 1000)
//     applied to a single character, class or escape, never to a group:
//     that excludes the two places where backtracking and RE2's
//     leftmost-first simulation differ (captures inside a repeated group
//     are reset on every iteration in JavaScript, and an iteration that
//     matches empty ends the loop).
//
// Without lookaround and back references, a pattern of this subset
// denotes the same leftmost-first (Perl) preference order in both
// engines, so the first match and its groups are the same.
func toRE2(pattern, flags string) (*re2Fast, bool) {
	if flags != "" {
		return nil, false
	}
	for i := 0; i < len(pattern); i++ {
		if pattern[i] >= 0x80 {
			return nil, false
		}
	}
	t := &re2Translator{in: pattern}
	if !t.run() {
		return nil, false
	}
	re, err := regexp.Compile(t.out.String())
	if err != nil {
		return nil, false
	}
	return &re2Fast{re: re, contextual: t.contextual}, true
}

type re2Translator struct {
	in         string
	i          int
	out        strings.Builder
	contextual bool
}

// atomKind is what a quantifier would apply to.
type atomKind int

const (
	atomNone       atomKind = iota // start, "(", "|": nothing to repeat
	atomChar                       // one character, class or class escape
	atomOther                      // a group, an assertion, a quantified atom
	atomQuantified                 // a quantifier (lazy "?" may follow)
)

func (t *re2Translator) run() bool {
	last := atomNone
	for t.i < len(t.in) {
		c := t.in[t.i]
		switch c {
		case '(':
			rest := t.in[t.i+1:]
			switch {
			case strings.HasPrefix(rest, "?:"):
				t.out.WriteString("(?:")
				t.i += 3
			case strings.HasPrefix(rest, "?"):
				return false // lookaround, named group
			default:
				t.out.WriteByte('(')
				t.i++
			}
			last = atomNone
		case ')':
			t.out.WriteByte(')')
			t.i++
			last = atomOther
		case '|':
			t.out.WriteByte('|')
			t.i++
			last = atomNone
		case '^', '$':
			if c == '^' {
				t.contextual = true
			}
			t.out.WriteByte(c)
			t.i++
			last = atomOther
		case '*', '+', '?':
			if last == atomQuantified && c == '?' {
				t.out.WriteByte('?')
				t.i++
				last = atomOther
				continue
			}
			if last != atomChar {
				return false
			}
			t.out.WriteByte(c)
			t.i++
			last = atomQuantified
		case '{':
			if last != atomChar {
				return false
			}
			q, ok := t.interval()
			if !ok {
				return false
			}
			t.out.WriteString(q)
			last = atomQuantified
		case '.':
			t.out.WriteString(`[^\n\r]`)
			t.i++
			last = atomChar
		case '[':
			if !t.class() {
				return false
			}
			last = atomChar
		case '\\':
			if t.i+1 >= len(t.in) {
				return false
			}
			e := t.in[t.i+1]
			t.i += 2
			switch e {
			case 'b', 'B':
				t.contextual = true
				t.out.WriteByte('\\')
				t.out.WriteByte(e)
				last = atomOther
				continue
			case 'd', 'D', 'w', 'W':
				t.out.WriteByte('\\')
				t.out.WriteByte(e)
			case 's':
				t.out.WriteString(`[\t\n\v\f\r ]`)
			case 'S':
				t.out.WriteString(`[^\t\n\v\f\r ]`)
			default:
				u, ok := controlEscape(e)
				if !ok {
					return false
				}
				writeRE2Literal(&t.out, u)
			}
			last = atomChar
		case ']', '}':
			// Annex B lets them stand for themselves; keep it simple.
			return false
		default:
			writeRE2Literal(&t.out, c)
			t.i++
			last = atomChar
		}
	}
	return true
}

// controlEscape resolves an escape \e that stands for one character: a
// control escape or an identity escape of punctuation. Letters, digits
// and other escapes (\c, \x, \u, \k, back references, octal) report
// false.
func controlEscape(e byte) (byte, bool) {
	switch e {
	case 'n':
		return '\n', true
	case 'r':
		return '\r', true
	case 't':
		return '\t', true
	case 'f':
		return '\f', true
	case 'v':
		return '\v', true
	}
	if isASCIIWord(e) || e < 0x20 || e == 0x7f {
		return 0, false
	}
	return e, true
}

func isASCIIWord(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// writeRE2Literal writes c so that RE2 reads it as that character, in a
// class or outside one.
func writeRE2Literal(b *strings.Builder, c byte) {
	if isASCIIWord(c) {
		b.WriteByte(c)
		return
	}
	fmt.Fprintf(b, `\x{%x}`, c)
}

// interval reads a complete {n}, {n,} or {n,m} (bounds <= 1000, RE2's
// limit) with an optional lazy "?" and returns it in RE2 syntax.
func (t *re2Translator) interval() (string, bool) {
	end := strings.IndexByte(t.in[t.i:], '}')
	if end < 0 {
		return "", false
	}
	body := t.in[t.i+1 : t.i+end]
	lo, hi, comma := strings.Cut(body, ",")
	if !smallNumber(lo) || (comma && hi != "" && !smallNumber(hi)) {
		return "", false
	}
	t.i += end + 1
	return "{" + body + "}", true
}

func smallNumber(s string) bool {
	if s == "" || len(s) > 4 {
		return false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n <= 1000
}

// class translates a character class: literals, ranges of literals and
// \d \w \s; anything else (an empty class, \D \W \S or \b inside, other
// escapes, a class escape as a range end) reports false.
func (t *re2Translator) class() bool {
	t.i++ // [
	t.out.WriteByte('[')
	if t.i < len(t.in) && t.in[t.i] == '^' {
		t.out.WriteByte('^')
		t.i++
	}
	if t.i < len(t.in) && t.in[t.i] == ']' {
		return false
	}
	for t.i < len(t.in) {
		if t.in[t.i] == ']' {
			t.out.WriteByte(']')
			t.i++
			return true
		}
		lo, set, ok := t.classAtom()
		if !ok {
			return false
		}
		if set != "" {
			t.out.WriteString(set)
			continue
		}
		if t.i+1 < len(t.in) && t.in[t.i] == '-' && t.in[t.i+1] != ']' {
			t.i++
			hi, hiSet, ok := t.classAtom()
			if !ok || hiSet != "" || hi < lo {
				return false
			}
			writeRE2Literal(&t.out, lo)
			t.out.WriteByte('-')
			writeRE2Literal(&t.out, hi)
			continue
		}
		writeRE2Literal(&t.out, lo)
	}
	return false
}

// classAtom reads one class member: a character (c) or a class escape
// (set, in RE2 syntax).
func (t *re2Translator) classAtom() (c byte, set string, ok bool) {
	c = t.in[t.i]
	if c != '\\' {
		t.i++
		return c, "", true
	}
	if t.i+1 >= len(t.in) {
		return 0, "", false
	}
	e := t.in[t.i+1]
	t.i += 2
	switch e {
	case 'd':
		return 0, `0-9`, true
	case 'w':
		return 0, `0-9A-Za-z_`, true
	case 's':
		return 0, `\t\n\v\f\r `, true
	}
	c, ok = controlEscape(e)
	return c, "", ok
}

// execRE2 is the search of execUnits on RE2 for an ASCII subject.
func (r *Regexp) execRE2(s string, from int) *Match {
	loc := r.fast.re.FindStringSubmatchIndex(s[from:])
	if loc == nil {
		return nil
	}
	// A match with up to four groups is one allocation.
	both := &struct {
		m      Match
		groups [4]string
	}{}
	m := &both.m
	m.Start, m.End = from+loc[0], from+loc[1]
	m.Text = s[m.Start:m.End]
	if r.groups > 0 {
		if r.groups <= len(both.groups) {
			m.Groups = both.groups[:r.groups:r.groups]
		} else {
			m.Groups = make([]string, r.groups)
		}
		for i := range m.Groups {
			if a := loc[2*i+2]; a >= 0 {
				m.Groups[i] = s[from+a : from+loc[2*i+3]]
			} else {
				m.markMissing(i)
			}
		}
	}
	return m
}
