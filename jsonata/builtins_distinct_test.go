package jsonata

import (
	"testing"

	"github.com/stepwise-go/stepwise/value"
)

// $distinct keeps its seen strings and numbers in a small array, then in
// a map past smallSetScan of them: duplicates are dropped on both sides
// of the switch.
func TestDistinctAcrossTheSetSwitch(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{`$distinct(["a","b","a","c","b"])`, `["a","b","c"]`},
		{`$distinct([1,2,1,0,-0,2])`, `[1,2,0]`},
		{`$count($distinct([1..40].$string($ % 20)))`, `20`},
		{`$distinct([1..40].($ % 20))[[15..19]]`, `[16,17,18,19,0]`},
		{`$count($distinct([1..100].($ % 37)))`, `37`},
		{`$distinct([1, "1", 1, "1", [1], [1]])`, `[1,"1",[1]]`},
	} {
		v, err := mustEval(t, c.src, nil, nil)
		if err != nil {
			t.Fatalf("%s: %v", c.src, err)
		}
		if got := string(value.Marshal(v)); got != c.want {
			t.Errorf("%s = %s, want %s", c.src, got, c.want)
		}
	}
}
