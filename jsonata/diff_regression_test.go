package jsonata

import (
	"testing"

	"github.com/stepwise-go/stepwise/value"
)

// TestDifferentialFindings keeps the disagreements with jsonata-js 2.0.6
// that the differential tests found, each with jsonata-js's answer, so
// that they stay fixed without Node.js.
func TestDifferentialFindings(t *testing.T) {
	cases := []struct {
		src, input string
		want       string // the value as JSON; "" = undefined
	}{
		// A predicate that evaluates to numbers keeps an item once per
		// number that selects it (TestEvalAgainstJsonataJS, 20,000
		// expressions of seed 20261205).
		{`{"a": $reverse($.b[$map(-0, function($v, $i) { [$v, $i] })])}`, `"x"`, `{"a":[null,null]}`},
		{`[1,2,3][[0,0]]`, `null`, `[1,1]`},
		{`a[[0,0,1]]`, `{"a":[1,2,3]}`, `[1,1,2]`},
		{`a#$i[[0,0]]`, `{"a":[1,2,3]}`, `[1,1]`},
		{`$count(a[[1,1]])`, `{"a":[1,2,3]}`, `2`},
		{`a[[0,0]].$string()`, `{"a":[1,2,3]}`, `["1","1"]`},
		{`a[[0,-3]]`, `{"a":[1,2,3]}`, `[1,1]`},
		{`a[[0.5,0]]`, `{"a":[1,2,3]}`, `[1,1]`},
		// ... and an undefined step is one undefined item to filter.
		{`b[[0,0]]`, `{"a":1}`, `[null,null]`},
		{`$nothing[[0,0]]`, `{"a":1}`, `[null,null]`},
		{`b[true][[0,0]]`, `{"a":1}`, `[null,null]`},
		{`$count(b[[0,0]])`, `{"a":1}`, `2`},
		{`b[[0,0]].c`, `{"a":1}`, ``},
		{`b[[0]]`, `{"a":1}`, ``},
		{`b[0]`, `{"a":1}`, ``},
	}
	for _, c := range cases {
		in, err := value.ParseString(c.input)
		if err != nil {
			t.Fatalf("%s: input: %v", c.src, err)
		}
		got, err := mustEval(t, c.src, in, nil)
		if err != nil {
			t.Errorf("%s: %v, want %s", c.src, err, c.want)
			continue
		}
		if s := string(value.Marshal(toPlain(got))); s != c.want {
			t.Errorf("%s over %s = %s, want %s", c.src, c.input, s, c.want)
		}
	}
}
