package format

import (
	"errors"
	"math"
	"testing"
)

// testNow is the fixed "now" of the tests' ToMillisAt calls
// (2023-11-14T22:13:20Z).
const testNow = 1700000000000

// outcome is what a call gave: a string, a number, undefined, or an
// error code ("" code with err set: an uncoded JavaScript exception).
type outcome struct {
	str   string
	num   float64
	isNum bool
	undef bool
	code  string
	err   error
}

// call runs one of the package's functions by its JSONata name with
// JSON-like arguments; toFromMillis is $toMillis(a, b) ~> $fromMillis(c).
func call(fn string, args []any) outcome {
	str := func(i int) string {
		if i < len(args) {
			s, _ := args[i].(string)
			return s
		}
		return ""
	}
	num := func(i int) float64 { f, _ := args[i].(float64); return f }
	var s string
	var f float64
	var ok = true
	var err error
	isNum := false
	switch fn {
	case "formatNumber":
		var opts map[string]string
		if len(args) > 2 {
			opts, _ = args[2].(map[string]string)
		}
		s, err = FormatNumber(num(0), str(1), opts)
	case "formatInteger":
		s, err = FormatInteger(num(0), str(1))
	case "parseInteger":
		f, err = ParseInteger(str(0), str(1))
		isNum = true
	case "fromMillis":
		s, err = FromMillis(num(0), str(1), str(2))
	case "toMillis":
		f, ok, err = ToMillisAt(str(0), str(1), testNow)
		isNum = true
	case "toFromMillis":
		f, ok, err = ToMillisAt(str(0), str(1), testNow)
		if err == nil && ok {
			s, err = FromMillis(f, str(2), "")
		}
	}
	if err != nil {
		var fe *Error
		if !errors.As(err, &fe) {
			return outcome{code: "not-an-*Error", err: err}
		}
		return outcome{code: fe.Code, err: err}
	}
	if !ok {
		return outcome{undef: true}
	}
	if isNum {
		return outcome{num: f, isNum: true}
	}
	return outcome{str: s}
}

// check compares an outcome with the expected result (string, float64,
// nil for NaN/null), error code, or uncoded error (jsErr).
func check(t *testing.T, name string, got outcome, want any, code string, jsErr, undef bool) bool {
	t.Helper()
	switch {
	case code != "" || jsErr:
		if got.err == nil || got.code != code {
			t.Errorf("%s: got %+v, want error %q", name, got, code)
			return false
		}
	case undef:
		if !got.undef || got.err != nil {
			t.Errorf("%s: got %+v, want undefined", name, got)
			return false
		}
	case got.err != nil:
		t.Errorf("%s: unexpected error %v", name, got.err)
		return false
	default:
		switch w := want.(type) {
		case string:
			if got.isNum || got.str != w {
				t.Errorf("%s: got %q (%+v), want %q", name, got.str, got, w)
				return false
			}
		case float64:
			if !got.isNum || got.num != w {
				t.Errorf("%s: got %v (%+v), want %v", name, got.num, got, w)
				return false
			}
		case nil:
			if !got.isNum || !math.IsNaN(got.num) {
				t.Errorf("%s: got %+v, want NaN (null)", name, got)
				return false
			}
		}
	}
	return true
}
