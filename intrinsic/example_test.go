package intrinsic_test

import (
	"fmt"

	"github.com/stepwise-go/stepwise/intrinsic"
)

func Example() {
	src := `States.Format('Order {} of {}',$.id,States.MathAdd($.n, 1, 2))`
	if !intrinsic.LooksLikeCall(src) {
		return
	}
	c, err := intrinsic.Parse(src)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c)
	for _, a := range c.Args {
		fmt.Println(a.Kind, a)
	}
	for _, err := range intrinsic.Check(c) {
		fmt.Println(err)
	}
	fmt.Println(intrinsic.Quote("{braces} and 'quotes'"))
	// Output:
	// States.Format('Order {} of {}', $.id, States.MathAdd($.n, 1, 2))
	// String 'Order {} of {}'
	// Path $.id
	// Nested States.MathAdd($.n, 1, 2)
	// at 50: States.MathAdd takes 2 arguments, got 3
	// '\{braces\} and \'quotes\''
}
