package jsontree

import (
	"math/big"
	"strings"
)

// numbersEqual reports whether two JSON number literals denote the same
// decimal value, exactly: 2, 2.0 and 20e-1 are equal, but
// 9007199254740993 and 9007199254740992 are not (as float64 they would
// be). A literal that is not a JSON number is equal only to the same text.
func numbersEqual(a, b string) bool {
	if a == b {
		return true
	}
	na, ok1 := decimalOf(a)
	nb, ok2 := decimalOf(b)
	return ok1 && ok2 && na.neg == nb.neg && na.digits == nb.digits && na.exp.Cmp(nb.exp) == 0
}

// decimal is a number as sign × digits × 10^exp, digits without leading or
// trailing zeros ("" for zero, whose sign and exponent are cleared).
type decimal struct {
	neg    bool
	digits string
	exp    *big.Int
}

func decimalOf(s string) (decimal, bool) {
	var d decimal
	d.neg = strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	mant, expText, hasExp := strings.Cut(strings.ToLower(s), "e")
	d.exp = new(big.Int)
	if hasExp {
		if _, ok := d.exp.SetString(strings.TrimPrefix(expText, "+"), 10); !ok {
			return d, false
		}
	}
	intPart, frac, _ := strings.Cut(mant, ".")
	if intPart == "" || strings.Trim(intPart+frac, "0123456789") != "" {
		return d, false
	}
	digits := intPart + frac
	d.exp.Sub(d.exp, big.NewInt(int64(len(frac))))
	trimmed := strings.TrimRight(digits, "0")
	d.exp.Add(d.exp, big.NewInt(int64(len(digits)-len(trimmed))))
	d.digits = strings.TrimLeft(trimmed, "0")
	if d.digits == "" {
		return decimal{exp: new(big.Int)}, true
	}
	return d, true
}
