package jsonpath_test

import (
	"fmt"

	"github.com/stepwise-go/stepwise/jsonpath"
	"github.com/stepwise-go/stepwise/value"
)

func Example() {
	p, err := jsonpath.Parse("$$.Map.Item['Value'][0]")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.Root, p.IsReference())
	for _, s := range p.Segments {
		fmt.Printf("%-6s %-10q at %d\n", s.Kind, s.Text, s.Pos)
	}

	_, err = jsonpath.Parse("$.items[?(@.price < 10]")
	fmt.Println(err)
	// Output:
	// Context true
	// Field  ".Map"     at 2
	// Field  ".Item"    at 6
	// Field  "['Value']" at 11
	// Index  "[0]"      at 20
	// at 22: expected ")" before "]"
}

func ExamplePath_Eval() {
	doc, _ := value.ParseString(`{"items":[{"sku":"a","qty":2},{"sku":"b","qty":0}],"owner":"ann"}`)
	for _, src := range []string{`$.owner`, `$.items[?(@.qty > 0)].sku`, `$..qty.sum()`, `$.missing`} {
		p, _ := jsonpath.Parse(src)
		v, found, err := p.Eval(doc)
		fmt.Printf("%-26s %-8s found=%v err=%v canonical=%s\n", src, value.Marshal(v), found, err, p.Canonical())
	}
	// Output:
	// $.owner                    "ann"    found=true err=<nil> canonical=$['owner']
	// $.items[?(@.qty > 0)].sku  ["a"]    found=true err=<nil> canonical=$['items'][?]['sku']
	// $..qty.sum()               2        found=true err=<nil> canonical=$..['qty'].sum()
	// $.missing                           found=false err=<nil> canonical=$['missing']
}

func ExampleSet() {
	input, _ := value.ParseString(`{"order":{"id":7}}`)
	p, _ := jsonpath.Parse(`$.order.result.status`)
	out, err := jsonpath.Set(input, p, "shipped")
	fmt.Println(string(value.Marshal(out)), err)
	fmt.Println(string(value.Marshal(input)))

	p, _ = jsonpath.Parse(`$.order.id.x`)
	_, err = jsonpath.Set(input, p, "shipped")
	fmt.Println(err)
	// Output:
	// {"order":{"id":7,"result":{"status":"shipped"}}} <nil>
	// {"order":{"id":7}}
	// Unable to apply ResultPath "$.order.id.x" to input {"order":{"id":7}}
}
