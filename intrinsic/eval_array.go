package intrinsic

import (
	"slices"

	"github.com/stepwise-go/stepwise/value"
)

// evalArray is States.Array(v, …): its arguments as an array.
func evalArray(_ *node, _ *Env, args []value.Value) (value.Value, error) {
	return append([]value.Value{}, args...), nil
}

// evalArrayPartition is States.ArrayPartition(array, size): chunks of
// size items, the last one possibly shorter.
func evalArrayPartition(n *node, _ *Env, args []value.Value) (value.Value, error) {
	arr, err := arrayArg(n, args, 0)
	if err != nil {
		return nil, err
	}
	size, err := intArg(n, args, 1)
	if err != nil {
		return nil, err
	}
	if size <= 0 {
		return nil, fail(n, "the chunk size must be greater than 0, got %d", size)
	}
	out := []value.Value{}
	for i := 0; i < len(arr); i += size {
		out = append(out, append([]value.Value{}, arr[i:min(i+size, len(arr))]...))
	}
	return out, nil
}

// evalArrayContains is States.ArrayContains(array, v): whether an item
// equals v (deeply).
func evalArrayContains(n *node, _ *Env, args []value.Value) (value.Value, error) {
	arr, err := arrayArg(n, args, 0)
	if err != nil {
		return nil, err
	}
	for _, item := range arr {
		if value.Equal(item, args[1]) {
			return true, nil
		}
	}
	return false, nil
}

// evalArrayRange is States.ArrayRange(start, end, step): start, start +
// step, … up to and including end, at most MaxRangeItems items.
func evalArrayRange(n *node, _ *Env, args []value.Value) (value.Value, error) {
	var b [3]int
	for i := range b {
		v, err := intArg(n, args, i)
		if err != nil {
			return nil, err
		}
		b[i] = v
	}
	start, end, step := b[0], b[1], b[2]
	if step == 0 {
		return nil, fail(n, "the step must not be 0")
	}
	count := 0
	if step > 0 && end >= start || step < 0 && end <= start {
		count = (end-start)/step + 1
	}
	if count > MaxRangeItems {
		return nil, fail(n, "the range would have %d items; at most %d are allowed", count, MaxRangeItems)
	}
	out := make([]value.Value, count)
	for i := range out {
		out[i] = float64(start + i*step)
	}
	return out, nil
}

// evalArrayGetItem is States.ArrayGetItem(array, index).
func evalArrayGetItem(n *node, _ *Env, args []value.Value) (value.Value, error) {
	arr, err := arrayArg(n, args, 0)
	if err != nil {
		return nil, err
	}
	idx, err := intArg(n, args, 1)
	if err != nil {
		return nil, err
	}
	if idx < 0 || idx >= len(arr) {
		return nil, fail(n, "the index %d is out of bounds for an array of %d items", idx, len(arr))
	}
	return arr[idx], nil
}

// evalArrayLength is States.ArrayLength(array).
func evalArrayLength(n *node, _ *Env, args []value.Value) (value.Value, error) {
	arr, err := arrayArg(n, args, 0)
	if err != nil {
		return nil, err
	}
	return float64(len(arr)), nil
}

// evalArrayUnique is States.ArrayUnique(array): the items without
// repeats, each kept where it first appears.
func evalArrayUnique(n *node, _ *Env, args []value.Value) (value.Value, error) {
	arr, err := arrayArg(n, args, 0)
	if err != nil {
		return nil, err
	}
	out := []value.Value{}
	seen := map[string]bool{}
	for _, item := range arr {
		key := canonicalKey(item)
		if !seen[key] {
			seen[key] = true
			out = append(out, item)
		}
	}
	return out, nil
}

// canonicalKey is a text for v that is the same for equal values: JSON
// with object members sorted (member order does not make objects differ).
func canonicalKey(v value.Value) string {
	return string(value.Marshal(sortedCopy(v)))
}

// sortedCopy returns v with every object's members in key order.
func sortedCopy(v value.Value) value.Value {
	switch x := v.(type) {
	case []value.Value:
		out := make([]value.Value, len(x))
		for i, item := range x {
			out[i] = sortedCopy(item)
		}
		return out
	case *value.Object:
		keys := append([]string{}, x.Keys()...)
		slices.Sort(keys)
		o := value.NewObject(len(keys))
		for _, k := range keys {
			item, _ := x.Get(k)
			o.Set(k, sortedCopy(item))
		}
		return o
	}
	return v
}
