package jsonpath_test

import (
	"fmt"

	"github.com/stepwise-go/stepwise/jsonpath"
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
