package diagram_test

import (
	"testing"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/constructs/workflows"
	"github.com/stepwise-go/stepwise/diagram"
	"github.com/stepwise-go/stepwise/snapshots"
)

// exampleDiagram builds the diagram of an example workflow from its ASL,
// as `stepwise graph NAME` does.
func exampleDiagram(t *testing.T, w workflows.Workflow) *diagram.Diagram {
	t.Helper()
	data, err := w.Build().Synth()
	if err != nil {
		t.Fatalf("synth %s: %v", w.Name, err)
	}
	m, diags := asl.Parse(data)
	if diags.HasErrors() {
		t.Fatalf("parse %s: %v", w.Name, diags)
	}
	return diagram.New(m)
}

func TestGoldenMermaid(t *testing.T) {
	for _, w := range workflows.All() {
		t.Run(w.Name, func(t *testing.T) {
			snapshots.Check(t, "graph/"+w.Name+".mmd", exampleDiagram(t, w).Mermaid())
		})
	}
}

func TestGoldenDOT(t *testing.T) {
	for _, w := range workflows.All() {
		t.Run(w.Name, func(t *testing.T) {
			snapshots.Check(t, "graph/"+w.Name+".dot", exampleDiagram(t, w).DOT())
		})
	}
}

func TestGoldenSVG(t *testing.T) {
	for _, w := range workflows.All() {
		t.Run(w.Name, func(t *testing.T) {
			snapshots.Check(t, "graph/"+w.Name+".svg", exampleDiagram(t, w).SVG())
		})
	}
}
