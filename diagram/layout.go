package diagram

// Geometry of the SVG layout, in pixels.
const (
	layerGap    = 40.0 // vertical space between layers, for edges and arrowheads
	nodeGap     = 28.0 // horizontal space between two boxes of a layer
	dummyGap    = 12.0 // … between a box and an edge passing by, or two edges
	dummyWidth  = 6.0  // the width an edge passing through a layer takes
	padX        = 12.0 // text padding inside a box
	padY        = 8.0
	minBoxWidth = 110.0
	markerSize  = 44.0 // the Start and End circles
	nameLine    = 16.0 // line heights
	smallLine   = 14.0
	edgeLine    = 13.0
	labelPadX   = 5.0 // padding of an edge label's box
	labelPadY   = 2.0
	loopWidth   = 26.0 // how far a self-loop reaches out of its box
)

// point is a position in the picture.
type point struct{ x, y float64 }

// vertex is one node of a block's layered graph: a state, the block's
// entry or exit, an edge label, or a dummy through which a long edge
// passes.
type vertex struct {
	node  *Node     // states, markers, points; nil for dummies and labels
	inner *compound // the nested layout of a Parallel or Map
	label []string  // for label vertices: the edge label's lines
	chain *chain    // for dummies and labels: the edge they belong to
	w, h  float64   // size of the box (label box, state box, compound frame)
	right float64   // extra width on the right for self-loops
	layer int
	order int     // position in the layer
	x, y  float64 // centre of the box, relative to the block
	loops []*Edge // self-loops
	// up and down are the vertices joined to this one on the layer above
	// and the layer below, set by link.
	up, down []*vertex
}

// isDummy reports whether v is only a bend of an edge (no box).
func (v *vertex) isDummy() bool { return v.node == nil && v.label == nil }

// isBox reports whether v is drawn as a box (a state or marker).
func (v *vertex) isBox() bool { return v.node != nil && v.node.Kind != PointNode }

// chain is one edge of the layered graph with the dummies it passes
// through, in layer order (top to bottom).
type chain struct {
	edge     *Edge
	from, to *vertex // in layer order: from is above to
	reversed bool    // the edge goes up: from is its target
	via      []*vertex
	labelAt  *vertex // the vertex holding the edge's label, or nil
	points   []point // the route, in the edge's own direction, set by route
	// laneAfter is, for an edge routed in a lane beside the layers, the
	// index in sequence() of the vertex after which the edge leaves the
	// layers for its lane (it comes back at the next vertex); -1 for an
	// edge that runs through dummies on every layer it crosses.
	laneAfter int
	laneX     float64 // the lane's x, set by placeLanes
	lane      int     // the lane's number on its side, set by placeLanes
}

// blockLayout is the laid-out picture of one block.
type blockLayout struct {
	w, h        float64
	vertices    []*vertex // every vertex, states first in block order
	layers      [][]*vertex
	chains      []*chain
	entry, exit *vertex
	layerY      []float64 // centre of each layer
	layerH      []float64 // height of each layer
}

// layoutBlock lays out blk: the nested blocks of its Parallel and Map
// states first (each state becomes one big vertex), then the block itself.
func layoutBlock(blk *Block, depth int) *blockLayout {
	return layoutWithin(blk, depth, defaultBudget)
}

// layoutWithin lays out blk as layoutBlock does, with dummy budget b for
// it and its nested blocks.
func layoutWithin(blk *Block, depth int, b dummyBudget) *blockLayout {
	l := &blockLayout{}
	byNode := map[*Node]*vertex{}
	add := func(n *Node) *vertex {
		v := &vertex{node: n}
		v.w, v.h = boxSize(n)
		if n.Compound() && depth < maxBlockDepth {
			v.inner = layoutCompound(n, depth+1, b)
			v.w, v.h = v.inner.w, v.inner.h
		}
		byNode[n] = v
		l.vertices = append(l.vertices, v)
		return v
	}
	l.entry = add(blk.Entry)
	for _, n := range blk.Nodes {
		add(n)
	}
	l.exit = add(blk.Exit)
	for _, e := range blk.Edges {
		from, to := byNode[e.From], byNode[e.To]
		if from == nil || to == nil {
			continue
		}
		if from == to {
			from.loops = append(from.loops, e)
			continue
		}
		l.chains = append(l.chains, &chain{edge: e, from: from, to: to, laneAfter: -1})
	}
	for _, v := range l.vertices {
		for _, e := range v.loops {
			v.right = max(v.right, loopWidth+labelWidth(e)+4)
		}
	}
	l.breakCycles()
	l.assignLayers()
	l.chooseLanes(b)
	l.addDummies()
	l.link()
	l.order()
	l.placeX()
	l.placeY()
	l.placeLanes()
	l.route()
	return l
}

// boxSize returns the size of the box of a simple node.
func boxSize(n *Node) (w, h float64) {
	switch n.Kind {
	case StartNode, EndNode:
		return markerSize, markerSize
	case PointNode:
		return 0, 0
	}
	lb := nodeLabel(n)
	w, h = lb.size()
	w = max(w+2*padX, minBoxWidth)
	switch n.Type {
	case "Choice":
		w += 2 * hexInset
	case "Wait":
		w += 2 * slant
	case "Succeed", "Fail":
		w += h / 2
	}
	return w, h + 2*padY
}

// size returns the width and height of a label's text.
func (lb label) size() (w, h float64) {
	for _, s := range lb.name {
		w = max(w, textWidth(s, nameSize, true))
		h += nameLine
	}
	for _, s := range append(append([]string{}, lb.kind...), lb.notes...) {
		w = max(w, textWidth(s, smallSize, false))
		h += smallLine
	}
	return w, h
}

// edgeLabel returns the lines of an edge's label.
func edgeLabel(e *Edge) []string { return wrap(e.Label, 220, edgeSize, false, 4) }

// labelSize returns the size of the box of an edge label.
func labelSize(lines []string) (w, h float64) {
	for _, s := range lines {
		w = max(w, textWidth(s, edgeSize, false))
	}
	return w + 2*labelPadX, float64(len(lines))*edgeLine + 2*labelPadY
}

func labelWidth(e *Edge) float64 {
	if e.Label == "" {
		return 0
	}
	w, _ := labelSize(edgeLabel(e))
	return w
}
