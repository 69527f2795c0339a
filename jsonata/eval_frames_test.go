package jsonata

import (
	"testing"

	"github.com/stepwise-go/stepwise/value"
)

// Lambda call frames are reused only when the body cannot keep them
// (markScopes). Each case here keeps its frame in a different way;
// reusing it would change the result.
func TestFramesKeptByWhatTheBodyMakes(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"closure returned through $map",
			`$map($map([1,2,3], function($x){ function($y){ $x + $y } }), function($f){ $f(10) })`, `[11,12,13]`},
		{"tail call made after the body returns",
			`($g := function($y){ $y * 2 }; $f := function($x){ $g($x + 1) }; [$f(1), $f(2), $f(3)])`, `[4,6,8]`},
		{"tail call through a higher-order function",
			`($g := function($y){ $y * 2 }; $map([1,2,3], function($x){ $g($x + 1) }))`, `[4,6,8]`},
		{"partial application kept",
			`$map($map([1,2], function($x){ $substring(?, $x) }), function($f){ $f("abcd") })`, `["bcd","cd"]`},
		{"composition kept",
			`$map($map([1,2], function($x){ $string ~> $substring(?, $x) }), function($f){ $f(1234) })`, `["234","34"]`},
		{"transform kept",
			`$map($map([1,2], function($x){ |$|{"n": $x}| }), function($f){ $f({"a": 0}).n })`, `[1,2]`},
		{"recursion reuses frames in order",
			`($fact := function($n){ $n <= 1 ? 1 : $n * $fact($n - 1) }; $map([3,4,5], $fact))`, `[6,24,120]`},
		{"nested higher-order calls",
			`$map([1,2], function($x){ $sum($map([10,20], function($y){ $x * $y })) })`, `[30,60]`},
		{"reduce with frames reused",
			`$reduce([1..100], function($a, $b){ $a + $b })`, `5050`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for i := 0; i < 3; i++ { // again, with the pooled state's spare frames
				v, err := mustEval(t, c.src, nil, nil)
				if err != nil {
					t.Fatal(err)
				}
				if got := string(value.Marshal(v)); got != c.want {
					t.Fatalf("%s = %s, want %s", c.src, got, c.want)
				}
			}
		})
	}
}

func TestCapturesScope(t *testing.T) {
	for src, want := range map[string]bool{
		`function($x){ $x * 2 }`:                    false,
		`function($x){ $x.a[b > 1].c }`:             false,
		`function($x){ {"k": $x, "v": [$x, 1]} }`:   false,
		`function($x){ ($y := $x; $y + 1) }`:        false,
		`function($x){ function(){ $x } }`:          true,
		`function($x){ $f($x) }`:                    true, // a tail call
		`function($x){ 1 + $f($x) }`:                false,
		`function($x){ $substring(?, $x) }`:         true,
		`function($x){ $x ~> $string }`:             true,
		`function($x){ |$|{"a": $x}| }`:             true,
		`function($x){ $x.{"a": function(){ 1 }} }`: true,
		`function($x){ $x[function(){ 1 }()] }`:     true,
	} {
		p, err := CompileString(src)
		if err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		if got := !p.root.frameDies; got != want {
			t.Errorf("%s: captures its scope = %v, want %v", src, got, want)
		}
	}
}

// A block's frame is reused only when nothing made in the block keeps
// it; a tail call marked after the block was compiled keeps it too.
func TestBlockFrames(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{`($range := function($start, $end, $step) { ($step := ($step ? $step : 1); $start + $step > $end ? $start : $append($start, $range($start + $step, $end, $step))) }; $range(0, 5))`, `[0,1,2,3,4,5]`},
		{`$map([1, 2, 3], function($x){ ($y := $x * 2; $z := $y + 1; [$y, $z]) })`, `[[2,3],[4,5],[6,7]]`},
		{`($f := ($a := 5; function($b){ $a + $b }); [($a := 100; $f(1)), $f(2)])`, `[6,7]`},
		{`[1, 2].(($v := $; $v * 10))`, `[10,20]`},
	} {
		for range 2 {
			v, err := mustEval(t, c.src, nil, nil)
			if err != nil {
				t.Fatalf("%s: %v", c.src, err)
			}
			if got := string(value.Marshal(v)); got != c.want {
				t.Errorf("%s = %s, want %s", c.src, got, c.want)
			}
		}
	}
}
