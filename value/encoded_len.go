package value

import (
	"math"
	"unicode/utf8"
)

// EncodedLen returns len(Marshal(v)) without building the text: the size
// Step Functions' payload limits are measured in. A nil v gives 0.
func EncodedLen(v Value) int {
	if v == nil {
		return 0
	}
	return encodedLen(v)
}

func encodedLen(v Value) int {
	switch x := v.(type) {
	case nil, null:
		return 4
	case bool:
		if x {
			return 4
		}
		return 5
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return 4
		}
		var buf [32]byte
		return len(AppendNumber(buf[:0], x))
	case string:
		return stringLen(x)
	case []Value:
		if len(x) == 0 {
			return 2
		}
		n := 1 + len(x) // brackets and commas
		for _, item := range x {
			n += encodedLen(item)
		}
		return n
	case *Object:
		n, members := 2, 0
		for i, k := range x.keys {
			if x.vals[i] == nil {
				continue
			}
			members++
			n += stringLen(k) + 1 + encodedLen(x.vals[i])
		}
		if members > 1 {
			n += members - 1
		}
		return n
	}
	return 4
}

// stringLen is len(AppendString(nil, s)).
func stringLen(s string) int {
	n := 2
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 0x20 && c != '"' && c != '\\':
				n++
			case c == '"', c == '\\', c == '\b', c == '\f', c == '\n', c == '\r', c == '\t':
				n += 2
			default:
				n += 6
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			if _, ok := Surrogate(s[i:]); ok {
				n += 6
				i += 3
			} else {
				n += len("\ufffd")
				i++
			}
			continue
		}
		n += size
		i += size
	}
	return n
}
