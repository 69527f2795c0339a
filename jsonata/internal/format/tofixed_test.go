package format

import (
	"math"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"
)

// toFixedExact is toFixed by the definition: the exact binary value
// written out in full, rounded to dp places, ties away from zero.
func toFixedExact(x float64, dp int) string {
	if math.IsNaN(x) || math.IsInf(x, 0) || math.Abs(x) >= 1e21 {
		return numString(x)
	}
	exact := new(big.Float).SetPrec(2000).SetFloat64(math.Abs(x)).Text('f', 1100)
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
	if x < 0 && strings.Trim(out, "0.") != "" {
		out = "-" + out
	}
	return out
}

// TestToFixedAgreesWithExactExpansion compares the fast toFixed with the
// full expansion: ties (0.5, 2.5, 0.125, 1.5e-10…), near-ties (1.005),
// integers, tiny and huge values, random doubles, for 0 to 100 places.
func TestToFixedAgreesWithExactExpansion(t *testing.T) {
	values := []float64{0, math.Copysign(0, -1), 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 1.005, 1.045, 2.675, 1e20, 9.5, 99.5,
		-0.0004, 123456.789, 5e-324, 1e-7, 0.1, 0.7, 1234.5678, 999.995, 1.25e-5, 7.62939453125e-06, 4503599627370495.5}
	r := rand.New(rand.NewPCG(1, 2))
	for range 300 {
		values = append(values, (r.Float64()-0.5)*math.Pow(10, float64(r.IntN(30)-10)))
		values = append(values, float64(r.IntN(100000))/math.Pow(2, float64(r.IntN(20))))
	}
	for _, v := range values {
		for _, dp := range []int{0, 1, 2, 3, 4, 5, 8, 10, 15, 17, 20, 25, 30, 50, 100} {
			if got, want := toFixed(v, dp), toFixedExact(v, dp); got != want {
				t.Errorf("toFixed(%v, %d) = %s, want %s", v, dp, got, want)
			}
		}
	}
}
