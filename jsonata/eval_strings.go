package jsonata

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/stepwise-go/stepwise/value"
)

// Strings are UTF-8, with a lone UTF-16 surrogate kept as its WTF-8
// bytes (value.Surrogate). JavaScript sees UTF-16 code units; jsonata-js
// counts code points for $length, $substring and $pad.

// utf16Units returns the UTF-16 code units of s.
func utf16Units(s string) []uint16 {
	out := make([]uint16, 0, len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			if u, ok := value.Surrogate(s[i:]); ok {
				out = append(out, u)
				i += 3
				continue
			}
			out = append(out, 0xFFFD)
			i++
			continue
		}
		if r >= 0x10000 {
			r -= 0x10000
			out = append(out, uint16(0xD800+(r>>10)), uint16(0xDC00+(r&0x3FF)))
		} else {
			out = append(out, uint16(r))
		}
		i += size
	}
	return out
}

// fromUTF16 turns code units back into a string (WTF-8 for lone
// surrogates).
func fromUTF16(u []uint16) string {
	var b []byte
	for i := 0; i < len(u); i++ {
		c := u[i]
		if c >= 0xD800 && c < 0xDC00 && i+1 < len(u) && u[i+1] >= 0xDC00 && u[i+1] < 0xE000 {
			r := (rune(c)-0xD800)<<10 + (rune(u[i+1]) - 0xDC00) + 0x10000
			b = utf8.AppendRune(b, r)
			i++
			continue
		}
		if c >= 0xD800 && c < 0xE000 {
			b = value.AppendSurrogate(b, c)
			continue
		}
		b = utf8.AppendRune(b, rune(c))
	}
	return string(b)
}

// codePoints splits s into code points (a lone surrogate is one).
func codePoints(s string) []string {
	out := make([]string, 0, len(s))
	for i := 0; i < len(s); {
		_, size := utf8.DecodeRuneInString(s[i:])
		if size == 1 && s[i] >= 0x80 {
			if _, ok := value.Surrogate(s[i:]); ok {
				size = 3
			}
		}
		out = append(out, s[i:i+size])
		i += size
	}
	return out
}

func codePointLen(s string) int {
	n := 0
	for i := 0; i < len(s); {
		_, size := utf8.DecodeRuneInString(s[i:])
		if size == 1 && s[i] >= 0x80 {
			if _, ok := value.Surrogate(s[i:]); ok {
				size = 3
			}
		}
		i += size
		n++
	}
	return n
}

// roundTo15 is Number(x.toPrecision(15)).
func roundTo15(f float64) float64 {
	if f == 0 || math.IsNaN(f) || math.IsInf(f, 0) {
		return f
	}
	if math.Abs(f) < 1e15 && f == math.Trunc(f) {
		return f // an integer of at most 15 digits is its own rounding
	}
	r, _ := strconv.ParseFloat(strconv.FormatFloat(f, 'g', 15, 64), 64)
	return r
}

// jsonataString is jsonata-js $string: strings as they are, functions
// as "", other values as JSON with numbers to 15 significant digits.
func jsonataString(v value.Value, pretty bool) (string, *Error) {
	switch x := v.(type) {
	case nil:
		return "", nil
	case string:
		return x, nil
	case callable:
		return "", nil
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return "", &Error{Code: "D3001", Value: x, HasValue: true}
		}
	}
	if s, ok := v.(*seq); ok && s.outerWrapper && s.length() > 0 {
		v = s.all()[0]
	}
	if pretty {
		p, err := stringifyPrep(v)
		if err != nil {
			return "", err
		}
		return string(value.MarshalIndent(p, "  ")), nil
	}
	b, err := appendStringified(make([]byte, 0, 64), v)
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// appendStringified writes v as value.Marshal writes stringifyPrep(v),
// without building the prepared copy.
func appendStringified(dst []byte, v value.Value) ([]byte, *Error) {
	switch x := v.(type) {
	case float64:
		ok, err := isNumeric(x)
		if err != nil {
			return nil, err
		}
		if ok {
			x = roundTo15(x)
		}
		return value.Append(dst, x), nil
	case callable:
		return append(dst, `""`...), nil
	case *value.Object:
		dst = append(dst, '{')
		n := 0
		for i := 0; i < x.Len(); i++ {
			k, item := x.At(i)
			if item == nil {
				continue
			}
			if n > 0 {
				dst = append(dst, ',')
			}
			n++
			dst = value.AppendString(dst, k)
			dst = append(dst, ':')
			var err *Error
			if dst, err = appendStringified(dst, item); err != nil {
				return nil, err
			}
		}
		return append(dst, '}'), nil
	case []value.Value, *seq:
		items, _ := arrayItems(x)
		dst = append(dst, '[')
		for i, item := range items {
			if i > 0 {
				dst = append(dst, ',')
			}
			if item == nil {
				dst = append(dst, "null"...)
				continue
			}
			var err *Error
			if dst, err = appendStringified(dst, item); err != nil {
				return nil, err
			}
		}
		return append(dst, ']'), nil
	}
	return value.Append(dst, v), nil
}

// stringifyPrep applies $string's JSON.stringify replacer.
func stringifyPrep(v value.Value) (value.Value, *Error) {
	switch x := v.(type) {
	case float64:
		if ok, err := isNumeric(x); err != nil {
			return nil, err
		} else if ok {
			return roundTo15(x), nil
		}
		return x, nil
	case callable:
		return "", nil
	case *value.Object:
		out := value.NewObject(x.Len())
		for i := 0; i < x.Len(); i++ {
			k, item := x.At(i)
			if item == nil {
				continue
			}
			p, err := stringifyPrep(item)
			if err != nil {
				return nil, err
			}
			out.Set(k, p)
		}
		return out, nil
	case []value.Value, *seq:
		items, _ := arrayItems(x)
		out := make([]value.Value, len(items))
		for i, item := range items {
			if item == nil {
				out[i] = value.Null
				continue
			}
			p, err := stringifyPrep(item)
			if err != nil {
				return nil, err
			}
			out[i] = p
		}
		return out, nil
	}
	return v, nil
}

// toBoolean is jsonata-js $boolean: nil (undefined) for undefined.
func toBoolean(v value.Value) (value.Value, *Error) {
	switch x := v.(type) {
	case nil:
		return nil, nil
	case bool:
		return x, nil
	case string:
		return x != "", nil
	case float64:
		ok, err := isNumeric(x)
		if err != nil {
			return nil, err
		}
		return ok && x != 0, nil
	case *value.Object:
		return x.Len() > 0, nil
	case callable:
		return false, nil
	case []value.Value, *seq:
		items, _ := arrayItems(x)
		if len(items) == 1 {
			b, err := toBoolean(items[0])
			return b == true, err
		}
		for _, it := range items {
			b, err := toBoolean(it)
			if err != nil {
				return nil, err
			}
			if b == true {
				return true, nil
			}
		}
		return false, nil
	}
	return false, nil
}

func hasHighBytes(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0xEE {
			return true
		}
	}
	return false
}

var _ = strings.Index
