package diagram

import (
	"strconv"
	"strings"
)

// DOT renders the diagram as Graphviz DOT text, for users who have
// Graphviz or a tool that reads DOT. Parallel and Map states are clusters
// with a fork bar at the top and a join bar at the bottom, around a
// cluster per branch or processor; transitions into such a state go to its
// fork bar and transitions out of it leave from its join bar. Catch edges
// are dashed and red. Labels are double-quoted with '\' and '"' escaped.
func (d *Diagram) DOT() []byte {
	w := &dotWriter{points: map[string]string{}}
	w.line(0, "digraph stepwise {")
	w.line(1, `graph [fontname="Verdana,DejaVu Sans,sans-serif", fontsize=11, compound=true, nodesep=0.35, ranksep=0.45];`)
	w.line(1, `node [fontname="Verdana,DejaVu Sans,sans-serif", fontsize=11, shape=box, style="rounded,filled", penwidth=1.2];`)
	w.line(1, `edge [fontname="Verdana,DejaVu Sans,sans-serif", fontsize=10, color="#555555", fontcolor="#333333", arrowsize=0.7];`)
	w.node(1, d.Top.Entry)
	w.block(1, d.Top)
	w.node(1, d.Top.Exit)
	w.edges(d.Top)
	w.line(0, "}")
	return []byte(w.b.String())
}

type dotWriter struct {
	b strings.Builder
	// points maps the ids of nested blocks' entry and exit points to the
	// fork and join bars of the state that holds them.
	points map[string]string
}

func (w *dotWriter) line(indent int, s string) {
	w.b.WriteString(strings.Repeat("  ", indent))
	w.b.WriteString(s)
	w.b.WriteByte('\n')
}

// dotStyles are the node attributes by state type.
var dotStyles = map[string]string{
	"Task":    `fillcolor="#e8f1fb", color="#3b82c4"`,
	"Choice":  `shape=hexagon, style="filled", fillcolor="#fff4e0", color="#d9822b"`,
	"Wait":    `shape=parallelogram, style="filled", fillcolor="#f1ecfa", color="#7e57c2"`,
	"Pass":    `fillcolor="#f4f4f4", color="#8a8a8a"`,
	"Succeed": `shape=oval, style="filled", fillcolor="#e6f4ea", color="#2e7d32"`,
	"Fail":    `shape=oval, style="filled", fillcolor="#fdecea", color="#c62828"`,
}

const barStyle = `shape=box, style=filled, label="", height=0.04, width=1.2, fixedsize=true, fillcolor="#333333", color="#333333"`

func (w *dotWriter) block(indent int, blk *Block) {
	for _, n := range blk.Nodes {
		if !n.Compound() {
			w.node(indent, n)
			continue
		}
		w.line(indent, "subgraph cluster_"+n.ID+" {")
		w.line(indent+1, "label="+dotQuote(nodeLines(n))+`; style="dashed,rounded"; color="#5c6b7a"; fontcolor="#1a1a1a";`)
		fork, join := n.ID+"_fork", n.ID+"_join"
		w.line(indent+1, fork+" ["+barStyle+"];")
		for i, sub := range n.Blocks {
			w.points[sub.Entry.ID], w.points[sub.Exit.ID] = fork, join
			w.line(indent+1, "subgraph cluster_"+n.ID+"b"+strconv.Itoa(i+1)+" {")
			w.line(indent+2, "label="+dotQuote([]string{sub.Title})+`; style="dotted,rounded"; color="#8a8a8a";`)
			w.block(indent+2, sub)
			w.line(indent+1, "}")
		}
		w.line(indent+1, join+" ["+barStyle+"];")
		w.line(indent, "}")
	}
}

func (w *dotWriter) node(indent int, n *Node) {
	attrs := `fillcolor="#e8f1fb", color="#3b82c4"`
	switch n.Kind {
	case StartNode:
		attrs = `shape=circle, style=filled, fillcolor="#444444", color="#444444", fontcolor="#ffffff"`
	case EndNode:
		attrs = `shape=doublecircle, style=filled, fillcolor="#444444", color="#444444", fontcolor="#ffffff"`
	case MissingNode:
		attrs = `style="dashed,rounded", color="#c62828", fontcolor="#c62828"`
	default:
		if s, ok := dotStyles[n.Type]; ok {
			attrs = s
		}
	}
	w.line(indent, n.ID+" [label="+dotQuote(nodeLines(n))+", "+attrs+"];")
}

// end returns the DOT node an edge attaches to at n: a compound state's
// fork bar (to) or join bar (from), a nested block's point's bar, or n.
func (w *dotWriter) end(n *Node, from bool) string {
	switch {
	case n.Kind == PointNode:
		return w.points[n.ID]
	case n.Compound() && from:
		return n.ID + "_join"
	case n.Compound():
		return n.ID + "_fork"
	}
	return n.ID
}

func (w *dotWriter) edges(blk *Block) {
	for _, e := range blk.Edges {
		from, to := w.end(e.From, true), w.end(e.To, false)
		if from == "" || to == "" {
			continue
		}
		var attrs []string
		if e.Label != "" {
			attrs = append(attrs, "label="+dotQuote(wrap(e.Label, 260, edgeSize, false, 4)))
		}
		if e.Kind == CatchEdge {
			attrs = append(attrs, `style=dashed`, `color="#c62828"`, `fontcolor="#c62828"`)
		}
		line := from + " -> " + to
		if len(attrs) > 0 {
			line += " [" + strings.Join(attrs, ", ") + "]"
		}
		w.line(1, line+";")
	}
	for _, n := range blk.Nodes {
		for _, sub := range n.Blocks {
			w.edges(sub)
		}
	}
}

// dotQuote returns lines as one DOT string, joined by \n.
func dotQuote(lines []string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i, l := range lines {
		if i > 0 {
			b.WriteString(`\n`)
		}
		for _, r := range clean(l) {
			if r == '"' || r == '\\' {
				b.WriteByte('\\')
			}
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
