package jsonata

import (
	"sync"
	"testing"

	"github.com/stepwise-go/stepwise/value"
)

// TestNumberPicturesParsedOnce: literal pictures of $formatNumber calls
// without options are parsed at Compile time, and formatting with them
// gives what parsing on each call gives (the picture as a variable is
// never cached), errors included.
func TestNumberPicturesParsedOnce(t *testing.T) {
	cases := []struct {
		pictures int // parsed at Compile time
		expr     string
	}{
		{1, `$formatNumber(1234.5, "#,##0.00")`},
		{1, `[1, -2.5, 0].$formatNumber($, "#,##0.00;(#)")`},
		{1, `$formatNumber(0.25, "0%")`},
		{1, `$formatNumber(-5, "0.0e0")`},                               // a value error (exponent of a negative number)
		{0, `$formatNumber(1, "#,##0.00", {"decimal-separator": ","})`}, // options: parsed per call
		{0, `$formatNumber(1, "0.0.0")`},                                // invalid picture: not cached, same error
		{2, `$formatNumber(1, "0") & $formatNumber(2, "00") & $formatNumber(3, "0")`},
		{0, `($f := $formatNumber; $f(7, "#0"))`},                                 // called through another name: parsed per call
		{1, `($formatNumber := function($x, $p) { $p }; $formatNumber(7, "#0"))`}, // a user function of that name
	}
	for _, c := range cases {
		p, err := CompileString(c.expr)
		if err != nil {
			t.Fatalf("%s: %v", c.expr, err)
		}
		if got := len(p.pictures); got != c.pictures {
			t.Errorf("%s: %d pictures parsed at Compile time, want %d", c.expr, got, c.pictures)
		}
		cached, cerr := p.Eval(nil, nil)
		uncached := *p
		uncached.pictures = nil
		want, werr := uncached.Eval(nil, nil)
		if string(value.Marshal(cached)) != string(value.Marshal(want)) || errorCode(cerr) != errorCode(werr) {
			t.Errorf("%s: with parsed pictures %s (%v), without %s (%v)", c.expr, value.Marshal(cached), cerr, value.Marshal(want), werr)
		}
	}
}

func errorCode(err error) string {
	if e, ok := err.(*Error); ok {
		return e.Code
	}
	return ""
}

// TestProgramSharedAcrossGoroutines evaluates one Program with a parsed
// picture and a regular expression from several goroutines (run with
// -race): every evaluation gives the same result.
func TestProgramSharedAcrossGoroutines(t *testing.T) {
	p, err := CompileString(`$formatNumber(n, "#,##0.00") & "|" & $join($match(s, /([a-z]+)@/).groups, ",") & "|" & $replace(s, /\s+/, "_")`)
	if err != nil {
		t.Fatal(err)
	}
	in, _ := value.FromGo(map[string]any{"n": 1234567.891, "s": "ada@x  grace@y"})
	const want = `"1,234,567.89|ada,grace|ada@x_grace@y"`
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 200 {
				v, err := p.Eval(in, nil)
				if got := string(value.Marshal(v)); err != nil || got != want {
					errs <- got
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for got := range errs {
		t.Errorf("got %s, want %s", got, want)
	}
}
