package diagram

import "slices"

// Shape sizes.
const (
	hexInset = 14.0 // how far a Choice hexagon's points reach out
	slant    = 8.0  // how far a Wait parallelogram leans
)

// boxStyle is the fill and stroke of a state type's box.
type boxStyle struct{ fill, stroke, dash string }

var boxStyles = map[string]boxStyle{
	"Task":     {"#e8f1fb", "#3b82c4", ""},
	"Choice":   {"#fff4e0", "#d9822b", ""},
	"Wait":     {"#f1ecfa", "#7e57c2", ""},
	"Pass":     {"#f4f4f4", "#8a8a8a", ""},
	"Succeed":  {"#e6f4ea", "#2e7d32", ""},
	"Fail":     {"#fdecea", "#c62828", ""},
	"Parallel": {"#e3ecf7", "#3b5b82", ""},
	"Map":      {"#e0f2f1", "#00796b", ""},
}

var missingStyle = boxStyle{"#ffffff", "#c62828", "4 3"}

// box draws a simple node centred at (cx, cy).
func (s *svgWriter) box(n *Node, cx, cy, w, h float64) {
	x0, y0, x1, y1 := cx-w/2, cy-h/2, cx+w/2, cy+h/2
	s.b.WriteString("<g>")
	s.printf("<title>%s</title>", xmlEscape(tooltip(n)))
	if n.Kind == StartNode || n.Kind == EndNode {
		r := w / 2
		s.printf(`<circle cx="%s" cy="%s" r="%s" fill="#444444"/>`, num(cx), num(cy), num(r))
		if n.Kind == EndNode {
			s.printf(`<circle cx="%s" cy="%s" r="%s" fill="none" stroke="#ffffff" stroke-width="1.5"/>`, num(cx), num(cy), num(r-4))
		}
		s.b.WriteString("\n")
		s.text("marker", cx, cy+4, n.Name)
		s.b.WriteString("</g>\n")
		return
	}
	st, ok := boxStyles[n.Type]
	if !ok {
		st = boxStyles["Task"]
	}
	if n.Kind == MissingNode {
		st = missingStyle
	}
	paint := `fill="` + st.fill + `" stroke="` + st.stroke + `" stroke-width="1.5"`
	if st.dash != "" {
		paint += ` stroke-dasharray="` + st.dash + `"`
	}
	switch {
	case n.Kind == MissingNode:
		s.printf(`<rect x="%s" y="%s" width="%s" height="%s" rx="4" %s/>`, num(x0), num(y0), num(w), num(h), paint)
	case n.Type == "Choice":
		s.printf(`<polygon points="%s" %s/>`, polygon(x0+hexInset, y0, x1-hexInset, y0, x1, cy, x1-hexInset, y1, x0+hexInset, y1, x0, cy), paint)
	case n.Type == "Wait":
		s.printf(`<polygon points="%s" %s/>`, polygon(x0+2*slant, y0, x1, y0, x1-2*slant, y1, x0, y1), paint)
	case n.Type == "Succeed" || n.Type == "Fail":
		s.printf(`<rect x="%s" y="%s" width="%s" height="%s" rx="%s" %s/>`, num(x0), num(y0), num(w), num(h), num(min(h/2, 18)), paint)
	case n.Type == "Pass":
		s.printf(`<rect x="%s" y="%s" width="%s" height="%s" rx="12" %s/>`, num(x0), num(y0), num(w), num(h), paint)
	default:
		s.printf(`<rect x="%s" y="%s" width="%s" height="%s" rx="4" %s/>`, num(x0), num(y0), num(w), num(h), paint)
	}
	s.b.WriteString("\n")
	s.labelText(nodeLabel(n), cx, cy-h/2+padY)
	s.b.WriteString("</g>\n")
}

// labelText writes a node's text, centred at cx, from y down.
func (s *svgWriter) labelText(lb label, cx, y float64) {
	for _, line := range lb.name {
		y += nameLine
		s.text("name", cx, y-4, line)
	}
	for _, line := range lb.kind {
		y += smallLine
		s.text("small", cx, y-3, line)
	}
	for _, line := range lb.notes {
		y += smallLine
		s.text("note", cx, y-3, line)
	}
}

