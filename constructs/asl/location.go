package asl

import (
	"strconv"
	"strings"
)

// Location is where a problem is in a definition: a sequence of object keys
// and array indexes from the top. It is immutable; At and Index return
// extended copies.
type Location struct {
	steps []step
}

type step struct {
	key   string
	index int // -1 for object keys
}

// Root is the location of the whole definition.
var Root = Location{}

// At returns the location of member key below l.
func (l Location) At(key string) Location {
	return Location{steps: append(l.steps[:len(l.steps):len(l.steps)], step{key: key, index: -1})}
}

// Index returns the location of array element i below l.
func (l Location) Index(i int) Location {
	return Location{steps: append(l.steps[:len(l.steps):len(l.steps)], step{index: i})}
}

// Pointer renders l as a JSON Pointer (RFC 6901): /States/Charge/Catch/1/Next.
func (l Location) Pointer() string {
	if len(l.steps) == 0 {
		return ""
	}
	var b strings.Builder
	for _, s := range l.steps {
		b.WriteByte('/')
		if s.index >= 0 {
			b.WriteString(strconv.Itoa(s.index))
			continue
		}
		b.WriteString(strings.NewReplacer("~", "~0", "/", "~1").Replace(s.key))
	}
	return b.String()
}

// String renders l readably: States["Charge"].Catch[1].Next. State names
// (the keys under States) are quoted; field names are not.
func (l Location) String() string {
	var b strings.Builder
	for i, s := range l.steps {
		switch {
		case s.index >= 0:
			b.WriteString("[" + strconv.Itoa(s.index) + "]")
		case i > 0 && l.steps[i-1].index < 0 && l.steps[i-1].key == "States" && !isFieldOfStates(l, i):
			b.WriteString("[" + strconv.Quote(s.key) + "]")
		default:
			if i > 0 {
				b.WriteByte('.')
			}
			b.WriteString(s.key)
		}
	}
	if b.Len() == 0 {
		return "(definition)"
	}
	return b.String()
}

// isFieldOfStates reports whether step i, which follows a "States" key, is
// itself a field (as in a payload template that happens to have a "States"
// key): it is a state name exactly when "States" was a graph's States.
func isFieldOfStates(l Location, i int) bool {
	// A graph's States follows the root, a Branches index, or
	// ItemProcessor/Iterator.
	if i < 2 {
		return false
	}
	prev := l.steps[i-2]
	return !(prev.index >= 0 || prev.key == "ItemProcessor" || prev.key == "Iterator")
}
