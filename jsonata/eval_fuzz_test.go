package jsonata

import (
	"testing"
	"time"

	"github.com/stepwise-go/stepwise/value"
)

// FuzzEval parses, compiles and evaluates arbitrary expressions against a
// small document with a short time budget: it must never panic, and an
// error must be an *Error.
func FuzzEval(f *testing.F) {
	for _, s := range []string{
		"a.b[0]", "a.*.c", "**.c", "a^(>b)", "a{b: $count(c)}", "a@$x.b#$i[$i > 0]",
		"$map([1..5], function($v, $i){ $v * $i })", `$replace("abc", /b/, "x")`,
		"| a | {'z': 1}, ['b'] |", "($f := λ($n){ $n < 1 ? 0 : $f($n-1) }; $f(1e9))",
		"%.a", "a.(%)", "[1,2,3][-1]", "$string(a)", "$sort(a, function($l, $r){ $l.b > $r.b })",
		"$reduce([1,2,3], $append)", "$split('a,b', ',', 1)", "$pad('x', -5, '#')",
	} {
		f.Add(s)
	}
	input, _ := value.ParseString(`{"a":[{"b":1,"c":[1,2]},{"b":"x","c":{"d":null}}],"e":true}`)
	f.Fuzz(func(t *testing.T, src string) {
		p, err := CompileString(src)
		if err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("CompileString(%q): error %T", src, err)
			}
			return
		}
		_, err = p.Eval(input, &Env{Timeout: 50 * time.Millisecond, MaxDepth: 200})
		if err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("Eval(%q): error %T", src, err)
			}
		}
	})
}
