package diagram

// NodeKind says what a node of a diagram stands for.
type NodeKind uint8

// The kinds of nodes.
const (
	StateNode   NodeKind = iota // a state of the definition
	StartNode                   // the Start marker of the top-level block
	EndNode                     // the End marker of the top-level block
	PointNode                   // where a nested block starts or ends (Parallel branch, Map processor)
	MissingNode                 // a transition target that names no state of the block
)

// Node is one node of a diagram.
type Node struct {
	// ID is generated: "start", "stop", "s1", "s2", … for states and missing
	// targets, "p1", … for points. Never derived from a name.
	ID   string
	Kind NodeKind
	// Name is the state's name (the missing target's name for MissingNode).
	Name string
	// Type is the state's ASL type, "Task", "Choice", …
	Type string
	// Detail is a short description of what the state does, shown beside
	// its type: "lambda:invoke" for a Task, "10s" for a Wait, "$.items, 5
	// at a time" for a Map; often "".
	Detail string
	// Notes are extra lines: one per retrier ("retry States.Timeout: 3×
	// from 1s, ×2").
	Notes []string
	// Blocks are the nested blocks of a Parallel (its branches) or a Map
	// (its item processor); nil for other states.
	Blocks []*Block
}

// Compound reports whether n has nested blocks, which renderers draw as a
// cluster.
func (n *Node) Compound() bool { return len(n.Blocks) > 0 }

// EdgeKind says what a transition is.
type EdgeKind uint8

// The kinds of edges.
const (
	NextEdge    EdgeKind = iota // Next
	RuleEdge                    // a Choice rule; Label is its condition
	DefaultEdge                 // the Choice default; Label is "Default"
	CatchEdge                   // a catcher; Label names its errors
	EntryEdge                   // from a block's entry (Start marker or point) to its StartAt state
	ExitEdge                    // from a terminal state to its block's exit (End marker or point)
)

// Edge is a transition between two nodes of one block.
type Edge struct {
	From, To *Node
	Kind     EdgeKind
	Label    string // "" for Next, entry and exit edges
}

// Block is a set of states with one start: the whole machine, a Parallel
// branch or a Map item processor.
type Block struct {
	// Title names a nested block: "Branch 1", "for each item".
	// "" for the top level.
	Title string
	// Entry and Exit are the Start and End markers of the top level, or the
	// points where a nested block starts and ends.
	Entry, Exit *Node
	// Nodes are the block's states in document order, then the missing
	// targets. Entry and Exit are not among them.
	Nodes []*Node
	// Edges are the block's transitions: the entry edge, then for each
	// state its Choice rules, default, Next or exit, and catchers.
	Edges []*Edge
}

// Diagram is the picture of one definition.
type Diagram struct {
	// Top is the top-level block; its Entry is the Start marker and its
	// Exit the End marker.
	Top *Block
	// Warnings list what the diagram does not show, in document order;
	// nil when it shows everything.
	Warnings []Warning
}
