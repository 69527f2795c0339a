package importer

import (
	"github.com/stepwise-go/stepwise/asl"
)

// planner builds the plan of one machine.
type planner struct {
	lang        asl.QueryLanguage // the machine's query language
	ids         idents
	vars        map[asl.State]string
	stmts       []Stmt
	unsupported []Unsupported
}

// newPlan returns the plan of m, a valid machine, as a function building
// the machine named name; or the features of m the DSL cannot express.
func newPlan(m *asl.Machine, name string) (*Plan, []Unsupported) {
	p := &planner{lang: asl.JSONPath, ids: idents{}, vars: map[asl.State]string{}}
	p.lang = m.QueryLanguage.Or(asl.JSONPath)
	p.ids.take(name)
	start := p.block(&m.Graph, asl.Root, true)
	var calls []Call
	if m.Comment != nil {
		calls = append(calls, call(nil, "Comment", Str{*m.Comment}))
	}
	if m.QueryLanguage != "" {
		calls = append(calls, call(nil, "QueryLanguage", language(m.QueryLanguage)))
	}
	if m.Version != nil {
		calls = append(calls, call(nil, "Version", Str{*m.Version}))
	}
	if m.TimeoutSeconds != nil {
		calls = append(calls, call(nil, "Timeout", p.seconds(*m.TimeoutSeconds, asl.Root.At("TimeoutSeconds"))))
	}
	if _, isChain := start.(Call); isChain {
		p.stmts = append(p.stmts, Stmt{Name: "definition", X: start, Blank: true})
		start = Var{"definition"}
	}
	result := chain(fn("sfn", "NewStateMachine", Str{name}, start), calls...)
	return &Plan{Stmts: p.stmts, Result: result}, p.unsupported
}

// problem records a field the DSL cannot express.
func (p *planner) problem(at asl.Location, reason string) {
	p.unsupported = append(p.unsupported, Unsupported{Pointer: at.Pointer(), Path: at.String(), Reason: reason})
}

// block declares the states of g, wires them, and returns what starts the
// block: the chain from its StartAt when that state heads one, else the
// start state's variable. Nested blocks are planned as their Parallel or
// Map state is declared (which also writes their Comment).
func (p *planner) block(g *asl.Graph, at asl.Location, top bool) Expr {
	for _, s := range g.States {
		p.vars[s] = p.ids.forName(s.Common().Name)
	}
	b := &blockPlan{p: p, g: g, at: at, declared: map[asl.State]bool{}, visiting: map[asl.State]bool{}}
	for _, s := range g.States {
		b.declare(s)
	}
	blank := true // an empty line between the declarations and the wiring
	for _, w := range b.wiring {
		p.stmts = append(p.stmts, Stmt{X: w, Blank: blank})
		blank = false
	}
	start := g.Lookup(g.StartAt)
	var startExpr Expr = Var{p.vars[start]}
	for _, c := range b.chains() {
		if c[0] == start {
			startExpr = p.chainExpr(c)
			continue
		}
		p.stmts = append(p.stmts, Stmt{X: p.chainExpr(c), Blank: blank})
		blank = false
	}
	return startExpr
}

// chainExpr returns a.Next(b).Next(c)… for the states of a chain.
func (p *planner) chainExpr(states []asl.State) Expr {
	var e Expr = Var{p.vars[states[0]]}
	for _, s := range states[1:] {
		e = call(e, "Next", Var{p.vars[s]})
	}
	return e
}

// blockPlan declares the states of one block.
type blockPlan struct {
	p        *planner
	g        *asl.Graph
	at       asl.Location
	declared map[asl.State]bool
	visiting map[asl.State]bool
	wiring   []Expr // Choice rules and catchers whose targets come later
}

// declare emits the declaration of s after those of the states its
// Choice rules and catchers lead to, so that they can be written inline;
// a target still being declared (a loop) is wired after the declarations.
func (b *blockPlan) declare(s asl.State) {
	if b.declared[s] || b.visiting[s] {
		return
	}
	b.visiting[s] = true
	for _, t := range targets(s) {
		if d := b.g.Lookup(t); d != nil {
			b.declare(d)
		}
	}
	sat := b.at.At("States").At(s.Common().Name)
	decl, later := b.p.state(s, sat, func(name string) (Expr, bool) {
		d := b.g.Lookup(name)
		return Var{b.p.vars[d]}, d != nil && b.declared[d]
	})
	b.p.stmts = append(b.p.stmts, Stmt{Name: b.p.vars[s], X: decl})
	if len(later) > 0 {
		b.wiring = append(b.wiring, chain(Var{b.p.vars[s]}, later...))
	}
	b.visiting[s] = false
	b.declared[s] = true
}

// targets returns the names a state's Choice rules, default and catchers
// lead to, in order.
func targets(s asl.State) []string {
	var out []string
	switch s := s.(type) {
	case *asl.Choice:
		for _, r := range s.Choices {
			out = append(out, r.Next)
		}
		if s.Default != "" {
			out = append(out, s.Default)
		}
	case *asl.Task:
		out = catchTargets(s.Catch)
	case *asl.Parallel:
		out = catchTargets(s.Catch)
	case *asl.Map:
		out = catchTargets(s.Catch)
	}
	return out
}

func catchTargets(cs []*asl.Catcher) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.Next
	}
	return out
}

// chains returns the block's Next links as maximal chains: each state
// with a Next starts a chain or continues the one of the first state (in
// block order) that leads to it; a chain ends at a state that has no Next
// or continues another chain.
func (b *blockPlan) chains() [][]asl.State {
	next := map[asl.State]asl.State{}
	from := map[asl.State]asl.State{} // the first state whose Next is the key
	for _, s := range b.g.States {
		t := asl.TransitionOf(s)
		if t == nil || t.Next == "" {
			continue
		}
		if n := b.g.Lookup(t.Next); n != nil {
			next[s] = n
			if _, ok := from[n]; !ok && n != s {
				from[n] = s
			}
		}
	}
	used := map[asl.State]bool{}
	var out [][]asl.State
	walk := func(head asl.State) {
		c := []asl.State{head}
		used[head] = true
		for s := head; ; {
			n, ok := next[s]
			if !ok {
				break
			}
			c = append(c, n)
			if from[n] != s || used[n] {
				break
			}
			used[n] = true
			s = n
		}
		out = append(out, c)
	}
	for _, s := range b.g.States {
		if _, has := next[s]; has && !used[s] {
			if _, continues := from[s]; !continues {
				walk(s)
			}
		}
	}
	for _, s := range b.g.States { // loops of Next alone
		if _, has := next[s]; has && !used[s] {
			walk(s)
		}
	}
	return out
}
