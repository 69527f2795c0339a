package jsonpath

import (
	"fmt"
	"math"
	"strings"

	"github.com/stepwise-go/stepwise/value"
)

// function is a compiled trailing function call such as ".sum()".
type function struct {
	name string
	args []operand
	impl func(f *function, model value.Value, args []value.Value) (value.Value, error)
}

// pathFunctions are the functions Jayway JsonPath 2.9 defines, by name.
var pathFunctions = map[string]func(f *function, model value.Value, args []value.Value) (value.Value, error){
	"length": fnLength,
	"min":    aggregate(func(ns []float64) float64 { return slicesMin(ns) }),
	"max":    aggregate(func(ns []float64) float64 { return slicesMax(ns) }),
	"sum":    aggregate(sum),
	"avg":    aggregate(func(ns []float64) float64 { return sum(ns) / float64(len(ns)) }),
	"stddev": aggregate(stddev),
	"first":  fnFirst,
	"last":   fnLast,
	"index":  fnIndex,
	"keys":   fnKeys,
	"concat": fnConcat,
	"append": fnAppend,
}

// compileFunction parses ".name(args)": each argument is a path (from $
// or @, both read from the document root, as in Jayway) or a literal.
func compileFunction(seg Segment) (*function, *Error) {
	impl, ok := pathFunctions[seg.Name]
	if !ok {
		return nil, errorf(seg.Pos, "unknown function %q; Jayway has avg, append, concat, first, index, keys, last, length, max, min, stddev and sum", seg.Name)
	}
	f := &function{name: seg.Name, impl: impl}
	open := strings.IndexByte(seg.Text, '(')
	body := seg.Text[open+1 : len(seg.Text)-1]
	if strings.TrimSpace(body) == "" {
		return f, nil
	}
	fp := &fparser{src: body, base: seg.Pos + open + 1}
	for {
		op, err := fp.operand()
		if err != nil {
			return nil, err
		}
		if _, isRegex := op.(regexOperand); isRegex {
			return nil, fp.fail("a function argument cannot be a /regex/")
		}
		f.args = append(f.args, op)
		if fp.eat(",") {
			continue
		}
		fp.space()
		if fp.pos < len(body) {
			return nil, fp.fail("unexpected %s in function arguments", quoteRune(body, fp.pos))
		}
		return f, nil
	}
}

// apply evaluates the arguments and calls the function on model.
func (f *function) apply(model, current, doc value.Value, ev *evaluator) (value.Value, error) {
	args := make([]value.Value, 0, len(f.args))
	c := &filterCtx{current: doc, root: doc, ev: ev}
	for _, a := range f.args {
		if v, ok := a.value(c); ok {
			args = append(args, v)
		}
	}
	if ev.err != nil {
		return nil, ev.err
	}
	return f.impl(f, model, args)
}

// fnLength is the length of an array or the member count of an object;
// Jayway gives null for anything else.
func fnLength(_ *function, model value.Value, _ []value.Value) (value.Value, error) {
	switch x := model.(type) {
	case []value.Value:
		return float64(len(x)), nil
	case *value.Object:
		return float64(x.Len()), nil
	}
	return value.Null, nil
}

// aggregate builds a numeric function over the numbers of the array and
// of the arguments (non-numbers are skipped); none at all is an error.
func aggregate(calc func([]float64) float64) func(*function, value.Value, []value.Value) (value.Value, error) {
	return func(f *function, model value.Value, args []value.Value) (value.Value, error) {
		var nums []float64
		collect := func(v value.Value) {
			switch x := v.(type) {
			case float64:
				nums = append(nums, x)
			case []value.Value:
				for _, item := range x {
					if n, ok := item.(float64); ok {
						nums = append(nums, n)
					}
				}
			}
		}
		if arr, ok := model.([]value.Value); ok {
			collect(arr)
		}
		for _, a := range args {
			collect(a)
		}
		if len(nums) == 0 {
			return nil, fmt.Errorf("jsonpath: %s(): Aggregation function attempted to calculate value using empty array", f.name)
		}
		return calc(nums), nil
	}
}

