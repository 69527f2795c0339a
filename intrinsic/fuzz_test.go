package intrinsic

import (
	"errors"
	"reflect"
	"testing"
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
