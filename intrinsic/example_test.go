package intrinsic_test

import (
	"fmt"

	"github.com/stepwise-go/stepwise/intrinsic"
	"github.com/stepwise-go/stepwise/value"
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

func ExampleProgram_Eval() {
	call, err := intrinsic.Parse(`States.Format('{} has {} items: {}', $.name, States.ArrayLength($.items), $.items)`)
	if err != nil {
		fmt.Println(err)
		return
	}
	prog, err := intrinsic.Compile(call)
	if err != nil {
		fmt.Println(err)
		return
	}
	input, _ := value.ParseString(`{"name":"cart","items":[{"sku":"a"},2.5]}`)
	out, err := prog.Eval(&intrinsic.Env{Input: input})
	fmt.Printf("%s %v\n", value.Marshal(out), err)

	// A failure carries the AWS error name and cause.
	call, _ = intrinsic.Parse(`States.ArrayGetItem($.items, 5)`)
	prog, _ = intrinsic.Compile(call)
	_, err = prog.Eval(&intrinsic.Env{Input: input})
	if f, ok := intrinsic.AsFailure(err); ok {
		fmt.Println(f.Error, "|", f.Cause)
	}
	// Output:
	// "cart has 2 items: [{sku=a}, 2.5]" <nil>
	// States.IntrinsicFailure | Invalid arguments in States.ArrayGetItem: the index 5 is out of bounds for an array of 2 items
}
