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

// object checks that v is an object.
func (d *decoder) object(v *jsontree.Value, at Location, what string) bool {
	if v.Kind != jsontree.Object {
		d.add(at, CodeWrongType, "%s must be an object, not %s", what, v.Kind)
		return false
	}
	return true
}

// machineFields are the keys of a definition's top level.
var machineFields fields[*Machine]

// graphFields are the keys of a Parallel branch; a Map's processor adds
// ProcessorConfig (processorFields).
var graphFields fields[*Graph]

func (d *decoder) machine(root *jsontree.Value) *Machine {
	m := &Machine{}
	if !d.object(root, Root, "the definition") {
		return m
	}
	decodeMembers(d, root, Root, "the top level of a definition", m, machineFields)
	return m
}

// graph reads a Parallel branch object.
func (d *decoder) graph(v *jsontree.Value, at Location, what string) *Graph {
	g := &Graph{}
	if d.object(v, at, what) {
		decodeMembers(d, v, at, what, g, graphFields)
	}
	return g
}

// readStates reads a States object into g.States.
func (d *decoder) readStates(v *jsontree.Value, at Location, g *Graph) {
	if !d.object(v, at, "States") {
		return
	}
	var seen map[string]bool
	if len(v.Members) > 16 {
		seen = make(map[string]bool, len(v.Members))
	}
	if len(v.Members) > 0 {
		g.States = make([]State, 0, len(v.Members))
	}
	for i, m := range v.Members {
		sat := at.At(m.Key)
		if repeatedKey(v.Members, i, seen) {
			d.add(sat, CodeDuplicateKey, "state %q is defined twice in this States object", m.Key)
			continue
		}
		if s := d.state(m.Key, m.Value, sat); s != nil {
			g.States = append(g.States, s)
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
