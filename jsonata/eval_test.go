package jsonata

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/stepwise-go/stepwise/value"
)

func mustEval(t *testing.T, src string, input value.Value, env *Env) (value.Value, error) {
	t.Helper()
	p, err := CompileString(src)
	if err != nil {
		t.Fatalf("CompileString(%q): %v", src, err)
	}
	return p.Eval(input, env)
}

func TestEvalTable(t *testing.T) {
	in, _ := value.ParseString(`{"a":[{"b":1},{"b":[2,3]}],"s":"héllo😀"}`)
	cases := []struct {
		src, want string // want "" = undefined
		code      string
	}{
		{src: "1 + 2", want: "3"},
		{src: "a.b", want: "[1,2,3]"},
		{src: "a[0].b", want: "1"},
		{src: "a.b[]", want: "[1,2,3]"},
		{src: "nothing", want: ""},
		{src: "$length(s)", want: "6"},
		{src: "$substring(s, 5, 1)", want: `"😀"`},
		{src: `"a" & 1 & true`, want: `"a1true"`},
		{src: "[1..3].($ * 2)", want: "[2,4,6]"},
		{src: "( $f := function($n, $acc){ $n = 0 ? $acc : $f($n - 1, $acc + 1) }; $f(10000, 0) )", want: "10000"},
		{src: "$sum([1..10000000]) > 0", want: "true"},
		{src: `{"x": 1} ~> | $ | {"y": 2} |`, want: `{"x":1,"y":2}`},
		{src: "$map([1,2], $string)", want: `["1","2"]`},
		{src: "($inc := $sum(?, 1); $inc)", want: ""},
		{src: "$partition([1,2,3], 2)", want: "[[1,2],[3]]"},
		{src: "$range(0, 6, 2)", want: "[0,2,4,6]"},
		{src: `$hash("abc", "MD5")`, want: `"900150983cd24fb0d6963f7d28e17f72"`},
		{src: `$parse("{\"k\": [1]}")`, want: `{"k":[1]}`},
		{src: `1 + "a"`, code: "T2002"},
		{src: `"a" + 1`, code: "T2001"},
		{src: "[1..10000001]", code: "D2014"},
		{src: "$eval('1')", code: "T1006"},
		{src: "1 < 'a'", code: "T2009"},
		{src: "-'a'", code: "D1002"},
		{src: `$substring("a", "b")`, code: "T0410"},
		{src: "$substring(1)", code: "T0411"},
		{src: "{1: 2}", code: "T1003"},
		{src: "[1.5..3]", code: "T2003"},
		{src: "1 ~> 2", code: "T2006"},
		{src: "string(1)", code: "T1005"},
		// The items of an array or object constructor run concurrently in
		// jsonata-js (Promise.all): the error thrown after the fewest
		// awaits wins, the earlier item on a tie (eval_race.go).
		{src: `[$substring("a", "b"), "a" + 1]`, code: "T2001"},
		{src: `{"x": $substring("a", "b"), "y": "a" + 1}`, code: "T2001"},
		{src: `["a" + 1, 1 + "a"]`, code: "T2001"},
		{src: `[[$substring("a", "b")], $map([1], function($v) { $v + "a" })]`, code: "T0410"},
		{src: `[$map([1], function($v) { $v + "a" }), $sum("a")]`, code: "T0412"},
		{src: `[$sort([1, 3, 2], function($a, $b) { $a & 1 }), $sum("a")]`, code: "T0412"},
		{src: `[[3, 1, 2]^($), -"a"]`, code: "D1002"},
		{src: `[$single([1, 2], function($v) { $v + "a" }), $string(1) + 1]`, code: "T2001"},
		{src: `["a" + 1, ($f := function($n) { $f($n + 1) }; $f(0))]`, code: "T2001"},
		// Without chars, JavaScript's indexOf looks for "undefined".
		{src: `$substringBefore("Hello", $nothing)`, want: `"Hello"`},
		{src: `$substringBefore("xundefinedy", $nothing)`, want: `"x"`},
		{src: `$substringAfter("xy", $nothing)`, want: `"xy"`},
		{src: `$substringAfter("xundefinedz", $nothing)`, want: `"z"`},
		// Math.pow(9, undefined) is NaN.
		{src: `$power(9, $nothing)`, code: "D3061"},
		{src: `$power(1, $nothing)`, code: "D3061"},
	}
	for _, tc := range cases {
		got, err := mustEval(t, tc.src, in, nil)
		if tc.code != "" {
			var je *Error
			if !errors.As(err, &je) || je.Code != tc.code {
				t.Errorf("%s: error %v, want code %s", tc.src, err, tc.code)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tc.src, err)
			continue
		}
		if s := string(value.Marshal(got)); s != tc.want {
			t.Errorf("%s = %s, want %s", tc.src, s, tc.want)
		}
	}
}

