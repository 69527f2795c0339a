package jsonata_test

import (
	"fmt"

	"github.com/stepwise-go/stepwise/jsonata"
)

func Example() {
	e, err := jsonata.ParseTemplate(`{% $partition($states.input.items[price > $min], $size) %}`)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(e.Functions())
	fmt.Println(e.Variables())

	_, err = jsonata.ParseTemplate(`{% $states.input.count ?? 0 %}`)
	fmt.Println(err)
	// Output:
	// [$partition]
	// [states min size]
	// at 25: The symbol "?" cannot be used as a unary operator
}

func ExampleParse() {
	for _, expr := range []string{
		`$states.input.orders ~> $map(function($o){ $o.id })`,
		`$sum($states.input.items.(price * qty)`,
		`420.`,
	} {
		if _, err := jsonata.Parse(expr); err != nil {
			fmt.Printf("%-50s %v\n", expr, err)
			continue
		}
		fmt.Printf("%-50s ok\n", expr)
	}
	// Output:
	// $states.input.orders ~> $map(function($o){ $o.id }) ok
	// $sum($states.input.items.(price * qty)             at 38: Expected ")" before end of expression
	// 420.                                               at 4: Unexpected end of expression
}

func ExampleUnknownFunctions() {
	e, _ := jsonata.Parse(`$uuid() & $uppercase($states.input.id) & $myHelper(1) & $eval("1")`)
	fmt.Println(jsonata.UnknownFunctions(e))
	for _, err := range jsonata.Forbidden(e) {
		fmt.Println(err)
	}
	// Output:
	// [$myHelper]
	// at 56: $eval is not available in AWS Step Functions (use $parse to read JSON text)
}
