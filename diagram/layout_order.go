package diagram

import "slices"

// Crossing reduction tries maxOrderRounds barycenter sweeps, fewer on
// big blocks: at most orderWork vertex visits in all, but at least
// minOrderRounds sweeps.
const (
	maxOrderRounds = 24
	minOrderRounds = 4
	orderWork      = 2_000_000
)

// orderRounds returns how many sweeps the ordering of l makes.
func (l *blockLayout) orderRounds() int {
	size := 0
	for _, layer := range l.layers {
		size += len(layer)
	}
	return min(maxOrderRounds, max(minOrderRounds, orderWork/max(1, size)))
}

// link records, on each vertex, the vertices it is joined to on the layer
// above (up) and on the layer below (down). A chain routed in a lane joins
// only the vertices on either side of the lane to their own neighbours.
func (l *blockLayout) link() {
	for _, c := range l.chains {
		seq := c.sequence()
		for i := 0; i+1 < len(seq); i++ {
			if i == c.laneAfter {
				continue
			}
			seq[i].down = append(seq[i].down, seq[i+1])
			seq[i+1].up = append(seq[i+1].up, seq[i])
		}
	}
}

// upOf and downOf select a vertex's neighbours above or below.
func upOf(v *vertex) []*vertex   { return v.up }
func downOf(v *vertex) []*vertex { return v.down }

// sequence returns the chain's vertices from top to bottom.
func (c *chain) sequence() []*vertex {
	seq := make([]*vertex, 0, len(c.via)+2)
	seq = append(seq, c.from)
	seq = append(seq, c.via...)
	return append(seq, c.to)
}

// order reduces edge crossings: alternately down and up, each layer is
// sorted by the mean position of each vertex's neighbours on the layer
// before (the barycenter heuristic); the ordering with the fewest
// crossings seen wins. Ties keep the current order, so the result is
// deterministic.
func (l *blockLayout) order() {
	best := l.snapshot()
	bestCrossings := l.crossings()
	for round := range l.orderRounds() {
		if bestCrossings == 0 {
			break
		}
		if round%2 == 0 {
			for i := 1; i < len(l.layers); i++ {
				sortLayer(l.layers[i], upOf)
			}
		} else {
			for i := len(l.layers) - 2; i >= 0; i-- {
				sortLayer(l.layers[i], downOf)
			}
		}
		if c := l.crossings(); c < bestCrossings {
			best, bestCrossings = l.snapshot(), c
		}
	}
	for i, layer := range best {
		l.layers[i] = layer
		for j, v := range layer {
			v.order = j
		}
	}
}

func (l *blockLayout) snapshot() [][]*vertex {
	out := make([][]*vertex, len(l.layers))
	for i, layer := range l.layers {
		out[i] = slices.Clone(layer)
	}
	return out
}

// sortLayer orders layer by the barycenter of each vertex's neighbours
// in adj; a vertex without neighbours keeps its position as its key.
func sortLayer(layer []*vertex, adj func(*vertex) []*vertex) {
	type keyed struct {
		v   *vertex
		key float64
	}
	keys := make([]keyed, len(layer))
	for i, v := range layer {
		keys[i] = keyed{v, float64(v.order)}
		if ns := adj(v); len(ns) > 0 {
			sum := 0.0
			for _, n := range ns {
				sum += float64(n.order)
			}
			keys[i].key = sum / float64(len(ns))
		}
	}
	slices.SortStableFunc(keys, func(a, b keyed) int {
		switch {
		case a.key < b.key:
			return -1
		case a.key > b.key:
			return 1
		}
		return 0
	})
	for i, k := range keys {
		layer[i] = k.v
		k.v.order = i
	}
}

// crossings counts the pairs of edges that cross between adjacent layers.
func (l *blockLayout) crossings() int {
	total := 0
	var pairs [][2]int
	for i := 0; i+1 < len(l.layers); i++ {
		pairs = pairs[:0]
		for _, v := range l.layers[i] {
			for _, w := range v.down {
				pairs = append(pairs, [2]int{v.order, w.order})
			}
		}
		total += inversions(pairs, len(l.layers[i+1]))
	}
	return total
}

// inversions counts the pairs (a, b) of pairs with a[0] < b[0] and
// a[1] > b[1], with a Fenwick tree over the second positions (< n).
func inversions(pairs [][2]int, n int) int {
	slices.SortFunc(pairs, func(a, b [2]int) int {
		if a[0] != b[0] {
			return a[0] - b[0]
		}
		return a[1] - b[1]
	})
	tree := make([]int, n+1)
	count, seen := 0, 0
	for _, p := range pairs {
		// pairs already seen whose second position is above p's
		le := 0
		for i := p[1] + 1; i > 0; i -= i & -i {
			le += tree[i]
		}
		count += seen - le
		for i := p[1] + 1; i <= n; i += i & -i {
			tree[i]++
		}
		seen++
	}
	return count
}
