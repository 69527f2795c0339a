package jsonpath

import (
	"errors"
	"strings"
	"testing"

	"github.com/stepwise-go/stepwise/value"
)

// evalDoc is the document the evaluation table reads.
const evalDoc = `{"store":{"book":[
 {"category":"reference","author":"Rees","title":"Sayings","price":8.95,"tags":["a","b"]},
 {"category":"fiction","author":"Waugh","title":"Sword","price":12.99,"isbn":"x","tags":["b"]},
 {"category":"fiction","author":"Tolkien","title":"Rings","isbn":"y","price":22.99,"tags":[]}],
 "bicycle":{"color":"red","price":19.95}},
 "limit":10,"n":[3,1,2],"empty":[],"o":{"x":null,"y":false},"k\\\"q":1,"s":"1","nul":null}`

var evalCases = []struct {
	path string
	want string // JSON; "-" for not found
}{
	// Definite paths.
	{`$`, `{"store":"…"}`},
	{`$.limit`, `10`},
	{`$.store.bicycle.color`, `"red"`},
	{`$['store']['bicycle']['color']`, `"red"`},
	{`$.n[0]`, `3`},
	{`$.n[-1]`, `2`},
	{`$.o.x`, `null`},
	{`$['k\"q']`, `1`},
	{`$.missing`, `-`},
	{`$.limit.x`, `-`},
	{`$.n[3]`, `-`},
	{`$.n[-4]`, `-`},
	{`$.o.x.y`, `-`},
	{`$.n.x`, `-`},
	// Wildcards, unions, slices.
	{`$.n[*]`, `[3,1,2]`},
	{`$.store.bicycle.*`, `["red",19.95]`},
	{`$.o[*]`, `[null,false]`},
	{`$.limit[*]`, `[]`},
	{`$.missing[*]`, `[]`},
	{`$.n[0,2]`, `[3,2]`},
	{`$.n[0,7]`, `[3]`},
	{`$.store.bicycle['color','price']`, `[{"color":"red","price":19.95}]`},
	{`$.store.bicycle['color','nope']`, `[{"color":"red"}]`},
	{`$.store.book[*]['author','nope']`, `[{"author":"Rees"},{"author":"Waugh"},{"author":"Tolkien"}]`},
	{`$.n[1:]`, `[1,2]`},
	{`$.n[:2]`, `[3,1]`},
	{`$.n[-2:]`, `[1,2]`},
	{`$.n[:-1]`, `[3,1]`},
	{`$.n[0:5]`, `[3,1,2]`},
	{`$.n[-2:1]`, `[1,2,3]`},
	{`$.n[2:1]`, `[]`},
	{`$.empty[1:]`, `[]`},
	{`$.limit[1:]`, `[]`},
	// Recursive descent.
	{`$..author`, `["Rees","Waugh","Tolkien"]`},
	{`$.store..price`, `[8.95,12.99,22.99,19.95]`},
	{`$..book[1].title`, `["Sword"]`},
	{`$..tags[0]`, `["a","b"]`},
	{`$..nothing`, `[]`},
	{`$..o.*`, `[null,false]`},
	// Filters.
	{`$.store.book[?(@.isbn)].title`, `["Sword","Rings"]`},
	{`$.store.book[?(!@.isbn)].title`, `["Sayings"]`},
	{`$.store.book[?(@.price < 10)].title`, `["Sayings"]`},
	{`$.store.book[?(@.price <= $.limit)].title`, `["Sayings"]`},
	{`$.store.book[?(@.price > 12.99)].title`, `["Rings"]`},
	{`$.store.book[?(@.price >= 12.99)].title`, `["Sword","Rings"]`},
	{`$.store.book[?(@.category == 'fiction' && @.price < 20)].title`, `["Sword"]`},
	{`$.store.book[?(@.category != 'fiction' || @.price > 20)].title`, `["Sayings","Rings"]`},
	{`$.store.book[?(!(@.category == 'fiction'))].title`, `["Sayings"]`},
	{`$.store.book[?(@.author =~ /t.*/i)].title`, `["Rings"]`},
	{`$.store.book[?(@.author =~ /.*g.*/)].title`, `["Sword"]`},
	{`$.store.book[?(@.author =~ /T/)].title`, `[]`},
	{`$.store.book[?(@.author in ['Rees', 'Waugh'])].title`, `["Sayings","Sword"]`},
	{`$.store.book[?(@.author nin ['Rees', 'Waugh'])].title`, `["Rings"]`},
	{`$.store.book[?(@.tags subsetof ['a', 'b'])].title`, `["Sayings","Sword","Rings"]`},
	{`$.store.book[?(@.tags anyof ['a'])].title`, `["Sayings"]`},
	{`$.store.book[?(@.tags noneof ['a'])].title`, `["Sword","Rings"]`},
	{`$.store.book[?(@.tags size 2)].title`, `["Sayings"]`},
	{`$.store.book[?(@.tags empty true)].title`, `["Rings"]`},
	{`$.store.book[?(@.tags contains 'b')].title`, `["Sayings","Sword"]`},
	{`$.store.book[?(@.title contains 'ing')].title`, `["Sayings","Rings"]`},
	{`$.store.book[?(@.missing == null)].title`, `[]`},
	{`$.store.book[?(@.missing != 1)].title`, `["Sayings","Sword","Rings"]`},
	{`$.store.book[?(@.tags.length() > 1)].title`, `["Sayings"]`},
	{`$.n[?(@ > 1)]`, `[3,2]`},
	{`$.n[?(@ == '1')]`, `[1]`},
	{`$.store.bicycle[?(@.color == 'red')].price`, `[19.95]`},
	{`$.store.bicycle[?(@.color == 'blue')].price`, `[]`},
	{`$.store.book[?(@.price > 20)]`, `[{"category":"fiction","author":"Tolkien","title":"Rings","isbn":"y","price":22.99,"tags":[]}]`},
	{`$..book[?(@.isbn == 'y')].author`, `["Tolkien"]`},
	// Functions.
	{`$.n.length()`, `3`},
	{`$.store.length()`, `2`},
	{`$.limit.length()`, `null`},
	{`$.n.sum()`, `6`},
	{`$.n.min()`, `1`},
	{`$.n.max()`, `3`},
	{`$.n.avg()`, `2`},
	{`$.n.stddev()`, `0.8164965809277263`},
	{`$.n.sum(4, $.limit)`, `20`},
	{`$.n.first()`, `3`},
	{`$.n.last()`, `2`},
	{`$.n.index(-2)`, `1`},
	{`$.o.keys()`, `["x","y"]`},
	{`$.store.book[*].tags.concat('!')`, `["ab!","b!","!"]`},
	{`$.n.append(4, 'x')`, `[3,1,2,4,"x"]`},
	{`$..price.max()`, `22.99`},
	{`$..book.length()`, `1`},
	{`$.store.book[*].tags.length()`, `[2,1,0]`},
	{`$.missing.length()`, `-`},
}

