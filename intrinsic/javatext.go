package intrinsic

import (
	"math"
	"strconv"
	"strings"

	"github.com/stepwise-go/stepwise/value"
)

// AWS runs intrinsics in Java: numbers read from JSON become integers
// when they have no fraction and doubles otherwise, and text is made with
// Java's toString and Jackson. These helpers print values that way.

// javaNumber prints f as Java prints the number Jackson read: integral
// values that fit a long as integers ("3"), others as Double.toString
// does ("1.1", "1.0E21", "1.0E-5").
func javaNumber(f float64) string {
	if f == math.Trunc(f) && math.Abs(f) < 1<<63 {
		return strconv.FormatInt(int64(f), 10)
	}
	if math.IsNaN(f) {
		return "NaN"
	}
	if math.IsInf(f, 0) {
		if f > 0 {
			return "Infinity"
		}
		return "-Infinity"
	}
	if a := math.Abs(f); a >= 1e-3 && a < 1e7 {
		return strconv.FormatFloat(f, 'f', -1, 64)
	}
	s := strconv.FormatFloat(f, 'E', -1, 64) // "1.5E+07", "1E-05"
	mant, exp, _ := strings.Cut(s, "E")
	if !strings.Contains(mant, ".") {
		mant += ".0"
	}
	sign := ""
	if exp[0] == '-' {
		sign = "-"
	}
	exp = strings.TrimLeft(exp[1:], "0")
	return mant + "E" + sign + exp
}

// javaText prints v as Java's toString prints the value Jackson read:
// strings as they are, null as "null", objects as {k=v, …} and arrays as
// [a, b] (rec: intrinsic_functions/test_format_2[7]).
func javaText(v value.Value) string {
	var b strings.Builder
	writeJavaText(&b, v)
	return b.String()
}

// writeJavaText appends javaText(v).
func writeJavaText(b *strings.Builder, v value.Value) {
	switch x := v.(type) {
	case string:
		b.WriteString(x)
	case float64:
		b.WriteString(javaNumber(x))
	case bool:
		b.WriteString(strconv.FormatBool(x))
	case []value.Value:
		b.WriteByte('[')
		for i, item := range x {
			if i > 0 {
				b.WriteString(", ")
			}
			writeJavaText(b, item)
		}
		b.WriteByte(']')
	case *value.Object:
		b.WriteByte('{')
		for i, k := range x.Keys() {
			if i > 0 {
				b.WriteString(", ")
			}
			item, _ := x.Get(k)
			b.WriteString(k + "=")
			writeJavaText(b, item)
		}
		b.WriteByte('}')
	default:
		b.WriteString("null")
	}
}

// javaJSON writes v as compact JSON the way Jackson does: no spaces,
// numbers as javaNumber prints them (rec: intrinsic_functions/test_json_to_string).
func javaJSON(v value.Value) string {
	var b []byte
	b = appendJavaJSON(b, v)
	return string(b)
}

// appendJavaJSON appends javaJSON(v) to dst.
func appendJavaJSON(dst []byte, v value.Value) []byte {
	switch x := v.(type) {
	case float64:
		return append(dst, javaNumber(x)...)
	case []value.Value:
		dst = append(dst, '[')
		for i, item := range x {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = appendJavaJSON(dst, item)
		}
		return append(dst, ']')
	case *value.Object:
		dst = append(dst, '{')
		for i, k := range x.Keys() {
			if i > 0 {
				dst = append(dst, ',')
			}
			item, _ := x.Get(k)
			dst = value.AppendString(dst, k)
			dst = append(dst, ':')
			dst = appendJavaJSON(dst, item)
		}
		return append(dst, '}')
	}
	return value.Append(dst, v)
}

// SplitTemplate splits a quoted States.Format template literal at its
// unescaped "{}" placeholders and decodes the escapes of each piece:
// "'a {} b \{\}'" gives ["a ", " b {}"].
func SplitTemplate(lit string) []string {
	var parts []string
	var b strings.Builder
	for i := 1; i < len(lit)-1; i++ {
		switch c := lit[i]; {
		case c == '\\' && i+1 < len(lit)-1:
			i++
			b.WriteByte(lit[i])
		case c == '{' && lit[i+1] == '}':
			parts = append(parts, b.String())
			b.Reset()
			i++
		default:
			b.WriteByte(c)
		}
	}
	return append(parts, b.String())
}
