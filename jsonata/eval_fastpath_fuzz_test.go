package jsonata

import (
	"strings"
	"testing"
	"time"

	"github.com/stepwise-go/stepwise/value"
)

// withoutShortcuts turns off, in a compiled program, every shortcut that
// Compile decided on (paths of names, & chains, reused frames, built-ins
// resolved early), so that it evaluates the general way.
func withoutShortcuts(p *Program) {
	walkCompiled(p.root, func(c *cnode) {
		c.runs, c.concatChain, c.frameDies, c.builtin = nil, false, false, nil
	})
}

// FuzzShortcutsAgree evaluates each expression with Compile's shortcuts
// and without, twice each (the second time on a state from the pool):
// the four results, or errors, must be the same.
func FuzzShortcutsAgree(f *testing.F) {
	for _, s := range []string{
		"a.c", "a.c.d", "$.a.b", "a.b & '-' & e & $string(a.c)", "$map(a, function($v){ $v.b & $v.c })",
		"($x := 1; $y := ($z := 2; $z + $x); [$x, $y])", "$sort(a, function($l, $r){ $l.b > $r.b })",
		"a.{'k': b, 'v': c}", "[a.c, a.b & 'x', $count(a)]", "a[0].c[0]", "$distinct(a.c)",
		"($f := function($n){ $n < 1 ? 'done' : $f($n - 1) }; $f(30))", `$replace("a b  c", /\s+/, "_")`,
	} {
		f.Add(s)
	}
	input, _ := value.ParseString(`{"a":[{"b":1,"c":[1,2]},{"b":"x","c":{"d":[null, 3]}},{"b":[2,[3]],"c":[[4],5]}],"e":true}`)
	env := &Env{Timeout: 50 * time.Millisecond, MaxDepth: 200}
	f.Fuzz(func(t *testing.T, src string) {
		fast, err := CompileString(src)
		if err != nil {
			return
		}
		general, _ := CompileString(src)
		withoutShortcuts(general)
		var got [4]string
		for i, p := range []*Program{fast, fast, general, general} {
			v, err := p.Eval(input, env)
			got[i] = describe(v, err)
		}
		for i := 1; i < len(got); i++ {
			if got[i] != got[0] && !timedOut(got[i]) && !timedOut(got[0]) {
				t.Fatalf("%q: with shortcuts %s, run %d: %s", src, got[0], i, got[i])
			}
		}
	})
}

// timedOut reports whether a described result is the time budget's
// error, which depends on the machine, not on the evaluator.
func timedOut(d string) bool { return strings.Contains(d, errTimeout) }
