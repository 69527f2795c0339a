package diagram

import (
	"math"
	"slices"
)

// portStep is the distance between neighbouring edge ends on one side of
// a box.
const portStep = 16.0

// route computes each edge's points: from a port on the bottom of its
// upper vertex, straight down to the bottom of that layer, through every
// dummy (straight through each layer it crosses), to a port on the top of
// its lower vertex. Between layers the drawing curves. Ports of several
// edges on one side are spread, ordered by where the edges go, so that
// they do not cross at the box.
func (l *blockLayout) route() {
	bottom := map[*vertex][]*chain{}
	top := map[*vertex][]*chain{}
	for _, c := range l.chains {
		bottom[c.from] = append(bottom[c.from], c)
		top[c.to] = append(top[c.to], c)
	}
	fromDX, toDX := map[*chain]float64{}, map[*chain]float64{}
	for _, v := range l.vertices {
		spread(v, bottom[v], fromDX, (*chain).firstStepX, v.bottomSpan())
		spread(v, top[v], toDX, (*chain).lastStepX, v.topSpan())
	}
	for _, c := range l.chains {
		c.points = l.routeChain(c, fromDX[c], toDX[c])
	}
}

// routeChain returns the points of c's route, its ends dx1 and dx2 right
// of the centres of its upper and lower vertex.
func (l *blockLayout) routeChain(c *chain, dx1, dx2 float64) []point {
	var pts []point
	addPt := func(p point) {
		if n := len(pts); n > 0 && pts[n-1] == p {
			return
		}
		pts = append(pts, p)
	}
	x := c.from.x + dx1
	addPt(point{x, c.from.portY(dx1, false)})
	addPt(point{x, l.bandBottom(c.from.layer)})
	seq := c.sequence()
	for i := 1; i < len(seq); i++ {
		v := seq[i]
		x = v.x
		if i == len(seq)-1 {
			x += dx2
		}
		if i-1 == c.laneAfter {
			y1 := l.gapBelow(seq[i-1].layer, c.lane)
			y2 := l.gapBelow(v.layer-1, c.lane)
			addPt(point{pts[len(pts)-1].x, y1})
			addPt(point{c.laneX, y1})
			addPt(point{c.laneX, y2})
			addPt(point{x, y2})
		}
		addPt(point{x, l.bandTop(v.layer)})
		if i == len(seq)-1 {
			addPt(point{x, v.portY(dx2, true)})
		} else {
			addPt(point{x, l.bandBottom(v.layer)})
		}
	}
	if c.reversed {
		slices.Reverse(pts)
	}
	return pts
}

// firstStepX and lastStepX return where c heads after leaving its upper
// vertex and where it comes from before reaching its lower one: the
// next vertex of its sequence, or its lane.
func (c *chain) firstStepX() float64 {
	switch {
	case c.laneAfter == 0:
		return c.laneX
	case len(c.via) > 0:
		return c.via[0].x
	}
	return c.to.x
}

func (c *chain) lastStepX() float64 {
	switch {
	case c.laneAfter == len(c.via):
		return c.laneX
	case len(c.via) > 0:
		return c.via[len(c.via)-1].x
	}
	return c.from.x
}

// spread sets the horizontal offsets of the ends of edges at one side of
// v, ordered by the position of the next vertex of each edge.
func spread(v *vertex, cs []*chain, dx map[*chain]float64, next func(*chain) float64, span float64) {
	if len(cs) == 0 {
		return
	}
	sorted := slices.Clone(cs)
	slices.SortStableFunc(sorted, func(a, b *chain) int {
		xa, xb := next(a), next(b)
		switch {
		case xa < xb:
			return -1
		case xa > xb:
			return 1
		}
		return 0
	})
	n := len(sorted)
	step := 0.0
	if n > 1 {
		step = min(portStep, span/float64(n-1))
	}
	for i, c := range sorted {
		dx[c] = (float64(i) - float64(n-1)/2) * step
	}
}

// topSpan and bottomSpan return how wide the side of v's box is where edge
// ends may sit.
func (v *vertex) topSpan() float64 {
	if v.inner != nil {
		return v.inner.headerW * 0.6
	}
	return v.span()
}

func (v *vertex) bottomSpan() float64 {
	if v.inner != nil {
		return v.inner.joinX1 - v.inner.joinX0
	}
	return v.span()
}

func (v *vertex) span() float64 {
	switch {
	case v.node == nil || v.node.Kind == PointNode:
		return 0
	case v.node.Kind == StartNode || v.node.Kind == EndNode:
		return v.w * 0.5
	}
	return v.w * 0.6
}

// portY returns where an edge end dx right of v's centre meets the top
// (or bottom) of v's box.
func (v *vertex) portY(dx float64, atTop bool) float64 {
	half := v.h / 2
	if v.node != nil && (v.node.Kind == StartNode || v.node.Kind == EndNode) {
		half = math.Sqrt(max(0, half*half-dx*dx))
	}
	if atTop {
		return v.y - half
	}
	return v.y + half
}
