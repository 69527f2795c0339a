package jsonata

// TODO(jsregexp): this file is a stand-in for jsonata/internal/jsregexp,
// which another engineer is building. When that package is merged,
// delete this file and call jsregexp.Compile / (*Regexp).FindAt instead
// (same signatures as below). Until then regular expressions run on Go's
// regexp package: close to JavaScript for common patterns, but without
// lookaround, backreferences or JavaScript's exact matching rules.

import (
	"regexp"
	"unicode/utf8"

	"github.com/stepwise-go/stepwise/value"
)

// jsRegexp is the compiled regular expression (jsregexp.Regexp).
type jsRegexp struct {
	re *regexp.Regexp
}

// reMatch is one match (jsregexp.Match): Start and End are UTF-16 indexes.
type reMatch struct {
	Start, End int
	Text       string
	Groups     []string
}

// compileRegex is jsregexp.Compile(pattern, flags).
func compileRegex(pattern, flags string) (*jsRegexp, error) {
	prefix := ""
	for _, f := range flags {
		switch f {
		case 'i':
			prefix += "i"
		case 'm':
			prefix += "m"
		}
	}
	if prefix != "" {
		pattern = "(?" + prefix + ")" + pattern
	}
	re, err := regexp.Compile(pattern)
	if err != nil {
		return nil, err
	}
	return &jsRegexp{re: re}, nil
}

// FindAt is (*jsregexp.Regexp).FindAt: the first match that starts at or
// after the UTF-16 index from, or nil.
func (r *jsRegexp) FindAt(s string, from int) *reMatch {
	start := byteOffset(s, from)
	if start > len(s) {
		return nil
	}
	loc := r.re.FindStringSubmatchIndex(s[start:])
	if loc == nil {
		return nil
	}
	m := &reMatch{
		Start: from + utf16Len(s[start:start+loc[0]]),
		Text:  s[start+loc[0] : start+loc[1]],
	}
	m.End = m.Start + utf16Len(m.Text)
	for g := 1; 2*g < len(loc); g++ {
		if loc[2*g] < 0 {
			m.Groups = append(m.Groups, "")
			continue
		}
		m.Groups = append(m.Groups, s[start+loc[2*g]:start+loc[2*g+1]])
	}
	return m
}

// utf16Len is the length of s in UTF-16 code units.
func utf16Len(s string) int {
	n := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			if _, ok := value.Surrogate(s[i:]); ok {
				size = 3
			}
		}
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
		i += size
	}
	return n
}

// byteOffset is the byte offset of UTF-16 index u in s (len(s)+1 past
// the end).
func byteOffset(s string, u int) int {
	n := 0
	for i := 0; i < len(s); {
		if n >= u {
			return i
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			if _, ok := value.Surrogate(s[i:]); ok {
				size = 3
			}
		}
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
		i += size
	}
	if n >= u {
		return len(s)
	}
	return len(s) + 1
}
