package intrinsic

import (
	"math"

	"github.com/stepwise-go/stepwise/value"
)

// ordinals name argument positions in failure causes.
var ordinals = []string{"first", "second", "third"}

// ordinal names argument i ("first", …).
func ordinal(i int) string {
	if i < len(ordinals) {
		return ordinals[i]
	}
	return "later"
}

// stringArg returns argument i, which must be a string.
func stringArg(n *node, args []value.Value, i int) (string, error) {
	s, ok := args[i].(string)
	if !ok {
		return "", fail(n, "the %s argument must be a string, got %s", ordinal(i), describe(args[i]))
	}
	return s, nil
}

// arrayArg returns argument i, which must be an array.
func arrayArg(n *node, args []value.Value, i int) ([]value.Value, error) {
	a, ok := args[i].([]value.Value)
	if !ok {
		return nil, fail(n, "the %s argument must be an array, got %s", ordinal(i), describe(args[i]))
	}
	return a, nil
}

// objectArg returns argument i, which must be an object.
func objectArg(n *node, args []value.Value, i int) (*value.Object, error) {
	o, ok := args[i].(*value.Object)
	if !ok {
		return nil, fail(n, "the %s argument must be a JSON object, got %s", ordinal(i), describe(args[i]))
	}
	return o, nil
}

// intArg returns argument i, which must be a number, rounded half up
// (Java's Math.round) to an integer in the range of a Java int. AWS
// rounds this way in States.MathAdd and accepts fractions in
// States.MathRandom (rec: intrinsic_functions/test_math_add,
// test_math_random[0]); the other integer arguments are taken alike.
func intArg(n *node, args []value.Value, i int) (int, error) {
	f, ok := args[i].(float64)
	if !ok {
		return 0, fail(n, "the %s argument must be a number, got %s", ordinal(i), describe(args[i]))
	}
	r := math.Floor(f + 0.5)
	if r < math.MinInt32 || r > math.MaxInt32 {
		return 0, fail(n, "the %s argument %s is out of the integer range", ordinal(i), javaNumber(f))
	}
	return int(r), nil
}

// describe shows a value in a failure cause: its JSON, cut short.
func describe(v value.Value) string {
	s := javaJSON(v)
	if len(s) > 100 {
		s = s[:100] + "…"
	}
	return s
}

// maxStringInput is the most characters States.Base64Encode,
// States.Base64Decode and States.Hash accept.
const maxStringInput = 10000
