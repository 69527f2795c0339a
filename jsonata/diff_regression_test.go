package jsonata

import (
	"testing"

	"github.com/stepwise-go/stepwise/value"
)

// TestDifferentialFindings keeps the disagreements with jsonata-js 2.0.6
// that the differential tests found, each with jsonata-js's answer, so
// that they stay fixed without Node.js.
func TestDifferentialFindings(t *testing.T) {
	cases := []struct {
		src, input string
		want       string // the value as JSON; "" = undefined
	}{
		// A predicate that evaluates to numbers keeps an item once per
		// number that selects it (TestEvalAgainstJsonataJS, 20,000
		// expressions of seed 20261205).
		{`{"a": $reverse($.b[$map(-0, function($v, $i) { [$v, $i] })])}`, `"x"`, `{"a":[null,null]}`},
		{`[1,2,3][[0,0]]`, `null`, `[1,1]`},
		{`a[[0,0,1]]`, `{"a":[1,2,3]}`, `[1,1,2]`},
		{`a#$i[[0,0]]`, `{"a":[1,2,3]}`, `[1,1]`},
		{`$count(a[[1,1]])`, `{"a":[1,2,3]}`, `2`},
		{`a[[0,0]].$string()`, `{"a":[1,2,3]}`, `["1","1"]`},
		{`a[[0,-3]]`, `{"a":[1,2,3]}`, `[1,1]`},
		{`a[[0.5,0]]`, `{"a":[1,2,3]}`, `[1,1]`},
		// ... and an undefined step is one undefined item to filter.
		{`b[[0,0]]`, `{"a":1}`, `[null,null]`},
		{`$nothing[[0,0]]`, `{"a":1}`, `[null,null]`},
		{`b[true][[0,0]]`, `{"a":1}`, `[null,null]`},
		{`$count(b[[0,0]])`, `{"a":1}`, `2`},
		{`b[[0,0]].c`, `{"a":1}`, ``},
		{`b[[0]]`, `{"a":1}`, ``},
		{`b[0]`, `{"a":1}`, ``},
	}
	for _, c := range cases {
		in, err := value.ParseString(c.input)
		if err != nil {
			t.Fatalf("%s: input: %v", c.src, err)
		}
		got, err := mustEval(t, c.src, in, nil)
		if err != nil {
			t.Errorf("%s: %v, want %s", c.src, err, c.want)
			continue
		}
		if s := string(value.Marshal(toPlain(got))); s != c.want {
			t.Errorf("%s over %s = %s, want %s", c.src, c.input, s, c.want)
		}
	}
}

// TestCallErrorPositions keeps the positions jsonata-js gives errors
// inside nested and recursive calls of the same function: the position
// of the innermost call, which it writes on the shared function object
// (eval_procpos.go). Positions are UTF-16 units.
func TestCallErrorPositions(t *testing.T) {
	cases := []struct {
		src   string
		code  string
		pos   int
		input string // JSON; "" = undefined
	}{
		// A tail call: the trampoline writes the callee's position ($f).
		{`($f := function($n) { $n = 0 ? $n + true : $f($n - 1) }; $f(3))`, "T2002", 45, ""},
		// Not a tail call: the recursive call wrote last.
		{`($f := function($n) { $n = 0 ? $n + true : 1 + $f($n - 1) }; $f(3))`, "T2002", 50, ""},
		{`($f := function($n) { $n = 0 ? $n + true : 1 + $f($n - 1) }; [$f(3)])`, "T2002", 50, ""},
		// The same built-in nested: the inner call's position.
		{`$map([1], function($v) { $map([2], function($w) { $w + true }) })`, "T2002", 29, ""},
		{`$map([1,2], function($v) { $v = 2 ? $map([3], function($w){ $w + true }) : $v })`, "T2002", 40, ""},
		// ... even when the inner call has returned before the error.
		{`$map([1], function($v) { $string($v) & $map([2], function($w){$w}) & ($v + true) })`, "T2002", 44, ""},
		// Different functions: the outer call's catch decides.
		{`$filter([1], function($v) { $map([2], function($w) { $w + true }) })`, "T2002", 8, ""},
		{`$map([1], function($v) { $filter([2], function($w) { $w + true }) })`, "T2002", 5, ""},
		{`($f := function($n) { $n + true }; $f(1))`, "T2002", 38, ""},
		{`$sift({"a":1}, function($v) { $v + true })`, "T2002", 6, ""},
		// The items of an array constructor interleave: the first $map
		// sets its position after the second $map has set its own and
		// before the second's callback fails (TestEvalAgainstJsonataJS).
		{`[$map(d, function($v, $i) { $v }), $map(true, function($v, $i) { $v + 1 })]`, "T2001", 6, `[]`},
		{`$abs([$map((d ? b : $.b.d.c), function($v, $i) { $string($v) }), $map([1, 2, 3] or d.d.b, function($v, $i) { $v + 1 })])`, "T2001", 11, `[]`},
		{`$map([$keys({"d": d}, $map(a.b.d, function($v, $i) { $v })), (a[2] ? a.b^(<b) : $map("x", function($v, $i) { $v + 1 }))], function($v, $i) { $v + 1 })`, "T2001", 27, `{"c":{"b":{"c":15}}}`},
		{`[($map(null != a, function($v, $i) { $v + 1 }) ? *.a{a: {"a": *}} : *.b.b{d: c.a.a{c: a}}), $map($filter(1, function($v) { $v > 1 }), function($v, $i) { [$v, $i] }) * [$map(d.a, function($v, $i) { $v + 1 }), {"a": *}]]`, "T2001", 97, `7`},
	}
	for _, c := range cases {
		var in value.Value
		if c.input != "" {
			var perr error
			if in, perr = value.ParseString(c.input); perr != nil {
				t.Fatalf("%s: input: %v", c.src, perr)
			}
		}
		_, err := mustEval(t, c.src, in, nil)
		e, ok := err.(*Error)
		if !ok {
			t.Errorf("%s: err = %v, want %s", c.src, err, c.code)
			continue
		}
		if e.Code != c.code || e.Position(c.src) != c.pos {
			t.Errorf("%s: %s at %d, want %s at %d", c.src, e.Code, e.Position(c.src), c.code, c.pos)
		}
	}
}
