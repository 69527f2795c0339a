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
		spread(v, bottom[v], fromDX, func(c *chain) *vertex { return c.sequence()[1] }, v.bottomSpan())
		spread(v, top[v], toDX, func(c *chain) *vertex { s := c.sequence(); return s[len(s)-2] }, v.topSpan())
	}
	for _, c := range l.chains {
		var pts []point
		addPt := func(p point) {
			if n := len(pts); n > 0 && pts[n-1] == p {
				return
			}
			pts = append(pts, p)
		}
		x := c.from.x + fromDX[c]
		addPt(point{x, c.from.portY(fromDX[c], false)})
		addPt(point{x, l.bandBottom(c.from.layer)})
		for _, d := range c.via {
			addPt(point{d.x, l.bandTop(d.layer)})
			addPt(point{d.x, l.bandBottom(d.layer)})
		}
		x = c.to.x + toDX[c]
		addPt(point{x, l.bandTop(c.to.layer)})
		addPt(point{x, c.to.portY(toDX[c], true)})
		if c.reversed {
			slices.Reverse(pts)
		}
		c.points = pts
	}
}

// spread sets the horizontal offsets of the ends of edges at one side of
// v, ordered by the position of the next vertex of each edge.
func spread(v *vertex, cs []*chain, dx map[*chain]float64, next func(*chain) *vertex, span float64) {
	if len(cs) == 0 {
		return
	}
	sorted := slices.Clone(cs)
	slices.SortStableFunc(sorted, func(a, b *chain) int {
		xa, xb := next(a).x, next(b).x
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
