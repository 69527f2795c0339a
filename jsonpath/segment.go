package jsonpath

// SegmentKind says what a path segment selects.
type SegmentKind uint8

const (
	// Field selects an object member: ".name", "['name']" or ".['name']".
	Field SegmentKind = iota
	// Index selects one array element: "[0]", "[-1]" (negative counts from
	// the end).
	Index
	// Wildcard selects every member or element: ".*" or "[*]".
	Wildcard
	// Slice selects a range of array elements: "[1:3]", "[:2]", "[-1:]".
	Slice
	// Filter selects the elements for which a predicate holds: "[?(@.x)]".
	Filter
	// RecursiveDescent is "..": the following segment applies to the
	// current node and all of its descendants.
	RecursiveDescent
	// Union selects several indexes or names: "[0,1]", "['a','b']".
	Union
	// Function applies a Jayway function to the result: ".length()". It is
	// always the last segment.
	Function
)

// String names the kind, e.g. "Field" or "RecursiveDescent".
func (k SegmentKind) String() string {
	switch k {
	case Field:
		return "Field"
	case Index:
		return "Index"
	case Wildcard:
		return "Wildcard"
	case Slice:
		return "Slice"
	case Filter:
		return "Filter"
	case RecursiveDescent:
		return "RecursiveDescent"
	case Union:
		return "Union"
	case Function:
		return "Function"
	}
	return "SegmentKind(?)"
}

// Segment is one step of a path after its root.
type Segment struct {
	// Kind says what the segment selects.
	Kind SegmentKind
	// Name is, for Field, the member name with quotes and escapes removed;
	// for Function, the function's name ("length"). Empty otherwise.
	Name string
	// Index is, for Index, the element index (negative counts from the
	// end). Zero otherwise.
	Index int
	// Text is the segment's source text, including its leading "." or
	// brackets: ".a", "['a b']", "[0]", "[1:3]", "[?(@.x)]", "..",
	// ".length()". After "..", the next segment's text has no dot ("a" in
	// "$..a").
	Text string
	// Pos is the byte offset in the path where Text starts.
	Pos int
}
