package diagram

import (
	"strconv"
	"strings"
)

// svgMargin is the space around the picture.
const svgMargin = 16.0

// SVG renders the diagram as a standalone SVG document, laid out in
// process (see the package doc). The text uses Verdana or DejaVu Sans;
// boxes are sized for those, the widest common sans-serif fonts. Each
// state's box carries a <title> with its full name, shown as a tooltip.
func (d *Diagram) SVG() []byte {
	lay := layoutBlock(d.Top, 0)
	w, h := lay.w+2*svgMargin, lay.h+2*svgMargin
	s := &svgWriter{}
	s.printf(`<svg xmlns="http://www.w3.org/2000/svg" width="%s" height="%s" viewBox="0 0 %s %s">`+"\n",
		num(w), num(h), num(w), num(h))
	s.b.WriteString(svgHead)
	s.printf(`<rect width="%s" height="%s" fill="#ffffff"/>`+"\n", num(w), num(h))
	s.block(lay, svgMargin, svgMargin)
	s.b.WriteString("</svg>\n")
	return []byte(s.b.String())
}

// svgHead holds the styles and arrowheads.
const svgHead = `<style>
text { font-family: Verdana, "DejaVu Sans", sans-serif; fill: #1a1a1a; }
.name { font-size: 13px; font-weight: bold; }
.small { font-size: 11px; fill: #4a4a4a; }
.note { font-size: 11px; fill: #7a4b00; }
.marker { font-size: 11px; font-weight: bold; fill: #ffffff; }
.elabel { font-size: 11px; fill: #333333; }
.clabel { font-size: 11px; fill: #c62828; }
.ftitle { font-size: 11px; font-style: italic; fill: #4a4a4a; }
.edge { fill: none; stroke: #555555; stroke-width: 1.4; }
.edge.catch { stroke: #c62828; stroke-dasharray: 5 4; }
.lbox { fill: #ffffff; fill-opacity: 0.92; stroke: #d0d0d0; stroke-width: 0.8; }
.lbox.catch { stroke: #e8b4b4; }
.frame { fill: #f7f9fc; stroke: #5c6b7a; stroke-width: 1.2; stroke-dasharray: 6 4; }
.sub { fill: #ffffff; stroke: #9aa5b1; stroke-width: 1; stroke-dasharray: 3 3; }
.bar { fill: #333333; }
</style>
<defs>
<marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#555555"/></marker>
<marker id="arrow-catch" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#c62828"/></marker>
</defs>
`

type svgWriter struct {
	b strings.Builder
}

func (s *svgWriter) printf(format string, args ...string) {
	out := format
	for _, a := range args {
		i := strings.Index(out, "%s")
		if i < 0 {
			break
		}
		s.b.WriteString(out[:i])
		s.b.WriteString(a)
		out = out[i+2:]
	}
	s.b.WriteString(out)
}

// block draws a laid-out block whose top-left corner is at (ox, oy):
// edges first, then their labels, then the boxes.
func (s *svgWriter) block(l *blockLayout, ox, oy float64) {
	for _, c := range l.chains {
		s.edge(c, ox, oy)
	}
	for _, c := range l.chains {
		if c.labelAt != nil {
			s.edgeLabel(c.edge, c.labelAt.label, ox+c.labelAt.x, oy+c.labelAt.y)
		}
	}
	for _, v := range l.vertices {
		switch {
		case v.inner != nil:
			s.compound(v.inner, ox+v.x-v.w/2, oy+v.y-v.h/2)
		case v.isBox():
			s.box(v.node, ox+v.x, oy+v.y, v.w, v.h)
		}
		for i, e := range v.loops {
			s.selfLoop(e, ox+v.x+v.w/2, oy+v.y, v.h, i)
		}
	}
}

// edge draws one edge as a path: straight where it runs through a layer,
// curved between layers.
func (s *svgWriter) edge(c *chain, ox, oy float64) {
	if len(c.points) < 2 {
		return
	}
	var d strings.Builder
	p0 := c.points[0]
	d.WriteString("M" + num(ox+p0.x) + "," + num(oy+p0.y))
	for _, p := range c.points[1:] {
		x0, y0, x1, y1 := ox+p0.x, oy+p0.y, ox+p.x, oy+p.y
		if x0 == x1 {
			d.WriteString(" L" + num(x1) + "," + num(y1))
		} else {
			my := (y0 + y1) / 2
			d.WriteString(" C" + num(x0) + "," + num(my) + " " + num(x1) + "," + num(my) + " " + num(x1) + "," + num(y1))
		}
		p0 = p
	}
	class, marker := "edge", ` marker-end="url(#arrow)"`
	if c.edge.Kind == CatchEdge {
		class, marker = "edge catch", ` marker-end="url(#arrow-catch)"`
	}
	if c.edge.To.Kind == PointNode {
		marker = "" // a nested block's end: the join bar's line carries the arrow
	}
	s.printf(`<path class="%s" d="%s"%s/>`+"\n", class, d.String(), marker)
}

// edgeLabel draws a label box centred at (cx, cy).
func (s *svgWriter) edgeLabel(e *Edge, lines []string, cx, cy float64) {
	w, h := labelSize(lines)
	box, text := "lbox", "elabel"
	if e.Kind == CatchEdge {
		box, text = "lbox catch", "clabel"
	}
	s.printf(`<rect class="%s" x="%s" y="%s" width="%s" height="%s" rx="3"/>`+"\n",
		box, num(cx-w/2), num(cy-h/2), num(w), num(h))
	y := cy - h/2 + labelPadY + edgeLine - 3
	for _, line := range lines {
		s.text(text, cx, y, line)
		y += edgeLine
	}
}

// selfLoop draws the i-th edge from a state back to itself, out of the
// right side of its box (whose right edge is at x, centre at y).
func (s *svgWriter) selfLoop(e *Edge, x, y, h float64, i int) {
	dy := min(h/4, 10) + float64(i)*3
	reach := loopWidth + float64(i)*6
	class, marker := "edge", "url(#arrow)"
	if e.Kind == CatchEdge {
		class, marker = "edge catch", "url(#arrow-catch)"
	}
	s.printf(`<path class="%s" d="M%s,%s C%s,%s %s,%s %s,%s" marker-end="%s"/>`+"\n", class,
		num(x), num(y-dy), num(x+reach), num(y-dy-6), num(x+reach), num(y+dy+6), num(x), num(y+dy), marker)
	if e.Label != "" {
		lines := edgeLabel(e)
		w, _ := labelSize(lines)
		s.edgeLabel(e, lines, x+reach+4+w/2, y)
	}
}

// text writes one line of text centred at x with its baseline at y.
func (s *svgWriter) text(class string, x, y float64, line string) {
	s.printf(`<text class="%s" x="%s" y="%s" text-anchor="middle">%s</text>`+"\n", class, num(x), num(y), xmlEscape(line))
}

// num formats a coordinate with at most one decimal.
func num(f float64) string {
	return strconv.FormatFloat(float64(int64(f*10+copySign(0.5, f)))/10, 'f', -1, 64)
}

func copySign(a, b float64) float64 {
	if b < 0 {
		return -a
	}
	return a
}

// xmlEscape escapes text for XML character data and attribute values and
// drops what XML cannot hold.
func xmlEscape(s string) string {
	var b strings.Builder
	for _, r := range clean(s) {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			b.WriteString("&quot;")
		case '\'':
			b.WriteString("&#39;")
		case '\uFFFE', '\uFFFF':
			b.WriteRune('\uFFFD')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
