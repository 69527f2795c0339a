package semdiff

import (
	"fmt"

	"github.com/stepwise-go/stepwise/jsontree"
)

// ChangeKind says how a state differs.
type ChangeKind uint8

// The kinds of state changes, in the order a Report lists them.
const (
	Added   ChangeKind = iota // only in the second definition
	Removed                   // only in the first
	Renamed                   // same content, another name
	Changed                   // same name, different content
)

// String names the kind: "added", "removed", "renamed", "changed".
func (k ChangeKind) String() string {
	switch k {
	case Added:
		return "added"
	case Removed:
		return "removed"
	case Renamed:
		return "renamed"
	default:
		return "changed"
	}
}

// StateChange is one state that differs.
type StateChange struct {
	Kind    ChangeKind
	Name    string // the state's name (for Renamed: its old name)
	NewName string // for Renamed: the new name
	Type    string // the state's Type (its new Type when it changed)
	Block   string // where the state is: "" at the top, `"P" branch 1`, `"M" item processor`
	// OldBlock is, for a Changed state that moved to another block, where
	// it was; else equal to Block.
	OldBlock string
	Fields   []FieldChange
}

// Report is the semantic difference between two definitions.
type Report struct {
	// Machine lists differences outside the states: Comment, StartAt,
	// TimeoutSeconds, … When a document has no States object, it holds
	// the difference of the whole documents.
	Machine []FieldChange
	// States lists added, then removed, then renamed, then changed states;
	// within each kind in document order.
	States []StateChange
}

// Equal reports whether the definitions are semantically the same.
func (r *Report) Equal() bool { return len(r.Machine) == 0 && len(r.States) == 0 }

// Compare parses two JSON documents and compares them. The error says
// which document is not JSON.
func Compare(a, b []byte) (*Report, error) {
	va, err := jsontree.Parse(a)
	if err != nil {
		return nil, fmt.Errorf("first document: %w", err)
	}
	vb, err := jsontree.Parse(b)
	if err != nil {
		return nil, fmt.Errorf("second document: %w", err)
	}
	return CompareValues(va, vb), nil
}

// CompareValues compares two parsed JSON documents.
func CompareValues(a, b *jsontree.Value) *Report {
	sa, ma, okA := flatten(a)
	sb, mb, okB := flatten(b)
	if !okA || !okB {
		return &Report{Machine: fieldChanges(nil, "", a, b, 0)}
	}
	r := &Report{Machine: fieldChanges(nil, "", ma, mb, 0)}
	ia, ib := index(sa), index(sb)
	var added, removed []state
	for _, s := range sb {
		if _, ok := ia[s.key]; !ok {
			added = append(added, s)
		}
	}
	for _, s := range sa {
		if _, ok := ib[s.key]; !ok {
			removed = append(removed, s)
		}
	}
	renamed := pairRenames(removed, added)
	for _, s := range added {
		if _, ok := renamed[s.name]; !ok {
			r.States = append(r.States, StateChange{Kind: Added, Name: s.name, Type: s.typ, Block: s.block})
		}
	}
	var renames []StateChange
	for _, s := range removed {
		to, ok := renamedFrom(renamed, s.name)
		if !ok {
			r.States = append(r.States, StateChange{Kind: Removed, Name: s.name, Type: s.typ, Block: s.block})
			continue
		}
		renames = append(renames, StateChange{Kind: Renamed, Name: s.name, NewName: to, Type: s.typ, Block: s.block})
	}
	r.States = append(r.States, renames...)
	for _, s := range sb {
		old, ok := ia[s.key]
		if !ok {
			continue
		}
		fields := fieldChanges(nil, "", old.content, s.content, 0)
		if len(fields) > 0 || old.block != s.block {
			r.States = append(r.States, StateChange{Kind: Changed, Name: s.name, Type: s.typ,
				Block: s.block, OldBlock: old.block, Fields: fields})
		}
	}
	return r
}

// index sets the key of each state, its name (or, for the second and
// later use of a name, which is invalid ASL, its block and name), and maps
// each key to its state.
func index(states []state) map[string]state {
	m := make(map[string]state, len(states))
	for i := range states {
		s := &states[i]
		s.key = s.name
		if _, dup := m[s.key]; dup {
			s.key = s.block + "\x00" + s.name
		}
		m[s.key] = *s
	}
	return m
}

// pairRenames pairs each removed state with the first unpaired added
// state of the same block and identical content; it maps the added
// state's name to the removed one's.
func pairRenames(removed, added []state) map[string]string {
	out := map[string]string{}
	for _, r := range removed {
		for _, a := range added {
			if _, taken := out[a.name]; taken || a.block != r.block || !jsontree.Equal(r.content, a.content) {
				continue
			}
			out[a.name] = r.name
			break
		}
	}
	return out
}

func renamedFrom(renamed map[string]string, old string) (string, bool) {
	for to, from := range renamed {
		if from == old {
			return to, true
		}
	}
	return "", false
}
