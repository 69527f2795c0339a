package jsonata_test

import (
	"fmt"

	"github.com/stepwise-go/stepwise/jsonata"
	"github.com/stepwise-go/stepwise/value"
)

func ExampleProgram_Eval() {
	p, err := jsonata.CompileString(`$sum(Order.Product.(Price * Quantity))`)
	if err != nil {
		panic(err)
	}
	input, _ := value.ParseString(`{"Order":[{"Product":[{"Price":2.5,"Quantity":4},{"Price":1,"Quantity":3}]}]}`)
	total, err := p.Eval(input, nil)
	fmt.Println(total, err)

	_, err = jsonata.CompileString(`"a" + 1`)
	fmt.Println(err)
	p, _ = jsonata.CompileString(`"a" + 1`)
	_, err = p.Eval(nil, nil)
	fmt.Println(err.(*jsonata.Error).Code, err.(*jsonata.Error).Msg)
	// Output:
	// 13 <nil>
	// <nil>
	// T2001 The left side of the "+" operator must evaluate to a number
}
