package jsonata

import (
	"testing"

	"github.com/stepwise-go/stepwise/value"
)

// A built-in resolved at Compile time still yields to the expression's
// own binding of the name and to the host's.
func TestBuiltinsResolvedAtCompileTime(t *testing.T) {
	for _, c := range []struct {
		src  string
		env  *Env
		want string
	}{
		{`$string(1)`, nil, `"1"`},
		{`($string := function($x){ "mine" }; $string(1))`, nil, `"mine"`},
		{`$map([5, 6], function($string){ $string })`, nil, `[5,6]`},
		{`{"o": [{"i": [1]}, {"i": [2]}]}.o#$count.i.{"n": $count}`, nil, `[{"n":0},{"n":1}]`},
		{`$string(1)`, &Env{Bindings: map[string]value.Value{"string": "host"}}, `"host"`},
		{`$string(1)`, &Env{Vars: func(n string) (value.Value, bool) { return "vars", n == "string" }}, `"vars"`},
		{`$string(1)`, &Env{Vars: func(string) (value.Value, bool) { return nil, false }}, `"1"`},
	} {
		p, err := CompileString(c.src)
		if err != nil {
			t.Fatalf("%s: %v", c.src, err)
		}
		v, err := p.Eval(nil, c.env)
		if c.want == `"host"` || c.want == `"vars"` {
			// A string is not a function: calling it is T1006.
			if err == nil || err.(*Error).Code != "T1006" {
				t.Errorf("%s: got %v, %v; want T1006 (the host's non-function shadows $string)", c.src, v, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", c.src, err)
		}
		if got := string(value.Marshal(v)); got != c.want {
			t.Errorf("%s = %s, want %s", c.src, got, c.want)
		}
	}
}
