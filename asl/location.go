package asl

import (
	"strconv"
	"strings"
)

// Location is where a problem is in a definition: a sequence of object keys
// and array indexes from the top. It is an immutable value; At and Index
// return extended copies. The first steps live inside the value itself, so
// that extending a location (which validation does for every field it
// looks at) does not allocate.
type Location struct {
	n      int
	inline [inlineSteps]step
	more   []step // steps beyond inlineSteps
}

// inlineSteps covers a field of a state nested two blocks deep.
const inlineSteps = 10

type step struct {
	key   string
	index int // -1 for object keys
}

// Root is the location of the whole definition.
var Root = Location{}

// At returns the location of member key below l.
func (l Location) At(key string) Location { return l.push(step{key: key, index: -1}) }

// Index returns the location of array element i below l.
func (l Location) Index(i int) Location { return l.push(step{index: i}) }

func (l Location) push(s step) Location {
	if l.n < inlineSteps {
		l.inline[l.n] = s
	} else {
		k := l.n - inlineSteps
		l.more = append(l.more[:k:k], s)
	}
	l.n++
	return l
}

// steps returns the steps of l in order.
func (l Location) steps() []step {
	if l.n <= inlineSteps {
		return l.inline[:l.n]
	}
	return append(l.inline[:inlineSteps:inlineSteps], l.more...)
}

// Pointer renders l as a JSON Pointer (RFC 6901): /States/Charge/Catch/1/Next.
func (l Location) Pointer() string {
	if l.n == 0 {
		return ""
	}
	var b strings.Builder
	for _, s := range l.steps() {
		b.WriteByte('/')
		if s.index >= 0 {
			b.WriteString(strconv.Itoa(s.index))
			continue
		}
		if !strings.ContainsAny(s.key, "~/") {
			b.WriteString(s.key)
			continue
		}
		b.WriteString(pointerEscaper.Replace(s.key))
	}
	return b.String()
}

// pointerEscaper escapes a JSON Pointer reference token (RFC 6901).
var pointerEscaper = strings.NewReplacer("~", "~0", "/", "~1")

// String renders l readably: States["Charge"].Catch[1].Next. State names
// (the keys under States) are quoted; field names are not.
func (l Location) String() string {
	var b strings.Builder
	steps := l.steps()
	for i, s := range steps {
		switch {
		case s.index >= 0:
			b.WriteString("[" + strconv.Itoa(s.index) + "]")
		case i > 0 && steps[i-1].index < 0 && steps[i-1].key == "States" && !isFieldOfStates(steps, i):
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
func isFieldOfStates(steps []step, i int) bool {
	// A graph's States follows the root, a Branches index, or
	// ItemProcessor/Iterator.
	if i < 2 {
		return false
	}
	prev := steps[i-2]
	return !(prev.index >= 0 || prev.key == "ItemProcessor" || prev.key == "Iterator")
}
