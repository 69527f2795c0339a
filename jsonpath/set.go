package jsonpath

import (
	"fmt"

	"github.com/stepwise-go/stepwise/value"
)

// SetError reports that Set could not place a value: a step of the path
// crosses something other than an object (or, for an index, an array
// long enough). AWS fails the state with States.ResultPathMatchFailure.
type SetError struct {
	// Path is the path as written.
	Path string
	// Input is the value the path was applied to.
	Input value.Value
	// Pos is the byte offset in Path of the step that failed.
	Pos int
}

// Error words the problem as AWS does:
// `Unable to apply ResultPath "$.a.b" to input {"a":1}`.
func (e *SetError) Error() string {
	return fmt.Sprintf("Unable to apply ResultPath %q to input %s", e.Path, value.Marshal(e.Input))
}

// Set returns a copy of root with the value at p replaced by v, as
// ResultPath places a state's result in its input. p must be a reference
// path (see IsReference); members missing on the way are created as
// objects (a missing root too). Root is never modified: the objects and
// arrays on the path are copied and every other subtree is shared. p =
// "$" returns v itself. A step through a value that is neither a missing
// member nor an object (for a name) or an array holding the index (for an
// index) fails with a *SetError.
func Set(root value.Value, p *Path, v value.Value) (value.Value, error) {
	if p == nil {
		return nil, fmt.Errorf("jsonpath: Set with a nil path")
	}
	if !p.IsReference() {
		return nil, fmt.Errorf("jsonpath: Set needs a reference path, got %q", p.Raw)
	}
	prog, err := p.program()
	if err != nil {
		return nil, err
	}
	out, ok, at := set(root, prog.steps, v)
	if !ok {
		return nil, &SetError{Path: p.Raw, Input: root, Pos: prog.steps[at].pos}
	}
	return out, nil
}

// set places v at segs in node and returns the new node; on failure it
// returns the index of the failing segment.
func set(node value.Value, segs []step, v value.Value) (value.Value, bool, int) {
	if len(segs) == 0 {
		return v, true, 0
	}
	seg := segs[0]
	switch seg.kind {
	case Field:
		var obj *value.Object
		switch x := node.(type) {
		case nil:
			obj = value.NewObject(1)
		case *value.Object:
			obj = x.Copy()
		default:
			return nil, false, 0
		}
		name := seg.names[0]
		child, _ := obj.Get(name)
		nv, ok, at := set(child, segs[1:], v)
		if !ok {
			return nil, false, at + 1
		}
		obj.Set(name, nv)
		return obj, true, 0
	case Index:
		arr, isArr := node.([]value.Value)
		idx := seg.indexes[0]
		if !isArr || idx < 0 || idx >= len(arr) {
			return nil, false, 0
		}
		nv, ok, at := set(arr[idx], segs[1:], v)
		if !ok {
			return nil, false, at + 1
		}
		cp := append([]value.Value(nil), arr...)
		cp[idx] = nv
		return cp, true, 0
	}
	return nil, false, 0
}
