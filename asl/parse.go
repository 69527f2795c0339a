package asl

import (
	"fmt"

	"github.com/stepwise-go/stepwise/jsontree"
)

// Parse reads an ASL definition. It returns the machine as far as it could
// be read and every problem with the JSON's shape: syntax, duplicate keys,
// fields a state type does not allow, wrong JSON types. When the text is not
// JSON at all the machine is nil. Semantic problems are Validate's job; use
// ParseAndValidate for both.
func Parse(data []byte) (*Machine, Diagnostics) {
	root, err := jsontree.Parse(data)
	if err != nil {
		return nil, Diagnostics{{Code: CodeInvalidJSON, At: Root, Message: err.Error()}}
	}
	d := &decoder{}
	m := d.machine(root)
	return m, d.diags
}

// ParseAndValidate parses data and, when it is JSON, validates the machine;
// it returns the diagnostics of both steps.
func ParseAndValidate(data []byte) (*Machine, Diagnostics) {
	m, diags := Parse(data)
	if m == nil {
		return nil, diags
	}
	diags = append(diags, Validate(m)...)
	return m, append(diags, CheckSize(len(data))...)
}

type decoder struct {
	diags Diagnostics
}

func (d *decoder) add(at Location, code Code, format string, args ...any) {
	d.diags = append(d.diags, Diagnostic{Code: code, At: at, Message: fmt.Sprintf(format, shortenArgs(args)...)})
}

// field is how one allowed key of an object is read.
type field func(v *jsontree.Value, at Location)

// members reads an object's members through the allowed fields, reporting
// duplicates and unknown keys. what names the object in messages ("a Pass
// state", "a retrier").
func (d *decoder) members(obj *jsontree.Value, at Location, what string, fields map[string]field) {
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
		read, ok := fields[m.Key]
		if !ok {
			d.add(mat, CodeUnknownField, "field %q is not allowed in %s", m.Key, what)
			continue
		}
		read(m.Value, mat)
	}
}

// object checks that v is an object.
func (d *decoder) object(v *jsontree.Value, at Location, what string) bool {
	if v.Kind != jsontree.Object {
		d.add(at, CodeWrongType, "%s must be an object, not %s", what, v.Kind)
		return false
	}
	return true
}

func (d *decoder) machine(root *jsontree.Value) *Machine {
	m := &Machine{}
	if !d.object(root, Root, "the definition") {
		return m
	}
	d.members(root, Root, "the top level of a definition", map[string]field{
		"Comment":        d.str(&m.Comment),
		"QueryLanguage":  d.queryLanguage(&m.QueryLanguage),
		"Version":        d.str(&m.Version),
		"TimeoutSeconds": d.int(&m.TimeoutSeconds),
		"StartAt":        d.name(&m.StartAt),
		"States":         d.states(&m.Graph),
	})
	return m
}

// graph reads a Parallel branch or Map processor object.
func (d *decoder) graph(v *jsontree.Value, at Location, what string, extra map[string]field) *Graph {
	g := &Graph{}
	if !d.object(v, at, what) {
		return g
	}
	fields := map[string]field{
		"Comment": d.str(&g.Comment),
		"StartAt": d.name(&g.StartAt),
		"States":  d.states(g),
	}
	for k, f := range extra {
		fields[k] = f
	}
	d.members(v, at, what, fields)
	return g
}

// states reads a States object into g.States.
func (d *decoder) states(g *Graph) field {
	return func(v *jsontree.Value, at Location) {
		if !d.object(v, at, "States") {
			return
		}
		seen := make(map[string]bool, len(v.Members))
		for _, m := range v.Members {
			sat := at.At(m.Key)
			if seen[m.Key] {
				d.add(sat, CodeDuplicateKey, "state %q is defined twice in this States object", m.Key)
				continue
			}
			seen[m.Key] = true
			if s := d.state(m.Key, m.Value, sat); s != nil {
				g.States = append(g.States, s)
			}
		}
	}
}

// repeatedKey reports whether members[i]'s key is one of an earlier
// member's, using seen (which it updates) when it is not nil.
func repeatedKey(members []jsontree.Member, i int, seen map[string]bool) bool {
	k := members[i].Key
	if seen != nil {
		if seen[k] {
			return true
		}
		seen[k] = true
		return false
	}
	for _, prev := range members[:i] {
		if prev.Key == k {
			return true
		}
	}
	return false
}
