package jsonpath

import (
	"errors"
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

// fuzzDocs are documents FuzzEval evaluates paths against.
var fuzzDocs = []string{evalDoc, `[1,[2,[3,{"a":[4]}]],{"a":{"a":null}}]`, `"text"`, `null`}

func FuzzEval(f *testing.F) {
	for i, tc := range evalCases {
		f.Add(tc.path, fuzzDocs[i%len(fuzzDocs)])
	}
	for _, tc := range acceptCases {
		f.Add(tc.in, fuzzDocs[1])
	}
	f.Fuzz(func(t *testing.T, path, doc string) {
		p, err := Parse(path)
		if err != nil {
			return
		}
		root, err := value.ParseString(doc)
		if err != nil {
			return
		}
		before := string(value.Marshal(root))
		v, found, err := p.Eval(root)
		if after := string(value.Marshal(root)); after != before {
			t.Fatalf("Eval(%q) modified the document", path)
		}
		if err != nil {
			if found || v != nil {
				t.Fatalf("Eval(%q): a value and an error", path)
			}
			return
		}
		if _, isList := v.([]value.Value); !p.IsDefinite() && (!found || !isList) {
			t.Fatalf("Eval(%q): indefinite path gave %v, found=%v", path, v, found)
		}
		_ = p.Canonical()
		if p.IsReference() {
			if _, err := Set(root, p, "x"); err == nil && string(value.Marshal(root)) != before {
				t.Fatalf("Set(%q) modified the document", path)
			}
		}
	})
}