func sum(ns []float64) float64 {
	t := 0.0
	for _, n := range ns {
		t += n
	}
	return t
}

func slicesMin(ns []float64) float64 {
	m := ns[0]
	for _, n := range ns[1:] {
		m = math.Min(m, n)
	}
	return m
}

func slicesMax(ns []float64) float64 {
	m := ns[0]
	for _, n := range ns[1:] {
		m = math.Max(m, n)
	}
	return m
}

// stddev is the population standard deviation, as Jayway computes it.
func stddev(ns []float64) float64 {
	s, sq := 0.0, 0.0
	for _, n := range ns {
		s += n
		sq += n * n
	}
	c := float64(len(ns))
	return math.Sqrt(sq/c - s*s/c/c)
}

// sequence returns the array's item at idx (negative from the end).
func sequence(f *function, model value.Value, idx int) (value.Value, error) {
	arr, ok := model.([]value.Value)
	if !ok {
		return nil, fmt.Errorf("jsonpath: %s() needs an array, got %s", f.name, value.Kind(model))
	}
	i := idx
	if i < 0 {
		i += len(arr)
	}
	if i < 0 || i >= len(arr) {
		return nil, fmt.Errorf("jsonpath: %s(): index %d is out of range for %d items", f.name, idx, len(arr))
	}
	return arr[i], nil
}

func fnFirst(f *function, model value.Value, _ []value.Value) (value.Value, error) {
	return sequence(f, model, 0)
}

func fnLast(f *function, model value.Value, _ []value.Value) (value.Value, error) {
	return sequence(f, model, -1)
}

// fnIndex is .index(n): the item at n, negative counting from the end.
func fnIndex(f *function, model value.Value, args []value.Value) (value.Value, error) {
	if len(args) != 1 {
		return nil, fmt.Errorf("jsonpath: index() takes one number")
	}
	n, ok := args[0].(float64)
	if !ok || n != math.Trunc(n) || math.Abs(n) > 1<<31 {
		return nil, fmt.Errorf("jsonpath: index() takes one integer")
	}
	return sequence(f, model, int(n))
}

// fnKeys lists an object's member names; Jayway gives null otherwise.
func fnKeys(_ *function, model value.Value, _ []value.Value) (value.Value, error) {
	obj, ok := model.(*value.Object)
	if !ok {
		return value.Null, nil
	}
	keys := make([]value.Value, 0, obj.Len())
	for _, k := range obj.Keys() {
		keys = append(keys, k)
	}
	return keys, nil
}

// fnConcat joins the strings of an array (or a string) and the
// arguments; non-string arguments are written as text.
func fnConcat(_ *function, model value.Value, args []value.Value) (value.Value, error) {
	var b strings.Builder
	switch x := model.(type) {
	case string:
		b.WriteString(x)
	case []value.Value:
		for _, item := range x {
			if s, ok := item.(string); ok {
				b.WriteString(s)
			}
		}
	}
	for _, a := range args {
		switch x := a.(type) {
		case string:
			b.WriteString(x)
		case []value.Value:
			for _, item := range x {
				if s, ok := item.(string); ok {
					b.WriteString(s)
				} else {
					b.Write(value.Marshal(item))
				}
			}
		default:
			b.Write(value.Marshal(x))
		}
	}
	return b.String(), nil
}

// fnAppend returns a copy of the array with the arguments added; any
// other value is returned unchanged.
func fnAppend(_ *function, model value.Value, args []value.Value) (value.Value, error) {
	arr, ok := model.([]value.Value)
	if !ok {
		return model, nil
	}
	out := make([]value.Value, 0, len(arr)+len(args))
	out = append(out, arr...)
	return append(out, args...), nil
}
