package asl

import (
	"strings"
	"time"

	"github.com/stepwise-go/stepwise/value"
)

// relation is one of the five orderings the comparison operators test,
// given the sign of a comparison (-1, 0 or 1).
type relation func(sign int) bool

func eq(s int) bool { return s == 0 }
func lt(s int) bool { return s < 0 }
func gt(s int) bool { return s > 0 }
func le(s int) bool { return s <= 0 }
func ge(s int) bool { return s >= 0 }

// stringCmp compares two strings by Unicode code point (Go's byte order
// on UTF-8 is code point order).
func stringCmp(rel relation) func(a, b value.Value) bool {
	return func(a, b value.Value) bool {
		x, ok1 := a.(string)
		y, ok2 := b.(string)
		return ok1 && ok2 && rel(strings.Compare(x, y))
	}
}

// numberCmp compares two numbers as float64.
func numberCmp(rel relation) func(a, b value.Value) bool {
	return func(a, b value.Value) bool {
		x, ok1 := a.(float64)
		y, ok2 := b.(float64)
		if !ok1 || !ok2 || x != x || y != y { // NaN compares with nothing
			return false
		}
		switch {
		case x < y:
			return rel(-1)
		case x > y:
			return rel(1)
		}
		return rel(0)
	}
}

// timestampCmp compares two timestamps as instants; a string that is not
// a timestamp compares false.
func timestampCmp(rel relation) func(a, b value.Value) bool {
	return func(a, b value.Value) bool {
		x, ok1 := timestampOf(a)
		y, ok2 := timestampOf(b)
		return ok1 && ok2 && rel(x.Compare(y))
	}
}

func booleanEquals(a, b value.Value) bool {
	x, ok1 := a.(bool)
	y, ok2 := b.(bool)
	return ok1 && ok2 && x == y
}

// timestampOf returns the instant v names when v is a string in the
// timestamp profile of the ASL specification: RFC 3339 with an uppercase
// T between date and time and an uppercase Z for UTC
// (2016-03-14T01:59:00Z, 2016-03-14T01:59:00.123-08:00).
func timestampOf(v value.Value) (time.Time, bool) {
	s, ok := v.(string)
	if !ok {
		return time.Time{}, false
	}
	return ParseTimestamp(s)
}

// ParseTimestamp parses s as a timestamp of the ASL specification:
// RFC 3339 with an uppercase T and, for UTC, an uppercase Z. It reports
// false for anything else, such as "2016-03-14 01:59:00Z" or a date alone.
func ParseTimestamp(s string) (time.Time, bool) {
	if len(s) < len("2006-01-02T15:04:05Z") || s[10] != 'T' || strings.ContainsRune(s, 'z') {
		return time.Time{}, false
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, false
	}
	return t, true
}

// stringMatches matches a string against a StringMatches pattern, in
// which * stands for any run of characters, \* for a star and \\ for a
// backslash (a backslash before any other character stands for that
// character).
func stringMatches(a, b value.Value) bool {
	s, ok1 := a.(string)
	pattern, ok2 := b.(string)
	if !ok1 || !ok2 {
		return false
	}
	return matchSegments(s, splitPattern(pattern))
}

// splitPattern splits a pattern at its unescaped stars into literal
// segments, with escapes resolved: "a*b\\*c" gives ["a", "b*c"].
func splitPattern(pattern string) []string {
	var segs []string
	var cur strings.Builder
	for i := 0; i < len(pattern); i++ {
		switch c := pattern[i]; {
		case c == '\\' && i+1 < len(pattern):
			i++
			cur.WriteByte(pattern[i])
		case c == '*':
			segs = append(segs, cur.String())
			cur.Reset()
		default:
			cur.WriteByte(c)
		}
	}
	return append(segs, cur.String())
}

// matchSegments reports whether s is segs[0] + any + segs[1] + … + any +
// segs[n-1]. Taking the leftmost match of each middle segment is enough,
// so the time is linear in len(s) times the number of segments.
func matchSegments(s string, segs []string) bool {
	if len(segs) == 1 {
		return s == segs[0]
	}
	first, last := segs[0], segs[len(segs)-1]
	if len(s) < len(first)+len(last) || !strings.HasPrefix(s, first) || !strings.HasSuffix(s, last) {
		return false
	}
	rest := s[len(first) : len(s)-len(last)]
	for _, seg := range segs[1 : len(segs)-1] {
		i := strings.Index(rest, seg)
		if i < 0 {
			return false
		}
		rest = rest[i+len(seg):]
	}
	return true
}
