package diagram

import (
	"cmp"
	"container/heap"
	"slices"
)

// Lanes: on big graphs the longest edges leave the layers and run in
// vertical lanes beside them, so that the layout does not need one dummy
// vertex per layer for each of them (which made it quadratic). Small
// graphs stay under the budget and are laid out exactly as before.
const (
	// laneMinDummies: only edges needing more dummies than this are moved
	// into lanes; shorter ones cost little.
	laneMinDummies = 2
	laneMargin     = 14.0 // from the widest box to the first lane
	laneStep       = 6.0  // between neighbouring lanes
	laneWobble     = 3.0  // vertical spread of lane edges sharing a gap
)

// dummyBudget bounds the dummy vertices of a block: the larger of min and
// perVertex × its vertices.
type dummyBudget struct{ min, perVertex int }

// defaultBudget is the dummy budget of every drawing.
var defaultBudget = dummyBudget{min: 2000, perVertex: 4}

// of returns the budget of a block of n vertices.
func (b dummyBudget) of(n int) int { return max(b.min, b.perVertex*n) }

// dummies returns how many dummy vertices c needs on the layers it
// crosses.
func (c *chain) dummies() int { return max(0, c.to.layer-c.from.layer-1) }

// chooseLanes moves the longest edges into lanes, longest first, until
// the dummies of the rest fit the block's budget.
func (l *blockLayout) chooseLanes(b dummyBudget) {
	total := 0
	for _, c := range l.chains {
		total += c.dummies()
	}
	budget := b.of(len(l.vertices))
	if total <= budget {
		return
	}
	long := slices.Clone(l.chains)
	slices.SortStableFunc(long, func(a, b *chain) int { return cmp.Compare(b.dummies(), a.dummies()) })
	for _, c := range long {
		if total <= budget || c.dummies() <= laneMinDummies {
			return
		}
		total -= c.dummies()
		c.laneAfter = 0 // set precisely by addLaneLabel
	}
}

// addLaneLabel gives an edge routed in a lane its label's vertex, on the
// layer next to its source, and says where the lane starts.
func (c *chain) addLaneLabel() {
	c.laneAfter = 0
	if c.edge.Label == "" {
		return
	}
	layer := c.from.layer + 1
	if c.reversed {
		layer = c.to.layer - 1
	} else {
		c.laneAfter = 1
	}
	lv := &vertex{chain: c, layer: layer, label: edgeLabel(c.edge)}
	lv.w, lv.h = labelSize(lv.label)
	c.via = []*vertex{lv}
	c.labelAt = lv
}

// laneEnds returns the vertices an edge in a lane leaves and rejoins the
// layers at.
func (c *chain) laneEnds() (above, below *vertex) {
	seq := c.sequence()
	return seq[c.laneAfter], seq[c.laneAfter+1]
}

// placeLanes gives each edge in a lane its lane: on the side of the
// picture nearer its ends, the innermost lane free over the layers it
// spans (interval colouring, first fit by start). The picture widens by
// the lanes; a left side shifts everything right.
func (l *blockLayout) placeLanes() {
	var left, right []*chain
	for _, c := range l.chains {
		if c.laneAfter < 0 {
			continue
		}
		a, b := c.laneEnds()
		if a.x+b.x < l.w {
			left = append(left, c)
		} else {
			right = append(right, c)
		}
	}
	if len(left)+len(right) == 0 {
		return
	}
	nl, nr := assignLanes(left), assignLanes(right)
	shift := 0.0
	if nl > 0 {
		shift = laneMargin + float64(nl-1)*laneStep
	}
	for _, c := range left {
		c.laneX = shift - laneMargin - float64(c.lane)*laneStep
	}
	for _, c := range right {
		c.laneX = shift + l.w + laneMargin + float64(c.lane)*laneStep
	}
	if shift > 0 {
		for _, layer := range l.layers {
			for _, v := range layer {
				v.x += shift
			}
		}
	}
	l.w += shift
	if nr > 0 {
		l.w += laneMargin + float64(nr-1)*laneStep
	}
}

// assignLanes numbers the lanes of cs so that edges whose layer spans
// overlap get different lanes, and returns how many lanes it used.
func assignLanes(cs []*chain) int {
	type span struct {
		c           *chain
		top, bottom int
	}
	spans := make([]span, len(cs))
	for i, c := range cs {
		a, b := c.laneEnds()
		spans[i] = span{c, a.layer, b.layer}
	}
	slices.SortStableFunc(spans, func(a, b span) int {
		return cmp.Or(cmp.Compare(a.top, b.top), cmp.Compare(a.bottom, b.bottom))
	})
	busy := &laneHeap{}
	free := &intHeap{}
	lanes := 0
	for _, s := range spans {
		for busy.Len() > 0 && (*busy)[0].bottom <= s.top {
			heap.Push(free, heap.Pop(busy).(laneUse).lane)
		}
		lane := lanes
		if free.Len() > 0 {
			lane = heap.Pop(free).(int)
		} else {
			lanes++
		}
		s.c.lane = lane
		heap.Push(busy, laneUse{s.bottom, lane})
	}
	return lanes
}

// laneUse is a lane taken down to a layer.
type laneUse struct{ bottom, lane int }

// laneHeap holds the lanes in use, the one freed first on top.
type laneHeap []laneUse

func (h laneHeap) Len() int { return len(h) }
func (h laneHeap) Less(i, j int) bool {
	return h[i].bottom < h[j].bottom || h[i].bottom == h[j].bottom && h[i].lane < h[j].lane
}
func (h laneHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *laneHeap) Push(x any)   { *h = append(*h, x.(laneUse)) }
func (h *laneHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// intHeap holds the free lanes, the innermost on top.
type intHeap []int

func (h intHeap) Len() int           { return len(h) }
func (h intHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h intHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *intHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *intHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// gapBelow returns the y in the middle of the gap below layer i, moved a
// little by lane so that edges sharing the gap stay apart.
func (l *blockLayout) gapBelow(i, lane int) float64 {
	return (l.bandBottom(i)+l.bandTop(i+1))/2 + float64(lane%5-2)*laneWobble
}
