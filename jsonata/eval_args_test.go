package jsonata

import (
	"strings"
	"testing"

	"github.com/stepwise-go/stepwise/value"
)

// Calls nested in each other's arguments take room on the argument stack
// above their caller's; past its size the stack moves to a larger array
// while the outer calls still hold theirs. Every call must still see
// its own arguments.
func TestNestedCallsKeepTheirArguments(t *testing.T) {
	for _, depth := range []int{1, 5, 40, 200} {
		// $join([$string(1), $join([$string(2), …, "x"], "-")], "-")
		var b strings.Builder
		want := make([]string, 0, depth+1)
		for i := 1; i <= depth; i++ {
			b.WriteString(`$join([$substring("` + strings.Repeat("ab", i) + `", 0, ` + value.FormatNumber(float64(i)) + `), `)
			want = append(want, strings.Repeat("ab", i)[:i])
		}
		b.WriteString(`"x"`)
		for range depth {
			b.WriteString(`], "-")`)
		}
		want = append(want, "x")
		v, err := mustEval(t, b.String(), nil, &Env{MaxDepth: 10 * depth})
		if err != nil {
			t.Fatalf("depth %d: %v", depth, err)
		}
		if got := v.(string); got != strings.Join(want, "-") {
			t.Errorf("depth %d: got %q, want %q", depth, got, strings.Join(want, "-"))
		}
	}
}

// A function's arguments are gathered while other calls run inside the
// arguments and inside the function (higher-order built-ins calling
// lambdas that call built-ins).
func TestCallsInsideHigherOrderFunctions(t *testing.T) {
	v, err := mustEval(t, `$map([1,2,3], function($x, $i){ $join([$string($x), $string($i), $substring("abc", $i, 1)], ":") })`, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := string(value.Marshal(v)); got != `["1:0:a","2:1:b","3:2:c"]` {
		t.Errorf("got %s", got)
	}
}
