package diagram

import "slices"

// orderRounds is how many barycenter sweeps the ordering tries.
const orderRounds = 24

// neighbours returns, for each vertex, the vertices it is joined to on the
// layer above and on the layer below.
func (l *blockLayout) neighbours() (up, down map[*vertex][]*vertex) {
	up, down = map[*vertex][]*vertex{}, map[*vertex][]*vertex{}
	for _, c := range l.chains {
		seq := c.sequence()
		for i := 0; i+1 < len(seq); i++ {
			down[seq[i]] = append(down[seq[i]], seq[i+1])
			up[seq[i+1]] = append(up[seq[i+1]], seq[i])
		}
	}
	return up, down
}

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
	up, down := l.neighbours()
	best := l.snapshot()
	bestCrossings := l.crossings(down)
	for round := range orderRounds {
		if bestCrossings == 0 {
			break
		}
		if round%2 == 0 {
			for i := 1; i < len(l.layers); i++ {
				sortLayer(l.layers[i], up)
			}
		} else {
			for i := len(l.layers) - 2; i >= 0; i-- {
				sortLayer(l.layers[i], down)
			}
		}
		if c := l.crossings(down); c < bestCrossings {
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
func sortLayer(layer []*vertex, adj map[*vertex][]*vertex) {
	keys := make(map[*vertex]float64, len(layer))
	for _, v := range layer {
		ns := adj[v]
		if len(ns) == 0 {
			keys[v] = float64(v.order)
			continue
		}
		sum := 0.0
		for _, n := range ns {
			sum += float64(n.order)
		}
		keys[v] = sum / float64(len(ns))
	}
	slices.SortStableFunc(layer, func(a, b *vertex) int {
		switch ka, kb := keys[a], keys[b]; {
		case ka < kb:
			return -1
		case ka > kb:
			return 1
		}
		return 0
	})
	for i, v := range layer {
		v.order = i
	}
}

// crossings counts the pairs of edges that cross between adjacent layers.
func (l *blockLayout) crossings(down map[*vertex][]*vertex) int {
	total := 0
	for i := 0; i+1 < len(l.layers); i++ {
		var pairs [][2]int
		for _, v := range l.layers[i] {
			for _, w := range down[v] {
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
