package diagram

// breakCycles reverses the edges that go back to a state on the current
// path of a depth-first search from the entry (then from every state not
// yet reached, in block order), so that the graph has no cycle. Reversed
// edges are laid out downwards and drawn upwards.
func (l *blockLayout) breakCycles() {
	out := map[*vertex][]*chain{}
	for _, c := range l.chains {
		out[c.from] = append(out[c.from], c)
	}
	const (
		unseen = iota
		onPath
		done
	)
	state := map[*vertex]int{}
	type frame struct {
		v    *vertex
		next int
	}
	for _, root := range l.vertices {
		if state[root] != unseen {
			continue
		}
		stack := []frame{{v: root}}
		state[root] = onPath
		for len(stack) > 0 {
			f := &stack[len(stack)-1]
			if f.next == len(out[f.v]) {
				state[f.v] = done
				stack = stack[:len(stack)-1]
				continue
			}
			c := out[f.v][f.next]
			f.next++
			switch state[c.to] {
			case onPath:
				c.reversed = true
			case unseen:
				state[c.to] = onPath
				stack = append(stack, frame{v: c.to})
			}
		}
	}
	for _, c := range l.chains {
		if c.reversed {
			c.from, c.to = c.to, c.from
		}
	}
}

// minLength is how many layers an edge spans at least: labelled edges
// get a layer of their own for the label.
func (c *chain) minLength() int {
	if c.edge.Label != "" {
		return 2
	}
	return 1
}

// assignLayers puts each vertex on the lowest layer its incoming edges
// allow (longest path from the sources), the exit below everything.
func (l *blockLayout) assignLayers() {
	in := map[*vertex]int{}
	out := map[*vertex][]*chain{}
	for _, c := range l.chains {
		in[c.to]++
		out[c.from] = append(out[c.from], c)
	}
	var queue []*vertex
	for _, v := range l.vertices {
		if in[v] == 0 {
			queue = append(queue, v)
		}
	}
	for i := 0; i < len(queue); i++ {
		v := queue[i]
		for _, c := range out[v] {
			c.to.layer = max(c.to.layer, v.layer+c.minLength())
			if in[c.to]--; in[c.to] == 0 {
				queue = append(queue, c.to)
			}
		}
	}
	bottom := 0
	for _, v := range l.vertices {
		if v != l.exit {
			bottom = max(bottom, v.layer)
		}
	}
	l.entry.layer = 0
	l.exit.layer = bottom + 1
}

// addDummies gives each edge a vertex on every layer it crosses; a
// labelled edge's label takes the one nearest its source. An edge routed
// in a lane gets only its label's vertex, next to its source.
func (l *blockLayout) addDummies() {
	for _, c := range l.chains {
		if c.laneAfter >= 0 {
			c.addLaneLabel()
			continue
		}
		for layer := c.from.layer + 1; layer < c.to.layer; layer++ {
			d := &vertex{chain: c, layer: layer, w: dummyWidth}
			c.via = append(c.via, d)
		}
		if c.edge.Label != "" && len(c.via) > 0 {
			lv := c.via[0]
			if c.reversed {
				lv = c.via[len(c.via)-1]
			}
			lv.label = edgeLabel(c.edge)
			lv.w, lv.h = labelSize(lv.label)
			c.labelAt = lv
		}
	}
	l.layers = make([][]*vertex, l.exit.layer+1)
	// Initial order: depth first from the entry along the edges, so that
	// chains stay together and a Choice's targets come in rule order.
	out := map[*vertex][]*chain{}
	for _, c := range l.chains {
		out[c.from] = append(out[c.from], c)
	}
	placed := map[*vertex]bool{}
	var visit func(v *vertex)
	place := func(v *vertex) {
		placed[v] = true
		v.order = len(l.layers[v.layer])
		l.layers[v.layer] = append(l.layers[v.layer], v)
	}
	stack := []*vertex{}
	visit = func(root *vertex) {
		stack = append(stack[:0], root)
		for len(stack) > 0 {
			v := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if placed[v] {
				continue
			}
			place(v)
			cs := out[v]
			for _, c := range cs {
				for _, d := range c.via {
					place(d)
				}
			}
			for i := len(cs) - 1; i >= 0; i-- {
				if !placed[cs[i].to] {
					stack = append(stack, cs[i].to)
				}
			}
		}
	}
	visit(l.entry)
	for _, v := range l.vertices {
		if !placed[v] {
			visit(v)
		}
	}
}
