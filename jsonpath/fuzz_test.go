package jsonpath

import (
	"errors"
	"testing"
)

func FuzzParse(f *testing.F) {
	for _, tc := range acceptCases {
		f.Add(tc.in)
	}
	for _, tc := range rejectCases {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := Parse(s)
		if err != nil {
			var pe *Error
			if !errors.As(err, &pe) {
				t.Fatalf("Parse(%q): error %T, want *Error", s, err)
			}
			if pe.Pos < 0 || pe.Pos > len(s) {
				t.Fatalf("Parse(%q): error position %d outside the input", s, pe.Pos)
			}
			if p != nil {
				t.Fatalf("Parse(%q): both a path and an error", s)
			}
			return
		}
		if p.Raw != s {
			t.Fatalf("Parse(%q).Raw = %q", s, p.Raw)
		}
		checkTexts(t, s, p)
	})
}