func TestEval(t *testing.T) {
	doc, err := value.ParseString(evalDoc)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range evalCases {
		p, err := Parse(tc.path)
		if err != nil {
			t.Errorf("Parse(%q): %v", tc.path, err)
			continue
		}
		got, found, err := p.Eval(doc)
		if err != nil {
			t.Errorf("Eval(%q): %v", tc.path, err)
			continue
		}
		switch {
		case tc.want == "-":
			if found {
				t.Errorf("Eval(%q) = %s, want not found", tc.path, value.Marshal(got))
			}
			continue
		case !found:
			t.Errorf("Eval(%q): not found, want %s", tc.path, tc.want)
			continue
		case strings.Contains(tc.want, "…"):
			if got != doc {
				t.Errorf("Eval(%q) is not the document itself", tc.path)
			}
			continue
		}
		want, err := value.ParseString(tc.want)
		if err != nil {
			t.Fatalf("bad want %q: %v", tc.want, err)
		}
		if !value.Equal(got, want) {
			t.Errorf("Eval(%q) = %s, want %s", tc.path, value.Marshal(got), tc.want)
		}
		if _, isList := got.([]value.Value); !isList && !p.IsDefinite() {
			t.Errorf("Eval(%q) is indefinite but returned %s", tc.path, value.Marshal(got))
		}
	}
}

func TestEvalErrors(t *testing.T) {
	doc, _ := value.ParseString(evalDoc)
	for _, path := range []string{`$.empty.sum()`, `$.limit.avg()`, `$.empty.first()`, `$.o.last()`, `$.n.index('a')`, `$[(@.length-1)]`, `$.o[?(@.k == FooBar)]`} {
		p, err := Parse(path)
		if err != nil {
			t.Errorf("Parse(%q): %v", path, err)
			continue
		}
		if v, found, err := p.Eval(doc); err == nil {
			t.Errorf("Eval(%q) = %s, %v; want an error", path, value.Marshal(v), found)
		}
	}
}

