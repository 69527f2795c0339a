package diagram

import "math"

// placeRounds is how many down-and-up sweeps the horizontal placement
// makes.
const placeRounds = 10

// separation returns the least distance between the centres of a and b
// when b is right of a in a layer.
func separation(a, b *vertex) float64 {
	gap := dummyGap
	if a.isBox() && b.isBox() || a.inner != nil || b.inner != nil {
		gap = nodeGap
	}
	if a.isDummy() && b.isDummy() {
		gap = dummyGap / 2
	}
	return a.w/2 + a.right + gap + b.w/2
}

// pull returns how strongly an edge segment between a and b straightens:
// long edges (dummy to dummy) are kept straightest.
func pull(a, b *vertex) float64 {
	switch {
	case a.chain != nil && b.chain != nil:
		return 8
	case a.chain != nil || b.chain != nil:
		return 2
	}
	return 1
}

// placeX sets the horizontal centres: each layer is packed, then in
// sweeps down and up every vertex moves as close as the layer's order and
// separations allow to the weighted mean of its neighbours on the layer
// before (an exact least-squares step, by isotonic regression).
func (l *blockLayout) placeX() {
	for _, layer := range l.layers {
		x := 0.0
		for i, v := range layer {
			if i > 0 {
				x += separation(layer[i-1], v)
			}
			v.x = x
		}
	}
	for range placeRounds {
		for i := 1; i < len(l.layers); i++ {
			relax(l.layers[i], upOf)
		}
		for i := len(l.layers) - 2; i >= 0; i-- {
			relax(l.layers[i], downOf)
		}
	}
	left, right := math.Inf(1), math.Inf(-1)
	for _, v := range l.allVertices() {
		left = min(left, v.x-v.w/2)
		right = max(right, v.x+v.w/2+v.right)
	}
	if math.IsInf(left, 0) {
		left, right = 0, 0
	}
	for _, v := range l.allVertices() {
		v.x -= left
	}
	l.w = right - left
}

// relax moves the vertices of layer towards their neighbours in adj.
func relax(layer []*vertex, adj func(*vertex) []*vertex) {
	n := len(layer)
	if n == 0 {
		return
	}
	target := make([]float64, n)
	weight := make([]float64, n)
	offset := make([]float64, n)
	for i, v := range layer {
		if i > 0 {
			offset[i] = offset[i-1] + separation(layer[i-1], v)
		}
		sum, ws := 0.0, 0.0
		for _, u := range adj(v) {
			p := pull(v, u)
			sum += p * u.x
			ws += p
		}
		if ws == 0 {
			target[i], weight[i] = v.x, 0.05
		} else {
			target[i], weight[i] = sum/ws, ws
		}
		target[i] -= offset[i]
	}
	y := isotonic(target, weight)
	for i, v := range layer {
		v.x = y[i] + offset[i]
	}
}

// isotonic returns the non-decreasing sequence closest to t in the
// weighted least-squares sense (pool adjacent violators).
func isotonic(t, w []float64) []float64 {
	type pool struct {
		sum, weight float64
		n           int
	}
	var pools []pool
	for i := range t {
		pools = append(pools, pool{t[i] * w[i], w[i], 1})
		for len(pools) > 1 {
			a, b := pools[len(pools)-2], pools[len(pools)-1]
			if a.sum/a.weight < b.sum/b.weight {
				break
			}
			pools = pools[:len(pools)-2]
			pools = append(pools, pool{a.sum + b.sum, a.weight + b.weight, a.n + b.n})
		}
	}
	out := make([]float64, 0, len(t))
	for _, p := range pools {
		for range p.n {
			out = append(out, p.sum/p.weight)
		}
	}
	return out
}

// allVertices returns every vertex of every layer, dummies included.
func (l *blockLayout) allVertices() []*vertex {
	var out []*vertex
	for _, layer := range l.layers {
		out = append(out, layer...)
	}
	return out
}

// placeY stacks the layers: each is as tall as its tallest box, with
// layerGap between layers; vertices are centred on their layer.
func (l *blockLayout) placeY() {
	l.layerY = make([]float64, len(l.layers))
	l.layerH = make([]float64, len(l.layers))
	y := 0.0
	for i, layer := range l.layers {
		h := 0.0
		for _, v := range layer {
			h = max(h, v.h)
		}
		if i > 0 {
			y += l.gapAbove(i)
		}
		l.layerH[i] = h
		l.layerY[i] = y + h/2
		for _, v := range layer {
			v.y = l.layerY[i]
		}
		y += h
	}
	l.h = y
}

// bandTop and bandBottom return the top and bottom of a layer.
func (l *blockLayout) bandTop(layer int) float64    { return l.layerY[layer] - l.layerH[layer]/2 }
func (l *blockLayout) bandBottom(layer int) float64 { return l.layerY[layer] + l.layerH[layer]/2 }

// pointGap is the space between a nested block's entry or exit point and
// the states next to it: the line from the header (or to the join bar)
// continues it.
const pointGap = 22.0

// gapAbove returns the space between layer i-1 and layer i.
func (l *blockLayout) gapAbove(i int) float64 {
	if i == 1 && l.entry.node.Kind == PointNode && len(l.layers[0]) == 1 ||
		i == len(l.layers)-1 && l.exit.node.Kind == PointNode && len(l.layers[i]) == 1 {
		return pointGap
	}
	return layerGap
}