// tooltip is the full text of a node, for its <title>.
func tooltip(n *Node) string {
	switch n.Kind {
	case StartNode, EndNode:
		return n.Name
	case MissingNode:
		return n.Name + " (missing: no state of this name in its block)"
	}
	return n.Name + " (" + n.Type + ")"
}

func polygon(xy ...float64) string {
	out := ""
	for i := 0; i+1 < len(xy); i += 2 {
		if i > 0 {
			out += " "
		}
		out += num(xy[i]) + "," + num(xy[i+1])
	}
	return out
}

// compound draws a Parallel or Map state whose top-left corner is at
// (x0, y0): the dashed frame, the frames of its branches with their
// blocks, the lines from the header to each branch and from each branch
// to the join bar, and the header box last, on top.
func (s *svgWriter) compound(c *compound, x0, y0 float64) {
	top, bottom := y0+c.frameTop(), y0+c.h-barThickness/2
	s.printf(`<rect class="frame" x="%s" y="%s" width="%s" height="%s" rx="6"/>`+"\n",
		num(x0), num(top), num(c.w), num(bottom-top))
	for _, f := range c.frames {
		s.printf(`<rect class="sub" x="%s" y="%s" width="%s" height="%s" rx="4"/>`+"\n",
			num(x0+f.x), num(y0+f.y), num(f.w), num(f.h))
		s.printf(`<text class="ftitle" x="%s" y="%s">%s</text>`+"\n",
			num(x0+f.x+f.titleX), num(y0+f.y+14), xmlEscape(f.block.Title))
	}
	// From the header to each branch's entry, ordered left to right.
	frames := slices.Clone(c.frames)
	slices.SortStableFunc(frames, func(a, b *frame) int {
		switch ea, eb := a.entry().x, b.entry().x; {
		case ea < eb:
			return -1
		case ea > eb:
			return 1
		}
		return 0
	})
	n := len(frames)
	step := 0.0
	if n > 1 {
		step = min(portStep, c.headerW*0.6/float64(n-1))
	}
	hy := y0 + c.headerH
	for i, f := range frames {
		hx := x0 + c.w/2 + (float64(i)-float64(n-1)/2)*step
		e := f.entry()
		ex, ey := x0+e.x, y0+e.y
		my := (hy + ey) / 2
		s.printf(`<path class="edge" d="M%s,%s C%s,%s %s,%s %s,%s"/>`+"\n",
			num(hx), num(hy), num(hx), num(my), num(ex), num(my), num(ex), num(ey))
	}
	for _, f := range c.frames {
		e := f.exit()
		s.printf(`<path class="edge" d="M%s,%s L%s,%s" marker-end="url(#arrow)"/>`+"\n",
			num(x0+e.x), num(y0+e.y), num(x0+e.x), num(y0+c.h-barThickness))
	}
	for _, f := range c.frames {
		s.block(f.layout, x0+f.x+f.innerX, y0+f.y+f.innerY)
	}
	s.printf(`<rect class="bar" x="%s" y="%s" width="%s" height="%s"/>`+"\n",
		num(x0+c.joinX0), num(y0+c.h-barThickness), num(c.joinX1-c.joinX0), num(barThickness))
	st := boxStyles[c.node.Type]
	if st.fill == "" {
		st = boxStyles["Parallel"]
	}
	cx := x0 + c.w/2
	s.b.WriteString("<g>")
	s.printf("<title>%s</title>", xmlEscape(tooltip(c.node)))
	s.printf(`<rect x="%s" y="%s" width="%s" height="%s" rx="4" fill="%s" stroke="%s" stroke-width="1.5"/>`+"\n",
		num(cx-c.headerW/2), num(y0), num(c.headerW), num(c.headerH), st.fill, st.stroke)
	s.labelText(nodeLabel(c.node), cx, y0+padY)
	s.b.WriteString("</g>\n")
}
