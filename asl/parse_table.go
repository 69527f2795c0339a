package asl

import "github.com/stepwise-go/stepwise/jsontree"

// reader reads the value v of one allowed key into dst, the model object
// being decoded (a *Pass, a *Retrier, …).
type reader[T any] func(d *decoder, dst T, v *jsontree.Value, at Location)

// fields is the allowed keys of one kind of object and how each is read.
// The tables are built once, in init, and only read afterwards: every
// decoder, on any goroutine, shares them, so parsing a state makes no map
// and no closure.
type fields[T any] map[string]reader[T]

// field makes a reader from a value reader (one of the read* methods) and
// the place in T that the value goes.
func field[T, V any](read func(*decoder, *jsontree.Value, Location, *V), place func(T) *V) reader[T] {
	return func(d *decoder, dst T, v *jsontree.Value, at Location) { read(d, v, at, place(dst)) }
}

// ignored is the reader of a key that was read before the table is used
// (a state's Type).
func ignored[T any](*decoder, T, *jsontree.Value, Location) {}

// decodeMembers reads obj's members into dst through table, reporting
// repeated and unknown keys. what names the object in messages ("a Pass
// state", "a retrier").
func decodeMembers[T any](d *decoder, obj *jsontree.Value, at Location, what string, dst T, table fields[T]) {
	// Objects with few members (every state) are checked for repeated
	// keys in place; a map is made only for large ones.
	var seen map[string]bool
	if len(obj.Members) > 16 {
		seen = make(map[string]bool, len(obj.Members))
	}
	for i, m := range obj.Members {
		mat := at.At(m.Key)
		if repeatedKey(obj.Members, i, seen) {
			d.add(mat, CodeDuplicateKey, "field %q appears more than once", m.Key)
			continue
		}
		read, ok := table[m.Key]
		if !ok {
			d.add(mat, CodeUnknownField, "field %q is not allowed in %s", m.Key, what)
			continue
		}
		read(d, dst, m.Value, mat)
	}
}
