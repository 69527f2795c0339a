package states

import "github.com/stepwise-go/stepwise/intrinsic"

// Format is States.Format: template with each "{}" replaced by the next
// value (paths, calls or literals). Other braces and backslashes in template
// are escaped for you.
func Format(template string, values ...any) Call {
	c := call("Format")
	c.call.Args = append(c.call.Args, intrinsic.Arg{Kind: intrinsic.String, Text: template, Raw: intrinsic.QuoteTemplate(template)})
	for _, v := range values {
		more := call("Format", param{v, anyValue})
		c.call.Args = append(c.call.Args, more.call.Args...)
		c.problems = append(c.problems, more.problems...)
	}
	return c
}

// StringToJson is States.StringToJson: parses a JSON string.
func StringToJson(s any) Call { return call("StringToJson", param{s, text}) }

// JsonToString is States.JsonToString: serializes a value (a path) to a
// JSON string.
func JsonToString(v any) Call { return call("JsonToString", param{v, arrayOnly}) }

// Array is States.Array: an array of the values.
func Array(values ...any) Call {
	params := make([]param, len(values))
	for i, v := range values {
		params[i] = param{v, anyValue}
	}
	return call("Array", params...)
}

// ArrayPartition is States.ArrayPartition: array split into chunks of size.
func ArrayPartition(array, size any) Call {
	return call("ArrayPartition", param{array, arrayOnly}, param{size, number})
}

// ArrayContains is States.ArrayContains: whether array holds value.
func ArrayContains(array, value any) Call {
	return call("ArrayContains", param{array, arrayOnly}, param{value, anyValue})
}

// ArrayRange is States.ArrayRange: the numbers from start to end by step
// (at most 1,000 of them).
func ArrayRange(start, end, step any) Call {
	return call("ArrayRange", param{start, number}, param{end, number}, param{step, number})
}

// ArrayGetItem is States.ArrayGetItem: the element of array at index.
func ArrayGetItem(array, index any) Call {
	return call("ArrayGetItem", param{array, arrayOnly}, param{index, number})
}

// ArrayLength is States.ArrayLength: the number of elements of array.
func ArrayLength(array any) Call { return call("ArrayLength", param{array, arrayOnly}) }

// ArrayUnique is States.ArrayUnique: array without duplicates.
func ArrayUnique(array any) Call { return call("ArrayUnique", param{array, arrayOnly}) }

// Base64Encode is States.Base64Encode.
func Base64Encode(s any) Call { return call("Base64Encode", param{s, text}) }

// Base64Decode is States.Base64Decode.
func Base64Decode(s any) Call { return call("Base64Decode", param{s, text}) }

// HashAlgorithm is an algorithm of States.Hash.
type HashAlgorithm string

// The algorithms States.Hash supports.
const (
	MD5    HashAlgorithm = "MD5"
	SHA1   HashAlgorithm = "SHA-1"
	SHA256 HashAlgorithm = "SHA-256"
	SHA384 HashAlgorithm = "SHA-384"
	SHA512 HashAlgorithm = "SHA-512"
)

// Hash is States.Hash: the hash of data with algorithm.
func Hash(data any, algorithm HashAlgorithm) Call {
	return call("Hash", param{data, anyValue}, param{string(algorithm), text})
}

// JsonMerge is States.JsonMerge: object b merged into object a, shallowly
// (the only mode AWS supports, so the deep-merge flag is always false).
func JsonMerge(a, b any) Call {
	return call("JsonMerge", param{a, arrayOnly}, param{b, arrayOnly}, param{false, anyValue})
}

// MathRandom is States.MathRandom: a random integer from start (inclusive)
// to end (exclusive).
func MathRandom(start, end any) Call {
	return call("MathRandom", param{start, number}, param{end, number})
}

// MathRandomSeeded is States.MathRandom with a seed.
func MathRandomSeeded(start, end, seed any) Call {
	return call("MathRandom", param{start, number}, param{end, number}, param{seed, number})
}

// MathAdd is States.MathAdd: a + b.
func MathAdd(a, b any) Call { return call("MathAdd", param{a, number}, param{b, number}) }

// StringSplit is States.StringSplit: s split at each character of
// separators.
func StringSplit(s, separators any) Call {
	return call("StringSplit", param{s, text}, param{separators, text})
}

// UUID is States.UUID: a random version 4 UUID.
func UUID() Call { return call("UUID") }
