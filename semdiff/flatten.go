package semdiff

import (
	"strconv"

	"github.com/stepwise-go/stepwise/jsontree"
)

// state is one state of a definition, nested or not, as semdiff sees it.
type state struct {
	name    string
	key     string          // how the state is matched: see index
	block   string          // where it lives: "" at the top, `"P" branch 1`, `"M" item processor`
	typ     string          // the Type field, "" when absent or not a string
	content *jsontree.Value // the state without the States of its nested blocks
}

// maxNesting bounds how deeply blocks are followed, so that a pathological
// document cannot exhaust the stack.
const maxNesting = 200

// flatten returns every state of doc in document order, nested ones after
// the state that holds them, and doc without any States (the machine's own
// fields). ok is false when doc has no States object.
func flatten(doc *jsontree.Value) (states []state, machine *jsontree.Value, ok bool) {
	if doc == nil || doc.Kind != jsontree.Object {
		return nil, doc, false
	}
	sts := doc.Get("States")
	if sts == nil || sts.Kind != jsontree.Object {
		return nil, doc, false
	}
	f := &flattener{}
	f.block(sts, "", 0)
	return f.states, withoutStates(doc), true
}

type flattener struct {
	states []state
}

// block adds the states of one States object.
func (f *flattener) block(sts *jsontree.Value, where string, depth int) {
	seen := map[string]bool{}
	for _, m := range sts.Members {
		if seen[m.Key] {
			continue // a duplicate key: Get, and so AWS's parsers, see the first
		}
		seen[m.Key] = true
		s := state{name: m.Key, block: where, content: m.Value}
		if t := m.Value.Get("Type"); t != nil && t.Kind == jsontree.String {
			s.typ = t.Text
		}
		if m.Value != nil && m.Value.Kind == jsontree.Object {
			s.content = f.nested(m.Key, m.Value, depth)
		}
		f.states = append(f.states, s)
	}
}

// nested adds the states of the nested blocks of the state named name and
// returns the state's content without them.
func (f *flattener) nested(name string, v *jsontree.Value, depth int) *jsontree.Value {
	if depth >= maxNesting {
		return v
	}
	out := &jsontree.Value{Kind: jsontree.Object, Offset: -1}
	for _, m := range v.Members {
		val := m.Value
		switch m.Key {
		case "Branches":
			if val != nil && val.Kind == jsontree.Array {
				arr := &jsontree.Value{Kind: jsontree.Array, Offset: -1}
				for i, br := range val.Items {
					arr.Items = append(arr.Items, f.graph(br, strconv.Quote(name)+" branch "+strconv.Itoa(i+1), depth))
				}
				val = arr
			}
		case "ItemProcessor", "Iterator":
			val = f.graph(val, strconv.Quote(name)+" item processor", depth)
		}
		out.Members = append(out.Members, jsontree.Member{Key: m.Key, Value: val, KeyOffset: -1})
	}
	return out
}

// graph adds the states of a nested block and returns the block without
// its States.
func (f *flattener) graph(g *jsontree.Value, where string, depth int) *jsontree.Value {
	if g == nil || g.Kind != jsontree.Object {
		return g
	}
	if sts := g.Get("States"); sts != nil && sts.Kind == jsontree.Object {
		f.block(sts, where, depth+1)
	}
	return withoutStates(g)
}

// withoutStates returns a shallow copy of the object v without its States
// members.
func withoutStates(v *jsontree.Value) *jsontree.Value {
	out := &jsontree.Value{Kind: jsontree.Object, Offset: -1}
	for _, m := range v.Members {
		if m.Key != "States" {
			out.Members = append(out.Members, m)
		}
	}
	return out
}
