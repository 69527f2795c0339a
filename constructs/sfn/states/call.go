package states

import (
	"fmt"
	"math"
	"strconv"

	"github.com/stepwise-go/stepwise/constructs/sfn"
	"github.com/stepwise-go/stepwise/intrinsic"
)

// Call is one intrinsic function call. The zero Call is not valid; make
// one with this package's functions.
type Call struct {
	call     *intrinsic.Call
	problems []string
}

var _ sfn.Dynamic = Call{}

// Expression implements sfn.Dynamic: the call's ASL text and the problems
// found when it was made.
func (c Call) Expression() (string, []string) {
	if c.call == nil {
		return "", []string{"an empty states.Call; make calls with the functions of package states"}
	}
	problems := c.problems
	for _, err := range intrinsic.Check(c.call) {
		problems = append(problems, err.Error())
	}
	return c.call.String(), problems
}

// String returns the call's ASL text.
func (c Call) String() string {
	text, _ := c.Expression()
	return text
}

// Path returns the call as an sfn.Path, for fields that take one (a
// Choice's Variable cannot). Problems recorded on the call are re-found by
// the validator from the text, except literal types Go already checked.
func (c Call) Path() sfn.Path { return sfn.Path(c.String()) }

// expect says what a parameter accepts as a literal.
type expect uint8

const (
	anyValue  expect = iota // any literal
	number                  // a number literal
	text                    // a string literal
	arrayOnly               // no literal: a path or call that yields an array
)

func (e expect) String() string {
	switch e {
	case number:
		return "a number"
	case text:
		return "a string"
	case arrayOnly:
		return "a Path or call that yields an array (ASL has no array literals)"
	}
	return "a value"
}

// param is one argument and what its parameter accepts.
type param struct {
	value any
	want  expect
}

// call builds the call of function name.
func call(name string, params ...param) Call {
	c := Call{call: &intrinsic.Call{Name: "States." + name}}
	for i, p := range params {
		arg, problem := convert(p.value, p.want)
		if problem != "" {
			c.problems = append(c.problems, fmt.Sprintf("States.%s argument %d: %s", name, i+1, problem))
		}
		c.call.Args = append(c.call.Args, arg)
	}
	return c
}

// convert turns a Go argument into an intrinsic argument.
func convert(v any, want expect) (intrinsic.Arg, string) {
	literalOK := func(kind string) string {
		if want == anyValue || want.String() == "a "+kind {
			return ""
		}
		return fmt.Sprintf("want %s, got the %s literal %v", want, kind, v)
	}
	switch v := v.(type) {
	case nil:
		return intrinsic.Arg{Kind: intrinsic.Null, Text: "null"}, literalOK("null")
	case sfn.Path:
		return intrinsic.Arg{Kind: intrinsic.Path, Text: string(v)}, ""
	case Call:
		if v.call == nil {
			return intrinsic.Arg{Kind: intrinsic.Null, Text: "null"}, "an empty states.Call"
		}
		return intrinsic.Arg{Kind: intrinsic.Nested, Call: v.call}, ""
	case string:
		return intrinsic.Arg{Kind: intrinsic.String, Text: v, Raw: intrinsic.Quote(v)}, literalOK("string")
	case bool:
		return intrinsic.Arg{Kind: intrinsic.Boolean, Text: strconv.FormatBool(v)}, literalOK("boolean")
	case int:
		return intrinsic.Arg{Kind: intrinsic.Number, Text: strconv.Itoa(v)}, literalOK("number")
	case int64:
		return intrinsic.Arg{Kind: intrinsic.Number, Text: strconv.FormatInt(v, 10)}, literalOK("number")
	case float64:
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return intrinsic.Arg{Kind: intrinsic.Number, Text: "0"}, fmt.Sprintf("%v is not a number ASL can hold", v)
		}
		return intrinsic.Arg{Kind: intrinsic.Number, Text: strconv.FormatFloat(v, 'f', -1, 64)}, literalOK("number")
	}
	return intrinsic.Arg{Kind: intrinsic.Null, Text: "null"}, fmt.Sprintf("%T cannot be an intrinsic argument (use sfn.Path, a states call, a string, a number, a bool or nil)", v)
}
