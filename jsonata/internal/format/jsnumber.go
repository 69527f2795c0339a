package format

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"

	"github.com/stepwise-go/stepwise/value"
)

// numString is JavaScript's Number.prototype.toString.
func numString(f float64) string { return value.FormatNumber(f) }

// jsRound is Math.round: the nearest integer, ties towards +Infinity.
func jsRound(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) || x == math.Trunc(x) {
		return x
	}
	f := math.Floor(x)
	if x-f >= 0.5 {
		f++
	}
	if f == 0 && x < 0 {
		return math.Copysign(0, -1)
	}
	return f
}

// jsonataRound is jsonata-js's $round(arg, precision): half to even at
// the given number of decimal places, shifting the decimal point in the
// number's string form to avoid binary scaling errors.
func jsonataRound(arg float64, precision int) float64 {
	if precision != 0 {
		arg = shiftDecimal(arg, precision)
	}
	result := jsRound(arg)
	diff := result - arg
	if math.Abs(diff) == 0.5 && math.Abs(math.Mod(result, 2)) == 1 {
		result--
	}
	if precision != 0 {
		result = shiftDecimal(result, -precision)
	}
	if result == 0 {
		result = 0
	}
	return result
}

// shiftDecimal multiplies by 10^by through the string form, as
// +(mantissa + 'e' + (exponent + by)) does in jsonata-js.
func shiftDecimal(f float64, by int) float64 {
	var buf [48]byte
	b := value.AppendNumber(buf[:0], f)
	e := by
	if i := strings.IndexByte(string(b), 'e'); i >= 0 {
		n, _ := strconv.Atoi(string(b[i+1:]))
		e += n
		b = b[:i]
	}
	b = append(b, 'e')
	b = strconv.AppendInt(b, int64(e), 10)
	return jsToNumber(string(b))
}

// jsToNumber is the unary + of JavaScript on the strings shiftDecimal
// builds: a decimal literal, or NaN ("NaNe2", "Infinitye2").
func jsToNumber(s string) float64 {
	if strings.HasPrefix(s, "NaN") || strings.HasPrefix(s, "Infinity") || strings.HasPrefix(s, "-Infinity") {
		return math.NaN()
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil && !strings.Contains(err.Error(), "range") {
		return math.NaN()
	}
	return f
}

// toFixed is Number.prototype.toFixed(dp) for 0 <= dp <= 100: the exact
// binary value rounded to dp places, ties away from zero; exponent form
// from 1e21 on.
func toFixed(x float64, dp int) string {
	if math.IsNaN(x) || math.IsInf(x, 0) || math.Abs(x) >= 1e21 {
		return numString(x)
	}
	neg := x < 0
	a := math.Abs(x)
	var exact string
	switch fd := fractionDigits(a); {
	case fd <= dp:
		// Exact at dp places: nothing to round.
		exact = strconv.FormatFloat(a, 'f', dp+1, 64)
	case fd == dp+1:
		// A tie (the last digit of 2^-k is 5): FormatFloat would round
		// it to even; toFixed rounds it up, as below.
		exact = strconv.FormatFloat(a, 'f', dp+1, 64)
	default:
		// Not a tie: the correctly rounded value is toFixed's.
		out := strconv.FormatFloat(a, 'f', dp, 64)
		if neg && strings.Trim(out, "0.") != "" {
			out = "-" + out
		}
		return out
	}
	intPart, frac, _ := strings.Cut(exact, ".")
	digits := []byte(intPart + frac[:dp])
	if frac[dp] >= '5' {
		i := len(digits) - 1
		for ; i >= 0 && digits[i] == '9'; i-- {
			digits[i] = '0'
		}
		if i < 0 {
			digits = append([]byte{'1'}, digits...)
		} else {
			digits[i]++
		}
	}
	n := len(digits) - dp
	out := string(digits[:n])
	if dp > 0 {
		out += "." + string(digits[n:])
	}
	if neg && strings.Trim(out, "0.") != "" {
		out = "-" + out
	}
	return out
}

// fractionDigits is how many decimal places the exact value of a finite
// a >= 0 has: a = m·2^e with m odd has -e of them when e < 0.
func fractionDigits(a float64) int {
	b := math.Float64bits(a)
	e := int(b>>52) & 0x7ff
	m := b & (1<<52 - 1)
	if e == 0 {
		e = 1
	} else {
		m |= 1 << 52
	}
	if m == 0 {
		return 0
	}
	exp := e - 1075 + bits.TrailingZeros64(m)
	if exp >= 0 {
		return 0
	}
	return -exp
}

// parseIntJS is parseInt(s) with no radix: leading white space, a sign, a
// 0x prefix for hexadecimal, then as many digits as there are; NaN when
// there are none.
func parseIntJS(s jstr) float64 {
	i := 0
	for i < len(s) && isJSSpace(s[i]) {
		i++
	}
	sign := 1.0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		if s[i] == '-' {
			sign = -1
		}
		i++
	}
	base := 10
	if i+1 < len(s) && s[i] == '0' && (s[i+1] == 'x' || s[i+1] == 'X') {
		base = 16
		i += 2
	}
	j := i
	for j < len(s) && digitValue(s[j]) < base {
		j++
	}
	if j == i {
		return math.NaN()
	}
	var f float64
	if base == 10 {
		f, _ = strconv.ParseFloat(string(rune16(s[i:j])), 64)
	} else {
		b, _ := new(big.Int).SetString(string(rune16(s[i:j])), 16)
		f, _ = new(big.Float).SetInt(b).Float64()
	}
	return sign * f
}

func rune16(s jstr) []byte {
	b := make([]byte, len(s))
	for i, c := range s {
		b[i] = byte(c)
	}
	return b
}

func digitValue(c uint16) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	}
	return 99
}

// toInt is a JavaScript number used as an index or a count, where it is
// known to be finite and small.
func toInt(f float64) int {
	if math.IsNaN(f) {
		return 0
	}
	if f > 1<<40 {
		return 1 << 40
	}
	if f < -(1 << 40) {
		return -(1 << 40)
	}
	return int(f)
}
