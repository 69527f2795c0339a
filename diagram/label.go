package diagram

// Sizes of the text of a node, in pixels, shared by the SVG layout and by
// the line breaking of the Mermaid and DOT labels.
const (
	nameSize     = 13.0  // the state's name, bold
	smallSize    = 11.0  // the type line and notes
	edgeSize     = 11.0  // edge labels
	nameWidth    = 200.0 // names wrap at this width
	noteWidth    = 240.0 // notes and type lines wrap at this width
	maxNameLines = 4
)

// label is the text of a node: its name in lines, its type line and its
// notes, each already wrapped.
type label struct {
	name  []string
	kind  []string // "Task · lambda:invoke"; "(missing)"; none for markers
	notes []string
}

// nodeLabel returns the text of n.
func nodeLabel(n *Node) label {
	l := label{name: wrap(n.Name, nameWidth, nameSize, true, maxNameLines)}
	switch n.Kind {
	case StartNode, EndNode, PointNode:
		return l
	case MissingNode:
		l.kind = []string{"(missing)"}
		return l
	}
	kind := clean(n.Type)
	if n.Detail != "" {
		kind += " · " + n.Detail
	}
	l.kind = wrap(kind, noteWidth, smallSize, false, 2)
	for _, note := range n.Notes {
		l.notes = append(l.notes, wrap(note, noteWidth, smallSize, false, 2)...)
	}
	return l
}

// lines returns every line of the label, in order.
func (l label) lines() []string {
	out := append([]string{}, l.name...)
	out = append(out, l.kind...)
	return append(out, l.notes...)
}

// nodeLines returns the lines of n's label.
func nodeLines(n *Node) []string { return nodeLabel(n).lines() }
