package asl

import (
	"github.com/stepwise-go/stepwise/jsontree"
)

// stateTable is how one state type is read: its allowed keys and the
// words that name it in messages.
type stateTable[T State] struct {
	what   string // "a Pass state"
	fields fields[T]
}

// The state types' tables, built once by init (parse_tables_init.go).
var (
	passTable     stateTable[*Pass]
	taskTable     stateTable[*Task]
	choiceTable   stateTable[*Choice]
	waitTable     stateTable[*Wait]
	succeedTable  stateTable[*Succeed]
	failTable     stateTable[*Fail]
	parallelTable stateTable[*Parallel]
	mapTable      stateTable[*Map]
)

// state reads one state object named name.
func (d *decoder) state(name string, v *jsontree.Value, at Location) State {
	if !d.object(v, at, "a state") {
		return nil
	}
	typ := v.Get("Type")
	if typ == nil {
		d.add(at, CodeMissingField, "Type is required")
		return nil
	}
	if typ.Kind != jsontree.String {
		d.add(at.At("Type"), CodeWrongType, "must be a string, not %s", typ.Kind)
		return nil
	}
	var s State
	switch typ.Text {
	case TypePass:
		s = decodeState(d, v, at, name, &Pass{}, &passTable)
	case TypeTask:
		s = decodeState(d, v, at, name, &Task{}, &taskTable)
	case TypeChoice:
		s = decodeState(d, v, at, name, &Choice{}, &choiceTable)
	case TypeWait:
		s = decodeState(d, v, at, name, &Wait{}, &waitTable)
	case TypeSucceed:
		s = decodeState(d, v, at, name, &Succeed{}, &succeedTable)
	case TypeFail:
		s = decodeState(d, v, at, name, &Fail{}, &failTable)
	case TypeParallel:
		s = decodeState(d, v, at, name, &Parallel{}, &parallelTable)
	case TypeMap:
		s = decodeState(d, v, at, name, &Map{}, &mapTable)
	default:
		d.add(at.At("Type"), CodeUnknownStateType,
			"%q is not a state type (Pass, Task, Choice, Wait, Succeed, Fail, Parallel, Map)", typ.Text)
		return nil
	}
	return s
}

// decodeState names s and reads v's members into it through t.
func decodeState[T State](d *decoder, v *jsontree.Value, at Location, name string, s T, t *stateTable[T]) State {
	s.Common().Name = name
	decodeMembers(d, v, at, t.what, s, t.fields)
	return s
}

// readBranches reads a Parallel's Branches.
func (d *decoder) readBranches(v *jsontree.Value, at Location, dst *[]*Graph) {
	if v.Kind != jsontree.Array {
		d.add(at, CodeWrongType, "must be an array of branches, not %s", v.Kind)
		return
	}
	out := make([]*Graph, 0, len(v.Items))
	for i, it := range v.Items {
		out = append(out, d.graph(it, at.Index(i), "a Parallel branch"))
	}
	*dst = out
}

// readRetriers reads Retry: an array of retrier objects. An empty array
// is kept as empty, not absent.
func (d *decoder) readRetriers(v *jsontree.Value, at Location, dst *[]*Retrier) {
	readObjects(d, v, at, "Retry", "a retrier", retrierFields, dst)
}

// readCatchers reads Catch: an array of catcher objects. An empty array
// is kept as empty, not absent.
func (d *decoder) readCatchers(v *jsontree.Value, at Location, dst *[]*Catcher) {
	readObjects(d, v, at, "Catch", "a catcher", catcherFields, dst)
}

// readObjects reads the array field name, each entry an object (what)
// decoded with table; entries that are not objects are reported and
// left out.
func readObjects[E any](d *decoder, v *jsontree.Value, at Location, name, what string, table fields[*E], dst *[]*E) {
	if !d.array(v, at, name) {
		return
	}
	entry := "each entry of " + name
	out := make([]*E, 0, len(v.Items))
	for i, it := range v.Items {
		iat := at.Index(i)
		if d.object(it, iat, entry) {
			e := new(E)
			decodeMembers(d, it, iat, what, e, table)
			out = append(out, e)
		}
	}
	*dst = out
}

// array checks that v is an array.
func (d *decoder) array(v *jsontree.Value, at Location, what string) bool {
	if v.Kind != jsontree.Array {
		d.add(at, CodeWrongType, "%s must be an array, not %s", what, v.Kind)
		return false
	}
	return true
}
