package jsonata

import (
	"errors"
	"strings"
	"testing"
)

// deepInputs are nested past MaxDepth: Parse must return an error, not
// overflow the stack.
var deepInputs = []string{
	strings.Repeat("(", 100000),
	strings.Repeat("(", 600) + "1" + strings.Repeat(")", 600),
	strings.Repeat("[", 5000) + strings.Repeat("]", 5000),
	strings.Repeat("-", 100000) + "1",
	strings.Repeat("a.", 50000) + "a",
	strings.Repeat("1+", 50000) + "1",
	strings.Repeat("a ? 1 : ", 5000) + "2",
	strings.Repeat("$f(", 3000) + strings.Repeat(")", 3000),
	strings.Repeat("{\"a\":", 3000) + "1" + strings.Repeat("}", 3000),
	strings.Repeat("function($x){", 2000) + "1" + strings.Repeat("}", 2000),
	strings.Repeat("a[", 4000) + "1" + strings.Repeat("]", 4000),
}

func TestDeepNesting(t *testing.T) {
	for _, in := range deepInputs {
		_, err := Parse(in)
		var e *Error
		if !errors.As(err, &e) {
			t.Errorf("Parse(%.20q…): err = %v, want an *Error", in, err)
		}
	}
	// Just inside the limit is fine.
	ok := strings.Repeat("(", MaxDepth/2-1) + "1" + strings.Repeat(")", MaxDepth/2-1)
	if _, err := Parse(ok); err != nil {
		t.Errorf("Parse of %d nested blocks: %v", MaxDepth/2-1, err)
	}
}

func checkFuzzResult(t *testing.T, s string, e *Expr, err error) {
	t.Helper()
	if err != nil {
		var perr *Error
		if !errors.As(err, &perr) {
			t.Fatalf("error %T, want *Error", err)
		}
		// jsonata-js reports a \u escape cut short by the end of the
		// expression up to 3 units past the end (see lexer.stringLit).
		if perr.Pos < 0 || perr.Pos > len(s)+3 {
			t.Fatalf("error position %d outside the input (%d bytes): %v", perr.Pos, len(s), perr)
		}
		if perr.Msg == "" {
			t.Fatalf("error without a message at %d", perr.Pos)
		}
		if p := perr.Position(s); p < -1 || p > len(s)+3 || (p == -1) != perr.NoPosition {
			t.Fatalf("Position %d for Pos %d of %d bytes: %v", p, perr.Pos, len(s), perr)
		}
		perr.Fields(s)
		return
	}
	if e == nil || e.Root == nil {
		t.Fatal("no error and no tree")
	}
	Walk(e.Root, func(n *Node) bool {
		if n.Kind == KindInvalid || n.Pos < 0 || n.Pos > len(e.Source) || e.Source != s[e.Offset:e.Offset+len(e.Source)] {
			t.Fatalf("bad node %v at %d", n.Kind, n.Pos)
		}
		return true
	})
	e.Functions()
	e.Variables()
	UnknownFunctions(e)
	for _, f := range Forbidden(e) {
		if f.Pos < e.Offset || f.Pos > len(s) {
			t.Fatalf("Forbidden position %d outside the expression", f.Pos)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range tableExpressions() {
		f.Add(s)
	}
	for _, s := range randomExpressions(200, 1) {
		f.Add(s)
	}
	for _, s := range deepInputs {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e, err := Parse(s)
		checkFuzzResult(t, s, e, err)
	})
}

func FuzzParseTemplate(f *testing.F) {
	for _, s := range tableExpressions() {
		f.Add("{% " + s + " %}")
	}
	for _, s := range templateCases {
		f.Add(s.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e, err := ParseTemplate(s)
		checkFuzzResult(t, s, e, err)
		if err == nil && !IsTemplate(s) {
			t.Fatalf("ParseTemplate(%q) accepted a string IsTemplate rejects", s)
		}
		if IsTemplate(s) {
			_, perr := Parse(s[2 : len(s)-2])
			if (perr == nil) != (err == nil) {
				t.Fatalf("ParseTemplate(%q) = %v, Parse of the body = %v", s, err, perr)
			}
		}
	})
}
