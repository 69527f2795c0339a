package jsonata

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stepwise-go/stepwise/value"
)

// Paths of field names over many items run on nameRun, which must
// flatten exactly one level per step as evaluateStep does and keep a
// lone array of the last step as it is. The wants are jsonata-js 2.0.6's.
func TestNameRunsFlattenAsJsonataJS(t *testing.T) {
	for _, c := range []struct{ expr, doc, want string }{
		{`a.b`, `{"a": [[{"b":1}], {"b":2}]}`, `[1,2]`},
		{`a.b`, `{"a": [{"b": [5]}]}`, `[5]`},
		{`a.b`, `{"a": [{"b": [5]}, {"b": [6,7]}]}`, `[5,6,7]`},
		{`a.b.c`, `{"a": [{"b": [{"c": 1}, {"d": 2}]}, {"b": {"c": [3, [4]]}}]}`, `[1,3,[4]]`},
		{`a.b.c`, `{"a": [{"x": 1}, {"y": 2}]}`, ``},
		{`a.b`, `{"a": [{"b": [[1,2]]}, {"b": 3}]}`, `[[1,2],3]`},
		{`a.b`, `{"a": [[[{"b": 1}]], [{"b": [2]}]]}`, `[1,2]`},
		{`a.b.c`, `{"a": [{"b": []}, {"b": [[]]}]}`, ``},
		{`$count(a.b.c)`, `{"a": [{"b": [{"c": 1}, {"c": 2}]}, {"b": {"c": 3}}]}`, `3`},
		{`a.b.c[]`, `{"a": [{"b": {"c": 1}}, {"b": {}}]}`, `[1]`},
	} {
		doc, err := value.ParseString(c.doc)
		if err != nil {
			t.Fatal(err)
		}
		for range 2 { // again, with the pooled state's buffers
			v, err := mustEval(t, c.expr, doc, nil)
			if err != nil {
				t.Fatalf("%s on %s: %v", c.expr, c.doc, err)
			}
			got := ""
			if v != nil {
				got = string(value.Marshal(v))
			}
			if got != c.want {
				t.Errorf("%s on %s = %s, want %s", c.expr, c.doc, got, c.want)
			}
		}
	}
}

// The fast paths (simpleSteps, nameRun) against the general loop on
// generated documents and paths: a program whose paths have no runs
// takes the general loop everywhere.
func TestFastPathsMatchTheGeneralLoop(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	names := []string{"a", "b", "c"}
	var gen func(depth int) any
	gen = func(depth int) any {
		r := rng.IntN(100)
		switch {
		case depth > 3 || r < 25:
			return []any{1.0, 2.5, "s", nil, true, []any{}, map[string]any{}, []any{1.0, 2.0}}[rng.IntN(8)]
		case r < 55:
			items := make([]any, rng.IntN(4))
			for i := range items {
				items[i] = gen(depth + 1)
			}
			return items
		}
		o := map[string]any{}
		for range rng.IntN(4) {
			o[names[rng.IntN(3)]] = gen(depth + 1)
		}
		return o
	}
	forms := []string{"%s", "$.%s", "$count(%s)", "%s[]", "[%s]", "a.(%s)", "$map([1,2], function($x){ %s })", "%s[0]"}
	for i := 0; i < 3000; i++ {
		steps := make([]string, 1+rng.IntN(4))
		for k := range steps {
			steps[k] = names[rng.IntN(3)]
		}
		src := fmt.Sprintf(forms[rng.IntN(len(forms))], strings.Join(steps, "."))
		doc, err := value.FromGo(gen(0))
		if err != nil {
			t.Fatal(err)
		}
		fast, err := CompileString(src)
		if err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		general, _ := CompileString(src)
		walkCompiled(general.root, func(c *cnode) { c.runs = nil })
		got, gerr := fast.Eval(doc, nil)
		want, werr := general.Eval(doc, nil)
		if (gerr == nil) != (werr == nil) || string(value.Marshal(got)) != string(value.Marshal(want)) {
			t.Fatalf("%s on %s: fast path %s (%v), general loop %s (%v)", src, value.Marshal(doc),
				value.Marshal(got), gerr, value.Marshal(want), werr)
		}
	}
}
