package jsonpath

// Root says what a path starts from.
type Root uint8

const (
	// Input is "$": the state's input (or, in ResultSelector, the result).
	Input Root = iota
	// Context is "$$": the context object (Execution, State, Task, Map, …).
	Context
	// Variable is "$name": a workflow variable assigned by an earlier state.
	Variable
)

// String names the root: "Input", "Context" or "Variable".
func (r Root) String() string {
	switch r {
	case Input:
		return "Input"
	case Context:
		return "Context"
	case Variable:
		return "Variable"
	}
	return "Root(?)"
}

// Path is a parsed JSONPath. Parse fills every field; the Raw text is the
// input, unchanged, and the root's text followed by every segment's Text
// spells Raw again.
type Path struct {
	// Raw is the path exactly as it was parsed.
	Raw string
	// Root says whether the path starts at the input ($), the context
	// object ($$) or a variable ($name).
	Root Root
	// Variable is the variable's name when Root is Variable ("count" in
	// "$count.x"); otherwise it is empty.
	Variable string
	// Segments are the steps after the root, in order; empty for "$", "$$"
	// and a bare "$name".
	Segments []Segment

	// prog is the evaluation program Parse compiles; nil for a Path built
	// by hand, which Eval then compiles on each call.
	prog *program
}

// IsReference reports whether p is an ASL reference path: one that names
// a single node, so only Field segments and non-negative Index segments,
// with any root. A nil path is not a reference path.
func (p *Path) IsReference() bool {
	if p == nil {
		return false
	}
	for _, s := range p.Segments {
		switch {
		case s.Kind == Field:
		case s.Kind == Index && s.Index >= 0:
		default:
			return false
		}
	}
	return true
}

// String returns the path's source text, p.Raw ("" for a nil path).
func (p *Path) String() string {
	if p == nil {
		return ""
	}
	return p.Raw
}
