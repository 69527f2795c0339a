package diagram

import (
	"strconv"
	"strings"

	"github.com/stepwise-go/stepwise/asl"
)

// maxBlockDepth bounds how deeply nested blocks are drawn; deeper ones are
// left empty and the diagram carries a Warning for each state whose blocks
// are left out (the parser's own limit, 1,000 levels of JSON, allows
// about 250 levels of blocks).
const maxBlockDepth = 100

// New returns the diagram of m. It draws whatever m holds, valid or not:
// a transition to a name that is no state of its block leads to a node
// marked missing, and unreachable states are drawn without incoming edges.
// A nil m gives a diagram with only the Start and End markers. Blocks
// nested deeper than 100 levels are not drawn; Warnings says which.
func New(m *asl.Machine) *Diagram {
	b := &builder{}
	top := &Block{
		Entry: &Node{ID: "start", Kind: StartNode, Name: "Start"},
		Exit:  &Node{ID: "stop", Kind: EndNode, Name: "End"},
	}
	if m != nil {
		b.fill(top, &m.Graph, 0)
	}
	return &Diagram{Top: top, Warnings: b.warnings}
}

type builder struct {
	states, points int
	path           []string // names of the Parallel and Map states around the current block
	warnings       []Warning
}

func (b *builder) stateID() string {
	b.states++
	return "s" + strconv.Itoa(b.states)
}

func (b *builder) pointID() string {
	b.points++
	return "p" + strconv.Itoa(b.points)
}

// fill adds g's states and transitions to blk.
func (b *builder) fill(blk *Block, g *asl.Graph, depth int) {
	byName := map[string]*Node{}
	var missing []*Node
	for _, s := range g.States {
		if s == nil {
			continue
		}
		n := b.node(s, depth)
		blk.Nodes = append(blk.Nodes, n)
		if _, dup := byName[n.Name]; !dup {
			byName[n.Name] = n
		}
	}
	target := func(name string) *Node {
		if n, ok := byName[name]; ok {
			return n
		}
		n := &Node{ID: b.stateID(), Kind: MissingNode, Name: name}
		byName[name] = n
		missing = append(missing, n)
		return n
	}
	edge := func(from *Node, to string, kind EdgeKind, label string) {
		blk.Edges = append(blk.Edges, &Edge{From: from, To: target(to), Kind: kind, Label: label})
	}
	exit := func(from *Node) {
		blk.Edges = append(blk.Edges, &Edge{From: from, To: blk.Exit, Kind: ExitEdge})
	}
	blk.Edges = append(blk.Edges, &Edge{From: blk.Entry, To: target(g.StartAt), Kind: EntryEdge})
	i := 0
	for _, s := range g.States {
		if s == nil {
			continue
		}
		n := blk.Nodes[i]
		i++
		switch s := s.(type) {
		case *asl.Choice:
			for _, r := range s.Choices {
				if r != nil {
					edge(n, r.Next, RuleEdge, Condition(r))
				}
			}
			if s.Default != "" {
				edge(n, s.Default, DefaultEdge, "Default")
			}
		case *asl.Succeed, *asl.Fail:
			exit(n)
		}
		if t := asl.TransitionOf(s); t != nil {
			if t.Next != "" {
				edge(n, t.Next, NextEdge, "")
			}
			if t.IsEnd() {
				exit(n)
			}
		}
		if eh := asl.ErrorHandlingOf(s); eh != nil {
			for _, c := range eh.Catch {
				if c != nil {
					edge(n, c.Next, CatchEdge, "catch: "+strings.Join(c.ErrorEquals, ", "))
				}
			}
		}
	}
	blk.Nodes = append(blk.Nodes, missing...)
}

// node returns the node of state s, with its nested blocks.
func (b *builder) node(s asl.State, depth int) *Node {
	n := &Node{ID: b.stateID(), Kind: StateNode, Name: s.Common().Name, Type: s.Type(), Detail: detail(s)}
	if eh := asl.ErrorHandlingOf(s); eh != nil {
		for _, r := range eh.Retry {
			if r != nil {
				n.Notes = append(n.Notes, retryNote(r))
			}
		}
	}
	if depth >= maxBlockDepth {
		b.warnDepth(s)
		return n
	}
	b.path = append(b.path, n.Name)
	defer func() { b.path = b.path[:len(b.path)-1] }()
	nested := func(title string, g *asl.Graph) {
		blk := &Block{
			Title: title,
			Entry: &Node{ID: b.pointID(), Kind: PointNode},
			Exit:  &Node{ID: b.pointID(), Kind: PointNode},
		}
		if g != nil {
			b.fill(blk, g, depth+1)
		}
		n.Blocks = append(n.Blocks, blk)
	}
	switch s := s.(type) {
	case *asl.Parallel:
		for i, br := range s.Branches {
			nested("Branch "+strconv.Itoa(i+1), br)
		}
	case *asl.Map:
		nested(mapTitle(s), s.ItemProcessor)
	}
	return n
}

// warnDepth records that s's nested blocks are not drawn.
func (b *builder) warnDepth(s asl.State) {
	path := append(b.path, s.Common().Name)
	var w Warning
	var ok bool
	switch s := s.(type) {
	case *asl.Parallel:
		what := strconv.Itoa(len(s.Branches)) + " branches are"
		if len(s.Branches) == 1 {
			what = "1 branch is"
		}
		w, ok = depthWarning(path, len(s.Branches), what)
	case *asl.Map:
		if s.ItemProcessor != nil {
			w, ok = depthWarning(path, 1, "item processor is")
		}
	}
	if ok {
		b.warnings = append(b.warnings, w)
	}
}
