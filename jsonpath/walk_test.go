package jsonpath

import (
	"testing"

	"github.com/stepwise-go/stepwise/value"
)

// A simple path (single names and indexes) is walked directly; it must
// select exactly what the general evaluator selects.
func TestSimplePathWalksLikeTheEvaluator(t *testing.T) {
	doc, err := value.ParseString(`{"a": {"b": [10, {"c": "x"}, null]}, "n": null, "s": "str", "arr": [1, 2]}`)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path   string
		simple bool
	}{
		{"$", true},
		{"$.a", true},
		{"$.a.b[0]", true},
		{"$.a.b[-1]", true},
		{"$.a.b[-3]", true},
		{"$.a.b[-4]", true},
		{"$.a.b[5]", true},
		{"$.a.b[1].c", true},
		{"$['a']['b'][1]", true},
		{"$.n", true},
		{"$.n.x", true},
		{"$.s[0]", true},
		{"$.arr.x", true},
		{"$.missing", true},
		{"$.a.b[0,1]", false},
		{"$.a.*", false},
		{"$.a.b[0:1]", false},
		{"$..c", false},
		{"$.arr.length()", false},
		{"$.a.b[?(@.c)]", false},
		{"$['a','s']", false},
	}
	for _, tt := range tests {
		p, err := Parse(tt.path)
		if err != nil {
			t.Fatalf("%s: %v", tt.path, err)
		}
		if p.prog.simple != tt.simple {
			t.Errorf("%s: simple = %v, want %v", tt.path, p.prog.simple, tt.simple)
		}
		got, gotFound, gotErr := p.Eval(doc)
		want, wantFound, wantErr := p.eval(doc, doc, &evaluator{})
		if gotFound != wantFound || (gotErr == nil) != (wantErr == nil) || !value.Equal(got, want) {
			t.Errorf("%s: Eval = %s %v %v, evaluator = %s %v %v", tt.path,
				value.Marshal(got), gotFound, gotErr, value.Marshal(want), wantFound, wantErr)
		}
	}
}
