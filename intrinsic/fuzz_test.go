package intrinsic

import (
	"errors"
	"reflect"
	"testing"

	"github.com/stepwise-go/stepwise/value"
)

func FuzzParse(f *testing.F) {
	for _, tc := range acceptCases {
		f.Add(tc.in)
	}
	for _, tc := range rejectCases {
		f.Add(tc.in)
	}
	for _, tc := range checkCases {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := Parse(s)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("Parse(%q): error %T, want *Error", s, err)
			}
			if e.Pos < 0 || e.Pos > len(s) {
				t.Fatalf("Parse(%q): error position %d outside the input", s, e.Pos)
			}
			return
		}
		for _, err := range Check(c) {
			var e *Error
			if !errors.As(err, &e) || e.Pos < 0 || e.Pos > len(s) {
				t.Fatalf("Check(%q): bad error %v", s, err)
			}
		}
		text := c.String()
		again, err := Parse(text)
		if err != nil {
			t.Fatalf("Parse(%q).String() = %q does not parse: %v", s, text, err)
		}
		if again.String() != text {
			t.Fatalf("String() not stable: %q then %q", text, again.String())
		}
		if !reflect.DeepEqual(withoutPos(c), withoutPos(again)) {
			t.Fatalf("round trip of %q changed the call:\n%#v\n%#v", s, withoutPos(c), withoutPos(again))
		}
	})
}

func FuzzIntrinsicEval(f *testing.F) {
	for _, tc := range evalCases {
		f.Add(tc.call, evalInput)
	}
	f.Add(`States.ArrayRange(0, 999, 1)`, `{}`)
	f.Fuzz(func(t *testing.T, call, input string) {
		c, err := Parse(call)
		if err != nil {
			return
		}
		p, err := Compile(c)
		if err != nil {
			return
		}
		in, err := value.ParseString(input)
		if err != nil {
			in = nil
		}
		env := &Env{Input: in, Context: in, Random: func() float64 { return 0.5 }}
		v, err := p.Eval(env)
		if err != nil {
			if _, ok := AsFailure(err); !ok {
				t.Fatalf("Eval(%q): error %T, want a *FailureError", call, err)
			}
			return
		}
		if v == nil {
			t.Fatalf("Eval(%q): no value and no error", call)
		}
	})
}