func TestErrorMessage(t *testing.T) {
	_, err := mustEval(t, `1 + "a"`, nil, nil)
	je := err.(*Error)
	if je.Msg != `The right side of the "+" operator must evaluate to a number` || je.Token != "+" || je.Value != "a" {
		t.Errorf("got %+v", je)
	}
}

func TestConcurrentEval(t *testing.T) {
	p, err := CompileString(`$sum(items.(price * qty)) & " " & $string($count(items))`)
	if err != nil {
		t.Fatal(err)
	}
	in, _ := value.ParseString(`{"items":[{"price":2,"qty":3},{"price":1,"qty":4}]}`)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				got, err := p.Eval(in, nil)
				if err != nil || got != "10 2" {
					t.Errorf("got %v, %v", got, err)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestNowAndRandomInjected(t *testing.T) {
	at := time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC)
	env := &Env{Now: func() time.Time { return at }, Random: func() float64 { return 0.25 }}
	got, err := mustEval(t, "[$now(), $millis(), $random(), $uuid()]", nil, env)
	if err != nil {
		t.Fatal(err)
	}
	want := `["2024-05-06T07:08:09.000Z",1714979289000,0.25,"40404040-4040-4040-8040-404040404040"]`
	if s := string(value.Marshal(got)); s != want {
		t.Errorf("got %s, want %s", s, want)
	}
	// $now() is read once per evaluation.
	calls := 0
	env = &Env{Now: func() time.Time { calls++; return at }}
	if _, err := mustEval(t, "[$now(), $now(), $millis()]", nil, env); err != nil || calls != 1 {
		t.Errorf("clock read %d times (%v), want once", calls, err)
	}
}

func TestBudgets(t *testing.T) {
	loop := "( $f := function($n){ $f($n + 1) }; $f(0) )"
	_, err := mustEval(t, loop, nil, &Env{Timeout: 20 * time.Millisecond})
	if je, ok := err.(*Error); !ok || je.Code != "U1001" || je.Msg != "Expression evaluation timeout: Check for infinite loop" {
		t.Errorf("timeout: got %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = mustEval(t, loop, nil, &Env{Context: ctx})
	if je, ok := err.(*Error); !ok || je.Code != "U1001" {
		t.Errorf("cancelled: got %v", err)
	}
	deep := "( $f := function($n){ $n = 0 ? 0 : 1 + $f($n - 1) }; $f(50) )"
	if _, err := mustEval(t, deep, nil, &Env{MaxDepth: 100}); err == nil || err.(*Error).Code != "U1001" {
		t.Errorf("depth 100: got %v", err)
	}
	if got, err := mustEval(t, deep, nil, &Env{MaxDepth: 400}); err != nil || got != 50.0 {
		t.Errorf("depth 400: got %v, %v", got, err)
	}
}

func TestVarsBeforeBindings(t *testing.T) {
	env := &Env{
		Vars:     func(name string) (value.Value, bool) { return "vars", name == "x" },
		Bindings: map[string]value.Value{"x": "bindings", "y": "bindings"},
	}
	got, err := mustEval(t, "$x & $y", nil, env)
	if err != nil || got != "varsbindings" {
		t.Errorf("got %v, %v", got, err)
	}
}

// TestEvalFunctionAware: a function result is reported (Eval gives
// undefined for it), and other results are Eval's.
func TestEvalFunctionAware(t *testing.T) {
	cases := []struct {
		expr       string
		isFunction bool
		want       string
	}{
		{`function($x) { $x }`, true, ""},
		{`$string`, true, ""},
		{`$fn := function($x){$x}`, true, ""},
		{`[1, 2]`, false, "[1,2]"},
		{`nothing`, false, ""},
	}
	for _, tc := range cases {
		p, err := CompileString(tc.expr)
		if err != nil {
			t.Fatalf("%s: %v", tc.expr, err)
		}
		v, isFn, err := p.EvalFunctionAware(nil, nil)
		got := ""
		if v != nil {
			got = string(value.Marshal(v))
		}
		if err != nil || isFn != tc.isFunction || got != tc.want {
			t.Errorf("%s: (%s, %v, %v), want (%s, %v, nil)", tc.expr, got, isFn, err, tc.want, tc.isFunction)
		}
	}
}
