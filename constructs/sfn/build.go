package sfn

import (
	"fmt"
	"strings"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/jsontree"
)

// builder turns the DSL's states into the ASL model for one Build.
type builder struct {
	machine *StateMachine
	diags   asl.Diagnostics
	blocks  []block      // every block built so far, in the order begun
	queue   []State      // the breadth-first queues of the blocks being built, one after the other
	out     *asl.Machine // the machine being built; its own fields are set before its states
	render  *synthRender // when set (Synth), is given the top-level states as they are finished
}

// graph builds the block of states reachable from start, breadth-first;
// nested blocks are built as their owner is reached. where says where the
// block is (the top level, a branch, an item processor). States are
// identified by object, so a state is emitted once per block however many
// edges lead to it.
func (b *builder) graph(start State, where block) *asl.Graph {
	base := len(b.queue) // this block's queue is b.queue[base:]
	start.node().visited = b
	b.queue = append(b.queue, start)
	for i := base; i < len(b.queue); i++ {
		n := len(b.queue)
		b.queue = b.queue[i].appendSuccessors(b.queue)
		kept := b.queue[:n]
		for _, next := range b.queue[n:] {
			if next != nil && next.node().visited != b {
				next.node().visited = b
				kept = append(kept, next)
			}
		}
		b.queue = kept
	}
	end := len(b.queue)
	g := &asl.Graph{StartAt: start.Name(), States: make([]asl.State, end-base)}
	id := len(b.blocks)
	b.blocks = append(b.blocks, where)
	render := b.render
	if id > 0 {
		render = nil // nested blocks reach it through their owner
	}
	if render != nil {
		render.begin(b.out, g.StartAt, len(g.States))
	}
	for i := base; i < end; i++ {
		s := b.queue[i]
		at := site{b: b, block: id, name: s.Name()}
		b.claim(s, at)
		if probs := s.node().probs; len(probs) > 0 {
			b.report(at.loc(), probs)
		}
		var nested []*asl.Graph
		if starts := s.nested(); len(starts) > 0 {
			nested = make([]*asl.Graph, len(starts))
			for k, start := range starts {
				nested[k] = b.graph(start, block{parent: id, owner: s, k: k}) // queues after this one, then truncates
			}
		}
		g.States[i-base] = s.toModel(b, at, nested)
		if render != nil {
			render.finished(g.States, i-base+1)
		}
	}
	b.queue = b.queue[:base]
	return g
}

// report turns recorded problems into diagnostics below at.
func (b *builder) report(at asl.Location, ps problems) {
	for _, p := range ps {
		b.diags = append(b.diags, asl.Diagnostic{
			Severity: asl.Error,
			Code:     p.code,
			At:       locate(at, p.where),
			Message:  p.msg,
			Source:   p.source,
		})
	}
}

// withSources fills in the Source of validator diagnostics that lack one
// but lie in or below a state the DSL built (the validator copies a
// state's Source for most checks, not all). With two states of the same
// name in one block, the later one's Source is used. The map from state
// locations to sources is made only when some diagnostic needs it.
func withSources(model *asl.Machine, ds asl.Diagnostics) asl.Diagnostics {
	var sources map[string]string
	for i, d := range ds {
		if d.Source != "" {
			continue
		}
		if sources == nil {
			sources = map[string]string{}
			collectSources(&model.Graph, asl.Root, sources)
		}
		for p := d.At.Pointer(); p != ""; p = parentPointer(p) {
			if src, ok := sources[p]; ok {
				ds[i].Source = src
				break
			}
		}
	}
	return ds
}

// collectSources records the Source of every state of g and its nested
// blocks by the state's JSON Pointer.
func collectSources(g *asl.Graph, at asl.Location, into map[string]string) {
	for _, s := range g.States {
		sat := at.At("States").At(s.Common().Name)
		into[sat.Pointer()] = s.Common().Source
		switch s := s.(type) {
		case *asl.Parallel:
			for i, br := range s.Branches {
				collectSources(br, sat.At("Branches").Index(i), into)
			}
		case *asl.Map:
			if s.ItemProcessor != nil {
				collectSources(s.ItemProcessor, sat.At("ItemProcessor"), into)
			}
		}
	}
}

// parentPointer drops the last step of a JSON Pointer.
func parentPointer(p string) string {
	return p[:strings.LastIndexByte(p, '/')]
}

// claim makes the machine being built the owner of s, or reports that
// another machine owns it.
func (b *builder) claim(s State, at site) {
	n := s.node()
	switch n.owner {
	case nil:
		n.owner = b.machine
	case b.machine:
	default:
		b.diags = append(b.diags, asl.Diagnostic{
			Severity: asl.Error,
			Code:     asl.CodeStateOwnership,
			At:       at.loc(),
			Message:  fmt.Sprintf(msgOwnership, n.name, n.owner.name, n.owner.source),
			Source:   n.source,
		})
	}
}

// payload converts x for field of the state s and records what could not
// be converted. With object set, the result must be a JSON object (Assign,
// Credentials); mode says what a Path becomes.
func payload(s *base, field string, x any, mode payloadMode, object bool) *jsontree.Value {
	v, issues := convertPayload(x, mode)
	for _, is := range issues {
		s.probs.add(append([]any{field}, is.where...), "%s", is.msg)
	}
	if object && len(issues) == 0 && v.Kind != jsontree.Object {
		s.probs.add([]any{field}, msgNotObject, field, v.Kind)
	}
	return v
}

// stringPtr returns a pointer to a copy of s.
func stringPtr(s string) *string { return &s }

// pathPtr returns a pointer to p as a string, for the …Path fields.
func pathPtr(p Path) *string {
	s := string(p)
	return &s
}
