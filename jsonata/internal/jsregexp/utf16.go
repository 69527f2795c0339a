package jsregexp

import (
	"unicode/utf16"
	"unicode/utf8"

	"github.com/stepwise-go/stepwise/value"
)

// JavaScript strings are sequences of UTF-16 code units; Go strings here
// are UTF-8 in which a lone surrogate is kept as its WTF-8 bytes (see
// value.Surrogate). The helpers below convert between the two and do
// JavaScript's index arithmetic on Go strings: a character outside the
// Basic Multilingual Plane (an emoji, say) counts two units, everything
// else one. A byte that is neither UTF-8 nor a WTF-8 surrogate counts as
// one unit, U+FFFD, as a decoder would read it (UTF16Slice keeps such a
// byte as it is).

// decodeUnit reads the character at the start of s and returns its UTF-16
// encoding (hi is 0 unless it takes two units) and its length in bytes.
func decodeUnit(s string) (lo, hi uint16, size int) {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError && size <= 1 {
		if u, ok := value.Surrogate(s); ok {
			return u, 0, 3
		}
		if size == 0 {
			return 0, 0, 0
		}
		return utf8.RuneError, 0, 1
	}
	if r >= 0x10000 {
		h, l := utf16.EncodeRune(r)
		return uint16(h), uint16(l), size
	}
	return uint16(r), 0, size
}

// ToUTF16 returns the UTF-16 code units JavaScript sees for s: a
// character outside the BMP becomes a surrogate pair, a WTF-8 lone
// surrogate becomes that surrogate.
func ToUTF16(s string) []uint16 {
	out := make([]uint16, 0, len(s))
	for i := 0; i < len(s); {
		lo, hi, size := decodeUnit(s[i:])
		if hi != 0 {
			out = append(out, lo, hi)
		} else {
			out = append(out, lo)
		}
		i += size
	}
	return out
}

// surrogateShift moves the surrogate code units U+D800–U+DFFF to the
// private-use code points U+FD800–U+FDFFF for regexp2: its prefix search
// builds Go strings from a pattern's leading characters, and a surrogate
// does not survive that (it becomes U+FFFD), so a pattern starting with a
// surrogate class would miss. No input rune is ever in the shifted range
// otherwise (characters outside the BMP are split into surrogates first).
const surrogateShift = 0xFD800 - 0xD800

// unitRune is the rune regexp2 sees for the code unit u.
func unitRune(u uint16) rune {
	if 0xD800 <= u && u <= 0xDFFF {
		return rune(u) + surrogateShift
	}
	return rune(u)
}

// runeUnit is the inverse of unitRune.
func runeUnit(r rune) uint16 {
	if r >= 0xD800+surrogateShift {
		return uint16(r - surrogateShift)
	}
	return uint16(r)
}

// toUnitRunes is ToUTF16 with one rune per code unit (through unitRune),
// the input that regexp2's rune API matches on.
func toUnitRunes(s string) []rune {
	out := make([]rune, 0, len(s))
	for i := 0; i < len(s); {
		lo, hi, size := decodeUnit(s[i:])
		out = append(out, unitRune(lo))
		if hi != 0 {
			out = append(out, unitRune(hi))
		}
		i += size
	}
	return out
}

// FromUTF16 is the inverse of ToUTF16: a surrogate pair becomes its
// character in UTF-8, a lone surrogate its WTF-8 bytes.
func FromUTF16(units []uint16) string {
	buf := make([]byte, 0, len(units))
	for i := 0; i < len(units); i++ {
		u := rune(units[i])
		if utf16.IsSurrogate(u) {
			if u < 0xDC00 && i+1 < len(units) && 0xDC00 <= units[i+1] && units[i+1] <= 0xDFFF {
				buf = utf8.AppendRune(buf, utf16.DecodeRune(u, rune(units[i+1])))
				i++
				continue
			}
			buf = value.AppendSurrogate(buf, uint16(u))
			continue
		}
		buf = utf8.AppendRune(buf, u)
	}
	return string(buf)
}

// fromUnitRunes is FromUTF16 for runes made by toUnitRunes.
func fromUnitRunes(runes []rune) string {
	units := make([]uint16, len(runes))
	for i, r := range runes {
		units[i] = runeUnit(r)
	}
	return FromUTF16(units)
}

// UTF16Len is JavaScript's s.length: the number of UTF-16 code units of s.
func UTF16Len(s string) int {
	n := 0
	for i := 0; i < len(s); {
		_, hi, size := decodeUnit(s[i:])
		n++
		if hi != 0 {
			n++
		}
		i += size
	}
	return n
}

// UTF16Slice returns the code units start (inclusive) to end (exclusive)
// of s, like JavaScript's s.slice(start, end) with non-negative indexes:
// both are clamped to [0, UTF16Len(s)] and an empty string is returned
// when start >= end. A bound that falls inside a surrogate pair splits
// it; the half that is kept becomes a lone surrogate in WTF-8.
func UTF16Slice(s string, start, end int) string {
	start = max(start, 0)
	if end <= start {
		return ""
	}
	var buf []byte
	pos := 0 // code-unit index of s[i:]
	for i := 0; i < len(s) && pos < end; {
		lo, hi, size := decodeUnit(s[i:])
		if hi == 0 {
			if pos >= start {
				buf = append(buf, s[i:i+size]...)
			}
			pos++
		} else {
			switch {
			case pos >= start && pos+1 < end: // the whole pair
				buf = append(buf, s[i:i+size]...)
			case pos >= start: // the high half only
				buf = value.AppendSurrogate(buf, lo)
			case pos+1 >= start: // the low half only
				buf = value.AppendSurrogate(buf, hi)
			}
			pos += 2
		}
		i += size
	}
	return string(buf)
}