func TestEvalBudget(t *testing.T) {
	// A binary tree 16 levels deep whose halves are shared: 2^17 nodes.
	var items value.Value = 1.0
	for range 16 {
		items = []value.Value{items, items}
	}
	p, _ := Parse(`$..*..*`)
	_, _, err := p.Eval(items)
	if !errors.Is(err, ErrBudget) {
		t.Errorf("deep nested descent: err = %v, want ErrBudget", err)
	}
	p, _ = Parse(`$..*`)
	if _, _, err := p.Eval(items); err != nil {
		t.Errorf("single descent: %v", err)
	}
}

func TestFilterRejects(t *testing.T) {
	cases := []struct{ in, msg string }{
		{`$.a[?(@.b == %x)]`, "unexpected"},
		{`$.a[?(@.b ==)]`, "missing operand"},
		{`$.a[?(@.b == 'x' &&)]`, "missing operand"},
		{`$.a[?(1)]`, "needs a path or a comparison"},
		{`$.a[?(@.b =~ 'x')]`, "/regex/"},
		{`$.a[?(@.b =~ /a**/)]`, "invalid regex"},
		{`$.a[?(@.b == 'x' @.c)]`, "unexpected"},
		{`$.a[?(@.b == [1,)]`, ""},
		{`$.a.nope()`, "unknown function"},
		{`$.a.sum(/x/)`, "regex"},
	}
	for _, tc := range cases {
		_, err := Parse(tc.in)
		var pe *Error
		if !errors.As(err, &pe) || !strings.Contains(pe.Msg, tc.msg) || pe.Pos < 0 || pe.Pos > len(tc.in) {
			t.Errorf("Parse(%q) = %v, want an error about %q", tc.in, err, tc.msg)
		}
	}
}

func TestIsDefinite(t *testing.T) {
	cases := map[string]bool{`$`: true, `$.a[0].b`: true, `$.a[-1]`: true, `$.a.length()`: true, `$..a.length()`: true,
		`$.a[*]`: false, `$..a`: false, `$.a[0,1]`: false, `$.a[1:]`: false, `$.a[?(@.x)]`: false, `$.a[*].length()`: false}
	for in, want := range cases {
		p, _ := Parse(in)
		if got := p.IsDefinite(); got != want {
			t.Errorf("IsDefinite(%q) = %v, want %v", in, got, want)
		}
	}
	var nilPath *Path
	if nilPath.IsDefinite() {
		t.Error("nil path is not definite")
	}
}

func TestCanonical(t *testing.T) {
	cases := map[string]string{
		`$`:                     `$`,
		`$.a.b[0]`:              `$['a']['b'][0]`,
		`$$.Execution.Input`:    `$['Execution']['Input']`,
		`$var.x`:                `$['x']`,
		`$['a b']["c"]`:         `$['a b']['c']`,
		`$.a[*]..b`:             `$['a'][*]..['b']`,
		`$.a[0,1]['x','y']`:     `$['a'][0,1]['x','y']`,
		`$.a[1:][:2][-1:][1:3]`: `$['a'][1:][:2][-1:][1:3]`,
		`$.a[?(@.b)].length()`:  `$['a'][?].length()`,
	}
	for in, want := range cases {
		p, err := Parse(in)
		if err != nil {
			t.Fatalf("Parse(%q): %v", in, err)
		}
		if got := p.Canonical(); got != want {
			t.Errorf("Canonical(%q) = %s, want %s", in, got, want)
		}
	}
}

func TestEvalHandBuiltPath(t *testing.T) {
	p := &Path{Raw: "$.a", Segments: []Segment{{Kind: Field, Name: "a", Text: ".a"}}}
	doc, _ := value.ParseString(`{"a":5}`)
	if v, found, err := p.Eval(doc); err != nil || !found || v != 5.0 {
		t.Errorf("hand-built path: %v %v %v", v, found, err)
	}
	var nilPath *Path
	if _, _, err := nilPath.Eval(doc); err == nil {
		t.Error("nil path must fail")
	}
}
