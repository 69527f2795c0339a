package format

import (
	"unicode/utf16"
	"unicode/utf8"
)

// jstr is a string as JavaScript sees it: UTF-16 code units. jsonata-js
// indexes, slices and measures pictures in code units, so this package
// does the same wherever the result depends on it.
type jstr []uint16

// toJS converts a Go string to UTF-16. A lone surrogate kept as WTF-8
// (see package value) becomes that code unit again; other invalid bytes
// become U+FFFD.
func toJS(s string) jstr {
	out := make(jstr, 0, len(s))
	for i := 0; i < len(s); {
		if i+2 < len(s) && s[i] == 0xED && s[i+1] >= 0xA0 && s[i+1] <= 0xBF && s[i+2] >= 0x80 && s[i+2] <= 0xBF {
			out = append(out, uint16(0xD000|uint16(s[i+1]&0x3F)<<6|uint16(s[i+2]&0x3F)))
			i += 3
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if r >= 0x10000 {
			a, b := utf16.EncodeRune(r)
			out = append(out, uint16(a), uint16(b))
		} else {
			out = append(out, uint16(r))
		}
	}
	return out
}

// String converts back to Go's UTF-8, a lone surrogate as WTF-8.
func (s jstr) String() string {
	buf := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := rune(s[i])
		if utf16.IsSurrogate(c) {
			if c < 0xDC00 && i+1 < len(s) && s[i+1] >= 0xDC00 && s[i+1] <= 0xDFFF {
				buf = utf8.AppendRune(buf, utf16.DecodeRune(c, rune(s[i+1])))
				i++
				continue
			}
			buf = append(buf, 0xED, byte(0x80|(c>>6)&0x3F), byte(0x80|c&0x3F))
			continue
		}
		buf = utf8.AppendRune(buf, c)
	}
	return string(buf)
}

// indexOf is String.prototype.indexOf(sub, from).
func (s jstr) indexOf(sub jstr, from int) int {
	if from < 0 {
		from = 0
	}
	for i := from; i+len(sub) <= len(s); i++ {
		if s[i : i+len(sub)].equal(sub) {
			return i
		}
	}
	if len(sub) == 0 && from >= len(s) {
		return len(s)
	}
	return -1
}

// lastIndexOf is String.prototype.lastIndexOf(sub).
func (s jstr) lastIndexOf(sub jstr) int {
	for i := len(s) - len(sub); i >= 0; i-- {
		if s[i : i+len(sub)].equal(sub) {
			return i
		}
	}
	return -1
}

func (s jstr) equal(t jstr) bool {
	if len(s) != len(t) {
		return false
	}
	for i := range s {
		if s[i] != t[i] {
			return false
		}
	}
	return true
}

// contains reports whether the code unit c occurs in s.
func (s jstr) has(c uint16) bool {
	for _, d := range s {
		if d == c {
			return true
		}
	}
	return false
}

// substring is String.prototype.substring: bounds clamped, swapped when
// start > end.
func (s jstr) substring(start, end int) jstr {
	start = clamp(start, 0, len(s))
	end = clamp(end, 0, len(s))
	if start > end {
		start, end = end, start
	}
	return s[start:end:end]
}

// substr is String.prototype.substr(start, length): a negative start
// counts from the end.
func (s jstr) substr(start, length int) jstr {
	if start < 0 {
		start = max(len(s)+start, 0)
	}
	start = min(start, len(s))
	end := clamp(start+max(length, 0), start, len(s))
	return s[start:end:end]
}

// from is substr(start) to the end.
func (s jstr) from(start int) jstr { return s.substr(start, len(s)) }

// cat concatenates code-unit strings into a new one.
func cat(parts ...jstr) jstr {
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	out := make(jstr, 0, n)
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// split is String.prototype.split(sep) for a non-empty separator, and
// splits into code units for an empty one.
func (s jstr) split(sep jstr) []jstr {
	if len(sep) == 0 {
		out := make([]jstr, len(s))
		for i := range s {
			out[i] = s[i : i+1 : i+1]
		}
		return out
	}
	var out []jstr
	start := 0
	for {
		i := s.indexOf(sep, start)
		if i < 0 {
			break
		}
		out = append(out, s[start:i:i])
		start = i + len(sep)
	}
	return append(out, s[start:])
}

// join is Array.prototype.join.
func join(parts []jstr, sep jstr) jstr {
	var out jstr
	for i, p := range parts {
		if i > 0 {
			out = append(out, sep...)
		}
		out = append(out, p...)
	}
	return out
}

func clamp(v, lo, hi int) int { return min(max(v, lo), hi) }

// charAt is String.prototype.charAt: "" past the end.
func (s jstr) charAt(i int) jstr {
	if i < 0 || i >= len(s) {
		return nil
	}
	return s[i : i+1 : i+1]
}

// isJSSpace reports whether c is a JavaScript white space or line
// terminator (\s in a regular expression, trimmed by parseInt).
func isJSSpace(c uint16) bool {
	switch c {
	case '\t', '\n', '\v', '\f', '\r', ' ', 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
		return true
	}
	return c >= 0x2000 && c <= 0x200A
}
