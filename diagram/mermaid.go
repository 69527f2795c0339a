package diagram

import (
	"fmt"
	"strconv"
	"strings"
)

// Mermaid renders the diagram as a Mermaid flowchart ("flowchart TD") that
// GitHub renders as is. Each state type has its shape and colour (Task
// rectangle, Choice hexagon, Wait parallelogram, Pass rounded, Succeed and
// Fail stadiums in green and red); Parallel and Map states are subgraphs
// holding a subgraph per branch or processor, and transitions into and out
// of them attach to the subgraph. A subgraph's title is one line, "Name
// (Type)", because Mermaid does not make room for more (so a Parallel's or
// Map's retriers are not shown). Catch edges are dotted. Node ids are the
// generated ids; all text is quoted, with Mermaid's #code; entities for
// the characters that would otherwise end or change it.
func (d *Diagram) Mermaid() []byte {
	w := &mermaidWriter{}
	w.line(0, "flowchart TD")
	w.node(1, d.Top.Entry)
	w.block(1, d.Top)
	w.node(1, d.Top.Exit)
	w.edges(d.Top)
	for _, c := range mermaidClasses {
		if ids := w.classes[c.name]; len(ids) > 0 {
			w.line(1, "classDef "+c.name+" "+c.style)
			w.line(1, "class "+strings.Join(ids, ",")+" "+c.name)
		}
	}
	if len(w.catches) > 0 {
		w.line(1, "linkStyle "+strings.Join(w.catches, ",")+" stroke:#c62828,color:#c62828")
	}
	return []byte(w.b.String())
}

// mermaidClasses are the node styles, by class name.
var mermaidClasses = []struct{ name, style string }{
	{"marker", "fill:#444444,stroke:#444444,color:#ffffff"},
	{"task", "fill:#e8f1fb,stroke:#3b82c4,color:#1a1a1a"},
	{"choice", "fill:#fff4e0,stroke:#d9822b,color:#1a1a1a"},
	{"wait", "fill:#f1ecfa,stroke:#7e57c2,color:#1a1a1a"},
	{"pass", "fill:#f4f4f4,stroke:#8a8a8a,color:#1a1a1a"},
	{"succeed", "fill:#e6f4ea,stroke:#2e7d32,color:#1a1a1a"},
	{"fail", "fill:#fdecea,stroke:#c62828,color:#1a1a1a"},
	{"cluster", "fill:#fbfcfe,stroke:#5c6b7a,stroke-dasharray:5 3"},
	{"missing", "fill:#ffffff,stroke:#c62828,stroke-dasharray:4 3,color:#c62828"},
}

type mermaidWriter struct {
	b       strings.Builder
	classes map[string][]string
	links   int      // edges written so far: linkStyle counts them
	catches []string // indexes of catch edges
}

func (w *mermaidWriter) line(indent int, s string) {
	w.b.WriteString(strings.Repeat("  ", indent))
	w.b.WriteString(s)
	w.b.WriteByte('\n')
}

func (w *mermaidWriter) class(name, id string) {
	if w.classes == nil {
		w.classes = map[string][]string{}
	}
	w.classes[name] = append(w.classes[name], id)
}

// block writes the nodes and subgraphs of blk.
func (w *mermaidWriter) block(indent int, blk *Block) {
	for _, n := range blk.Nodes {
		if !n.Compound() {
			w.node(indent, n)
			continue
		}
		// One line: Mermaid does not make room for a title of several.
		w.line(indent, "subgraph "+n.ID+" ["+mermaidLabel([]string{shorten(clean(n.Name), 40) + " (" + clean(n.Type) + ")"})+"]")
		w.line(indent+1, "direction TB")
		for i, sub := range n.Blocks {
			id := n.ID + "b" + strconv.Itoa(i+1)
			w.line(indent+1, "subgraph "+id+" ["+mermaidLabel([]string{sub.Title})+"]")
			w.line(indent+2, "direction TB")
			w.block(indent+2, sub)
			w.line(indent+1, "end")
			w.class("cluster", id)
		}
		w.line(indent, "end")
		w.class("cluster", n.ID)
	}
}

// node writes one simple node with its shape.
func (w *mermaidWriter) node(indent int, n *Node) {
	label := mermaidLabel(nodeLines(n))
	open, close, class := "[", "]", "task"
	switch n.Kind {
	case StartNode:
		open, close, class = "((", "))", "marker"
	case EndNode:
		open, close, class = "(((", ")))", "marker"
	case MissingNode:
		class = "missing"
	default:
		switch n.Type {
		case "Choice":
			open, close, class = "{{", "}}", "choice"
		case "Wait":
			open, close, class = "[/", "/]", "wait"
		case "Pass":
			open, close, class = "(", ")", "pass"
		case "Succeed":
			open, close, class = "([", "])", "succeed"
		case "Fail":
			open, close, class = "([", "])", "fail"
		}
	}
	w.line(indent, n.ID+open+label+close)
	w.class(class, n.ID)
}

// edges writes the transitions of blk and of its nested blocks. Edges at
// the points where nested blocks start and end are left out: the
// subgraph shows where a branch belongs.
func (w *mermaidWriter) edges(blk *Block) {
	for _, e := range blk.Edges {
		if e.From.Kind == PointNode || e.To.Kind == PointNode {
			continue
		}
		arrow := "-->"
		if e.Kind == CatchEdge {
			arrow = "-.->"
			w.catches = append(w.catches, strconv.Itoa(w.links))
		}
		if e.Label != "" {
			arrow += "|" + mermaidLabel(wrap(e.Label, 260, 12, false, 4)) + "|"
		}
		w.line(1, e.From.ID+" "+arrow+" "+e.To.ID)
		w.links++
	}
	for _, n := range blk.Nodes {
		for _, sub := range n.Blocks {
			w.edges(sub)
		}
	}
}

// mermaidLabel quotes lines as one Mermaid label, joined by <br>.
func mermaidLabel(lines []string) string {
	parts := make([]string, len(lines))
	for i, l := range lines {
		parts[i] = mermaidEscape(l)
	}
	return `"` + strings.Join(parts, "<br>") + `"`
}

// mermaidEscape replaces the characters that could end a quoted Mermaid
// string, start an entity or be read as HTML by their #code; entities.
func mermaidEscape(s string) string {
	var b strings.Builder
	for _, r := range clean(s) {
		switch r {
		case '"':
			b.WriteString("#quot;")
		case '#', '&', '<', '>', '|', '`', '\\', ';', '[', ']', '{', '}':
			fmt.Fprintf(&b, "#%d;", r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
