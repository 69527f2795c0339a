package jsonata

import (
	"math"
	"math/rand"
	"testing"

	"github.com/stepwise-go/stepwise/value"
)

// TestAppendStringifiedMatchesPrep: $string's direct writer gives the
// bytes of value.Marshal(stringifyPrep(v)), and the same error, for
// generated documents and for the evaluator's own values (sequences,
// functions, undefined items, 15-digit rounding, NaN, infinity).
func TestAppendStringifiedMatchesPrep(t *testing.T) {
	obj := value.NewObject(3)
	obj.Set("f", &lambda{})
	obj.Set("u", nil)
	obj.Set("n", 0.1+0.2)
	vals := []value.Value{
		obj, newSeq(1.0, nil, "x", obj), []value.Value{math.NaN(), 1e21, 123456789012345678.0, -0.0},
		[]value.Value{1.0, math.Inf(1)}, value.Null, true, &seq{lazy: true, lo: 1, lazyN: 3},
	}
	g := &evalGen{r: rand.New(rand.NewSource(7))}
	for range 2000 {
		vals = append(vals, g.doc(3))
	}
	for _, v := range vals {
		want, werr := stringifyPrep(v)
		got, gerr := appendStringified(nil, v)
		if (werr == nil) != (gerr == nil) || (werr != nil && werr.Code != gerr.Code) {
			t.Errorf("%s: error %v, want %v", value.Marshal(toPlain(v)), gerr, werr)
			continue
		}
		if werr == nil && string(got) != string(value.Marshal(want)) {
			t.Errorf("got %s, want %s", got, value.Marshal(want))
		}
	}
}
