package runtime

import (
	"fmt"
	"os"
	"time"

	"github.com/stepwise-go/stepwise/asl"
)

// Program is a compiled state machine: every state name resolved to an
// index, every path, intrinsic call and JSONata expression parsed, every
// template pre-processed. A Program is immutable; run it any number of
// times, also concurrently, with Start.
type Program struct {
	root    *graph
	timeout time.Duration // machine TimeoutSeconds; 0 = none
	// states lists every state of the machine, nested ones too, by id.
	states []*state
}

// graph is a compiled block of states: the top level, a branch or an item
// processor.
type graph struct {
	start  int
	states []*state
	// neverWaits says no state of the block can wait (see neverWaits), so
	// a Parallel or Map runs it on the calling goroutine.
	neverWaits bool
}

// Compile validates m (asl.Validate) and compiles it. A machine with
// validation errors gives its asl.Diagnostics as the error.
func Compile(m *asl.Machine) (*Program, error) {
	if m == nil {
		return nil, fmt.Errorf("runtime: nil machine")
	}
	if diags := asl.Validate(m); diags.HasErrors() {
		return nil, diags
	}
	c := &compiler{}
	root, err := c.graph(&m.Graph, m.QueryLanguage.Or(asl.JSONPath))
	if err != nil {
		return nil, err
	}
	p := &Program{root: root, states: c.states}
	if m.TimeoutSeconds != nil {
		p.timeout = time.Duration(*m.TimeoutSeconds) * time.Second
	}
	return p, nil
}

// CompileDefinition parses, validates and compiles ASL JSON text. Parse
// and validation errors come back as asl.Diagnostics.
func CompileDefinition(data []byte) (*Program, error) {
	m, diags := asl.ParseAndValidate(data)
	if diags.HasErrors() {
		return nil, diags
	}
	return Compile(m)
}

// CompileFile reads an ASL file and compiles it with CompileDefinition.
func CompileFile(path string) (*Program, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return CompileDefinition(data)
}

// compiler holds what compiling one machine needs.
type compiler struct {
	// states lists every compiled state; a state's id is its index.
	states []*state
}

func (c *compiler) graph(g *asl.Graph, lang asl.QueryLanguage) (*graph, error) {
	out := &graph{states: make([]*state, len(g.States))}
	index := make(map[string]int, len(g.States))
	for i, s := range g.States {
		index[s.Common().Name] = i
	}
	start, ok := index[g.StartAt]
	if !ok {
		return nil, fmt.Errorf("runtime: StartAt %q names no state", g.StartAt)
	}
	out.start = start
	for i, s := range g.States {
		cs, err := c.state(s, s.Common().QueryLanguage.Or(lang), index)
		if err != nil {
			return nil, fmt.Errorf("runtime: state %q: %w", s.Common().Name, err)
		}
		out.states[i] = cs
	}
	out.neverWaits = neverWaits(out)
	return out, nil
}

// target resolves a Next name to an index.
func target(index map[string]int, name string) (int, error) {
	i, ok := index[name]
	if !ok {
		return 0, fmt.Errorf("unknown state %q", name)
	}
	return i, nil
}
