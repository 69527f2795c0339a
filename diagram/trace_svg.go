package diagram

// Geometry of the trace overlay.
const (
	legendH    = 40.0 // the legend row under the picture
	badgeReach = 40.0 // room on the right for badges sticking out of boxes
	badgeH     = 16.0
	ringPad    = 3.0 // how far a status ring lies outside its box
)

// TraceSVG draws the diagram as SVG (like SVG) with the path of one
// execution on top: each state that ran gets a ring in its status's
// colour and a badge with its duration, retries, Map iterations and
// visits; states that did not run are greyed out; a legend explains the
// colours under the picture. Every overlay element carries
// data-state="NAME", so a page can make states clickable. A nil t draws
// every state as not run.
func (d *Diagram) TraceSVG(t *Trace) []byte {
	lay := layoutBlock(d.Top, 0)
	w, h := max(lay.w+badgeReach, legendWidth(t))+2*svgMargin, lay.h+2*svgMargin+legendH
	s := &svgWriter{}
	s.printf(`<svg xmlns="http://www.w3.org/2000/svg" width="%s" height="%s" viewBox="0 0 %s %s">`+"\n",
		num(w), num(h), num(w), num(h))
	s.b.WriteString(svgHead)
	s.b.WriteString(traceHead)
	s.printf(`<rect width="%s" height="%s" fill="#ffffff"/>`+"\n", num(w), num(h))
	s.block(lay, svgMargin, svgMargin)
	s.overlayBlock(lay, svgMargin, svgMargin, t)
	s.legend(t, svgMargin, lay.h+2*svgMargin+8)
	s.b.WriteString("</svg>\n")
	return []byte(s.b.String())
}

// traceHead holds the overlay's styles.
const traceHead = `<style>
.unrun { fill: #ffffff; fill-opacity: 0.62; stroke: none; }
.ring, .swatch { fill: none; stroke-width: 3; }
.badge { stroke: none; }
.btext { font-size: 10px; font-weight: bold; fill: #ffffff; }
.ltext { font-size: 11px; fill: #333333; }
.hit { fill: transparent; stroke: none; cursor: pointer; }
</style>
`

// overlayBlock draws the overlay of a laid-out block whose top-left corner
// is at (ox, oy), walking it as block does.
func (s *svgWriter) overlayBlock(l *blockLayout, ox, oy float64, t *Trace) {
	for _, v := range l.vertices {
		switch {
		case v.inner != nil:
			c := v.inner
			x0, y0 := ox+v.x-v.w/2, oy+v.y-v.h/2
			for _, f := range c.frames {
				s.overlayBlock(f.layout, x0+f.x+f.innerX, y0+f.y+f.innerY, t)
			}
			s.overlayBox(c.node, x0+c.w/2, y0+c.headerH/2, c.headerW, c.headerH, t)
		case v.isBox() && v.node.Kind == StateNode:
			s.overlayBox(v.node, ox+v.x, oy+v.y, v.w, v.h, t)
		}
	}
}

// overlayBox draws the overlay of one state's box centred at (cx, cy).
func (s *svgWriter) overlayBox(n *Node, cx, cy, w, h float64, t *Trace) {
	name := xmlEscape(n.Name)
	x0, y0 := cx-w/2, cy-h/2
	st := t.Step(n.Name)
	if st == nil {
		s.printf(`<rect class="unrun" data-state="%s" x="%s" y="%s" width="%s" height="%s"/>`+"\n",
			name, num(x0-1), num(y0-1), num(w+2), num(h+2))
		s.printf(`<rect class="hit" data-state="%s" x="%s" y="%s" width="%s" height="%s"/>`+"\n",
			name, num(x0), num(y0), num(w), num(h))
		return
	}
	color := stepColors[st.Status]
	if color == "" {
		color = stepColors[StepRunning]
	}
	s.printf(`<rect class="ring" data-state="%s" data-status="%s" x="%s" y="%s" width="%s" height="%s" rx="6" stroke="%s"/>`+"\n",
		name, string(st.Status), num(x0-ringPad), num(y0-ringPad), num(w+2*ringPad), num(h+2*ringPad), color)
	text := st.badge()
	bw := textWidth(text, 10, true) + 10
	bx, by := x0+w-bw+8, y0-badgeH/2-ringPad
	s.printf(`<g data-state="%s"><rect class="badge" x="%s" y="%s" width="%s" height="%s" rx="8" fill="%s"/>`,
		name, num(bx), num(by), num(bw), num(badgeH), color)
	s.printf(`<text class="btext" x="%s" y="%s" text-anchor="middle">%s</text></g>`+"\n",
		num(bx+bw/2), num(by+badgeH-4.5), xmlEscape(text))
	s.printf(`<rect class="hit" data-state="%s" x="%s" y="%s" width="%s" height="%s"/>`+"\n",
		name, num(x0), num(y0), num(w), num(h))
}

// legendEntries are the legend's swatches, in order.
var legendEntries = []struct {
	status StepStatus
	text   string
}{
	{StepSucceeded, "succeeded"},
	{StepCaught, "failed, caught"},
	{StepFailed, "failed"},
	{StepRunning, "running"},
}

// legendStatus is the legend's last entry: how the execution ended.
func legendStatus(t *Trace) string {
	if t == nil {
		return "not started"
	}
	return "execution " + t.Status + " after " + FormatDuration(t.Duration)
}

// legendWidth is the width the legend takes.
func legendWidth(t *Trace) float64 {
	w := 0.0
	for _, e := range legendEntries {
		w += 30 + textWidth(e.text, 11, false) + 14
	}
	return w + 30 + textWidth("not run", 11, false) + 18 + textWidth(legendStatus(t), 11, true)
}

// legend draws the colour key and the execution's status at (x, y).
func (s *svgWriter) legend(t *Trace, x, y float64) {
	for _, e := range legendEntries {
		s.printf(`<rect class="swatch" x="%s" y="%s" width="18" height="12" rx="3" stroke="%s"/>`, num(x), num(y+2), stepColors[e.status])
		s.printf(`<text class="ltext" x="%s" y="%s">%s</text>`+"\n", num(x+24), num(y+12), e.text)
		x += 30 + textWidth(e.text, 11, false) + 14
	}
	s.printf(`<rect x="%s" y="%s" width="18" height="12" rx="3" fill="#dddddd"/>`, num(x), num(y+2))
	s.printf(`<text class="ltext" x="%s" y="%s">not run</text>`+"\n", num(x+24), num(y+12))
	x += 30 + textWidth("not run", 11, false) + 18
	s.printf(`<text class="ltext" x="%s" y="%s" font-weight="bold">%s</text>`+"\n", num(x), num(y+12), xmlEscape(legendStatus(t)))
}
