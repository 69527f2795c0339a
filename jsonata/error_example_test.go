package jsonata_test

import (
	"errors"
	"fmt"

	"github.com/stepwise-go/stepwise/jsonata"
	"github.com/stepwise-go/stepwise/value"
)

// Fields gives a syntax error as jsonata-js 2.0.6 throws it: the position
// counts UTF-16 units (the emoji counts two) and is just after the token
// the parser stood on, here the end of the expression.
func ExampleError_Fields() {
	src := `"😀" & $substring("abc", 1`
	_, err := jsonata.Parse(src)
	var je *jsonata.Error
	if errors.As(err, &je) {
		fmt.Println(string(value.Marshal(je.Fields(src))))
	}
	// Output:
	// {"code":"S0203","message":"Expected \")\" before end of expression","position":26,"token":"(end)","value":")"}
}

// Position converts Pos, a byte offset, into jsonata-js's UTF-16 units.
func ExampleError_Position() {
	src := `"é😀" + 1`
	p, err := jsonata.CompileString(src)
	if err == nil {
		_, err = p.Eval(nil, nil)
	}
	var je *jsonata.Error
	if errors.As(err, &je) {
		fmt.Println(je.Code, je.Pos, je.Position(src))
	}
	// Output:
	// T2001 10 7
}
