package jsonata

import (
	"math"

	"github.com/stepwise-go/stepwise/value"
)

// Built-ins of aggregation, numbers and booleans. Arguments have been
// validated against the function's signature.

func numbersOf(v value.Value) []value.Value {
	items, _ := arrayItems(v)
	return items
}

func fnSum(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	if args[0] == nil {
		return nil, nil
	}
	total := 0.0
	for _, n := range numbersOf(args[0]) {
		total += n.(float64)
	}
	return total, nil
}

func fnCount(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	if args[0] == nil {
		return 0.0, nil
	}
	return boxNumber(float64(arrayLen(args[0]))), nil
}

func fnMax(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	items := numbersOf(args[0])
	if len(items) == 0 {
		return nil, nil
	}
	m := math.Inf(-1)
	for _, n := range items {
		f := n.(float64)
		if math.IsNaN(f) {
			return math.NaN(), nil
		}
		m = math.Max(m, f)
	}
	return m, nil
}

func fnMin(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	items := numbersOf(args[0])
	if len(items) == 0 {
		return nil, nil
	}
	m := math.Inf(1)
	for _, n := range items {
		f := n.(float64)
		if math.IsNaN(f) {
			return math.NaN(), nil
		}
		m = math.Min(m, f)
	}
	return m, nil
}

func fnAverage(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	items := numbersOf(args[0])
	if len(items) == 0 {
		return nil, nil
	}
	total := 0.0
	for _, n := range items {
		total += n.(float64)
	}
	return total / float64(len(items)), nil
}

func fnNumber(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	switch x := args[0].(type) {
	case nil:
		return nil, nil
	case float64:
		return x, nil
	case bool:
		if x {
			return 1.0, nil
		}
		return 0.0, nil
	case string:
		if f, ok := parseJSONataNumber(x); ok {
			return f, nil
		}
	}
	return nil, &Error{Code: "D3030", Value: args[0], HasValue: true, Index: 1}
}

func fnFloor(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	if args[0] == nil {
		return nil, nil
	}
	return math.Floor(args[0].(float64)), nil
}

func fnCeil(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	if args[0] == nil {
		return nil, nil
	}
	return math.Ceil(args[0].(float64)), nil
}

func fnAbs(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	if args[0] == nil {
		return nil, nil
	}
	return math.Abs(args[0].(float64)), nil
}

func fnRound(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	if args[0] == nil {
		return nil, nil
	}
	p := 0.0
	if f, ok := argAt(args, 1).(float64); ok {
		p = f
	}
	return roundHalfEven(args[0].(float64), p), nil
}

// roundHalfEven is jsonata-js $round: half to even, at precision decimal
// places, shifting by the exponent of the decimal text as it does.
func roundHalfEven(arg, precision float64) float64 {
	if precision != 0 {
		arg = shiftDecimal(arg, precision)
	}
	result := math.Floor(arg + 0.5) // JavaScript Math.round
	diff := result - arg
	if math.Abs(diff) == 0.5 && math.Abs(math.Mod(result, 2)) == 1 {
		result--
	}
	if precision != 0 {
		result = shiftDecimal(result, -precision)
	}
	if result == 0 {
		result = 0 // no negative zero
	}
	return result
}

// shiftDecimal is +(mantissa + "e" + (exponent + by)) on x's JavaScript
// text.
func shiftDecimal(x, by float64) float64 {
	s := value.FormatNumber(x)
	mant, exp := s, 0.0
	for i := 0; i < len(s); i++ {
		if s[i] == 'e' {
			mant = s[:i]
			f, _ := parseFloatJS(s[i+1:])
			exp = f
			break
		}
	}
	f, _ := parseFloatJS(mant + "e" + value.FormatNumber(exp+by))
	return f
}

func fnSqrt(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	if args[0] == nil {
		return nil, nil
	}
	f := args[0].(float64)
	if f < 0 {
		return nil, &Error{Code: "D3060", Value: f, HasValue: true, Index: 1}
	}
	return math.Sqrt(f), nil
}

func fnPower(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	if args[0] == nil {
		return nil, nil
	}
	b, e := args[0].(float64), argAt(args, 1)
	ef, ok := e.(float64)
	if !ok {
		// No exponent: JavaScript's Math.pow(b, undefined) is NaN, so
		// jsonata-js reports D3061.
		ef = math.NaN()
	}
	r := math.Pow(b, ef)
	if (b == 1 || b == -1) && math.IsInf(ef, 0) || math.IsNaN(ef) {
		// Go's Pow(1, ±Inf) and Pow(1, NaN) are 1; JavaScript's NaN.
		r = math.NaN()
	}
	if math.IsNaN(r) || math.IsInf(r, 0) {
		return nil, &Error{Code: "D3061", Value: b, HasValue: true, Index: 1, Exp: e, HasExp: true}
	}
	return r, nil
}

func fnBoolean(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	return toBoolean(args[0])
}

func fnNot(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	if args[0] == nil {
		return nil, nil
	}
	b, err := toBoolean(args[0])
	if err != nil {
		return nil, err
	}
	return b != true, nil
}

func fnExists(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	return args[0] != nil, nil
}

func fnType(st *state, fc focus, args []value.Value) (value.Value, *Error) {
	v := args[0]
	switch v.(type) {
	case nil:
		return nil, nil
	case float64:
		return "number", nil
	case string:
		return "string", nil
	case bool:
		return "boolean", nil
	case []value.Value, *seq:
		return "array", nil
	case callable:
		return "function", nil
	case *value.Object:
		return "object", nil
	}
	if value.IsNull(v) {
		return "null", nil
	}
	return "object", nil
}
