// Package diagram draws Amazon States Language definitions as pictures:
// Mermaid flowcharts (which GitHub renders), Graphviz DOT text, and SVG laid
// out in-process (no Graphviz or other program needed).
//
// New turns a parsed machine into a Diagram, the one picture model the three
// renderers share: a Start marker, every state with its name and type, an
// End marker; an edge for each Next, each Choice rule (labelled with its
// condition in readable form, see Condition), the Choice default (labelled
// "Default") and each Catch (dashed, labelled with its error names); each
// state's Retry as a note; Parallel branches and Map item processors as
// nested blocks drawn as clusters. Loops are edges like any other; the
// layout draws them going back up.
//
// The SVG layout is layered (Sugiyama style): each block is laid out on its
// own, bottom-up, so that a Parallel or Map state is one big node of its
// block; cycles are broken by reversing back edges; labels are nodes of
// their own, so they never overlap; long edges run through dummy nodes
// that keep them clear of boxes. On big blocks (more dummies than four per
// state, and at least 2,000) the longest edges instead leave the layers
// and run in vertical lanes beside them, crossing over in the gaps between
// layers, so the layout grows about linearly: a 3,000-state machine draws
// in a tenth of a second. Crossing reduction is bounded the same way.
// Output is deterministic, byte for byte.
//
// Blocks nested deeper than 100 levels are not drawn; Diagram.Warnings
// names the states whose blocks are left out.
//
// Names and labels may hold any text: every renderer escapes what its
// format needs, identifiers are generated (s1, s2, …) and never derived from
// names, control characters are shown as spaces, and very long names are
// wrapped and cut.
package diagram
