package asl

import (
	"fmt"

	"github.com/stepwise-go/stepwise/jsonata"
	"github.com/stepwise-go/stepwise/jsonpath"
	"unicode/utf8"
)

// MaxDefinitionBytes is the largest definition AWS accepts (1 MiB).
const MaxDefinitionBytes = 1 << 20

// MaxStateNameLength is the longest state name AWS accepts, in characters.
const MaxStateNameLength = 80

// Validate checks m against the rules AWS applies to a definition and
// returns every problem found (none for a valid machine). It does not check
// the definition's size; see CheckSize.
// It validates a Standard machine; Options.Validate takes the type.
func Validate(m *Machine) Diagnostics { return Options{}.Validate(m) }

// CheckSize reports a definition of n bytes that is over AWS's limit.
func CheckSize(n int) Diagnostics {
	if n <= MaxDefinitionBytes {
		return nil
	}
	return Diagnostics{{Code: CodeDefinitionTooLarge, At: Root,
		Message: fmt.Sprintf("the definition has %d bytes; AWS accepts at most %d (1 MiB)", n, MaxDefinitionBytes)}}
}

type validator struct {
	diags   Diagnostics
	lang    QueryLanguage             // the machine's query language, every state's default
	root    *Graph                    // the machine's top-level block
	names   map[string]nameUse        // the first use of each state name, machine-wide
	blocks  map[*Graph]blockRef       // where each block is; made by blockLocation when first needed
	dups    Diagnostics               // names used again
	paths   map[string]*jsonpath.Path // parsed JSONPaths (nil: invalid), by text
	facts   map[State]*stateFacts     // what each state reads
	exprs   map[string]*jsonata.Expr  // parsed JSONata expressions, by text
	assigns bool                      // some state assigns a variable
	express bool                      // the machine is an Express workflow
}

// nameUse is where a state of a given name is defined: its block and its
// position in the block's States.
type nameUse struct {
	graph *Graph
	pos   int
}

// locationOf returns the location of the state u names.
func (v *validator) locationOf(u nameUse) Location {
	return v.blockLocation(u.graph).At("States").At(u.graph.States[u.pos].Common().Name)
}

// position returns the position of the state named name in g, or -1.
// The state at hint is compared first: a transition usually goes to the
// state listed next, and that comparison is cheaper than the map lookup.
// (Only a DSL-built machine can have two states of one name in a block,
// and it is invalid for that; either position may then be returned.)
func (v *validator) position(g *Graph, name string, hint int) int {
	if hint < len(g.States) && g.States[hint].Common().Name == name {
		return hint
	}
	u, ok := v.names[name]
	if ok && u.graph == g {
		return u.pos
	}
	if !ok {
		return -1
	}
	// The name's first use is in another block; a duplicate may be here.
	for i, s := range g.States {
		if s.Common().Name == name {
			return i
		}
	}
	return -1
}

// scope is what a check needs to know about where it is.
type scope struct {
	at     Location      // the state's location
	source string        // the state's Go source position, if any
	lang   QueryLanguage // the effective query language
	state  State         // the state being checked, for the variable checks
	pos    int           // the state's position in its block
	catch  bool          // checking a catcher, where $states.errorOutput exists
	// express is set where the Express rules apply: in an Express
	// machine and in the children of a Distributed Map that runs them
	// as Express executions.
	express bool
	// expressMap is set where express comes from a Distributed Map
	// with ExecutionType EXPRESS, for messages.
	expressMap bool
}

// blockScope is what a nested block takes from the state that holds it.
// It is a small value, not a *scope, so that no scope outlives its check.
type blockScope struct {
	source     string        // the owner's Go source position, if any
	lang       QueryLanguage // the owner's effective query language
	express    bool          // the block runs under the Express rules
	expressMap bool          // … because a Distributed Map runs it as Express executions
}

// block returns what a block nested in sc's state takes from it.
func (sc *scope) block() blockScope {
	return blockScope{source: sc.source, lang: sc.lang, express: sc.express, expressMap: sc.expressMap}
}

// withSource returns sc or, when source is set (a rule, retrier or
// catcher built by its own Go line), a copy of sc with that source, made
// in the caller's copy.
func (sc *scope) withSource(source string, copy *scope) *scope {
	if source == "" {
		return sc
	}
	*copy = *sc
	copy.source = source
	return copy
}

func (v *validator) add(s *scope, at Location, code Code, format string, args ...any) {
	v.diags = append(v.diags, Diagnostic{Code: code, At: at, Source: s.source, Message: fmt.Sprintf(format, shortenArgs(args)...)})
}

func (v *validator) machine(m *Machine) {
	top := &scope{at: Root, lang: JSONPath, express: v.express}
	switch m.QueryLanguage {
	case "":
	case JSONPath, JSONata:
		top.lang = m.QueryLanguage
	default:
		v.add(top, Root.At("QueryLanguage"), CodeInvalidValue, "QueryLanguage must be %q or %q, not %q", JSONPath, JSONata, m.QueryLanguage)
	}
	if m.Version != nil && *m.Version != "1.0" {
		v.add(top, Root.At("Version"), CodeInvalidValue, "Version must be \"1.0\", not %q", *m.Version)
	}
	if m.TimeoutSeconds != nil {
		v.timeoutRange(top, Root.At("TimeoutSeconds"), *m.TimeoutSeconds)
	}
	v.lang = top.lang
	v.collectNames(&m.Graph)
	v.duplicateNames()
	v.graph(&m.Graph, Root, top.block())
	v.variables(m)
}

// blockRef says where a block is: the i-th nested block of state owner
// in block parent (a nil parent is the top level). Locations are rebuilt
// from it only for messages, which keeps the map small.
type blockRef struct {
	parent *Graph
	owner  State
	i      int
}

// blockLocation returns the location of block g. Only messages need it,
// so the map of blocks is made on the first call.
func (v *validator) blockLocation(g *Graph) Location {
	if v.blocks == nil {
		v.blocks = map[*Graph]blockRef{}
		v.indexBlocks(v.root)
	}
	ref := v.blocks[g]
	if ref.parent == nil {
		return Root
	}
	sat := v.blockLocation(ref.parent).At("States").At(ref.owner.Common().Name)
	return nestedLocation(ref.owner, sat, ref.i)
}

// indexBlocks records where each block nested in g is.
func (v *validator) indexBlocks(g *Graph) {
	for _, s := range g.States {
		for i, sub := range nestedGraphs(s) {
			v.blocks[sub] = blockRef{parent: g, owner: s, i: i}
			v.indexBlocks(sub)
		}
	}
}

// collectNames records every state name of g and its nested blocks.
func (v *validator) collectNames(g *Graph) {
	for pos, s := range g.States {
		name := s.Common().Name
		if first, ok := v.names[name]; ok {
			v.dups = append(v.dups, Diagnostic{Code: CodeDuplicateStateName, At: v.locationOf(nameUse{graph: g, pos: pos}), Source: s.Common().Source,
				Message: fmt.Sprintf("state name %q is already used at %s; names must be unique across the whole machine", name, v.locationOf(first))})
		} else {
			v.names[name] = nameUse{graph: g, pos: pos}
		}
		for _, sub := range nestedGraphs(s) {
			v.collectNames(sub)
		}
	}
}

// nestedGraphs returns a Parallel's branches or a Map's processor.
func nestedGraphs(s State) []*Graph {
	switch s := s.(type) {
	case *Parallel:
		return s.Branches
	case *Map:
		if s.ItemProcessor != nil {
			return []*Graph{s.ItemProcessor}
		}
	}
	return nil
}

// nestedLocation is the location of the i-th nested graph of s at sat.
func nestedLocation(s State, sat Location, i int) Location {
	if m, ok := s.(*Map); ok {
		if m.LegacyIterator {
			return sat.At("Iterator")
		}
		return sat.At("ItemProcessor")
	}
	return sat.At("Branches").Index(i)
}

func (v *validator) duplicateNames() {
	v.diags = append(v.diags, v.dups...)
}

// graph checks one block of states and, through the states, its nested
// blocks.
func (v *validator) graph(g *Graph, at Location, outer blockScope) {
	sc := &scope{at: at, source: outer.source, lang: outer.lang, pos: -1, express: outer.express, expressMap: outer.expressMap} // StartAt: the first state is the likely target
	if len(g.States) == 0 {
		v.add(sc, at.At("States"), CodeMissingField, "States must have at least one state")
	}
	if g.StartAt == "" {
		v.add(sc, at.At("StartAt"), CodeMissingField, "StartAt is required")
	} else {
		v.target(sc, g, at, "StartAt", g.StartAt)
	}
	terminal := false
	for pos, s := range g.States {
		b := s.Common()
		ssc := &scope{at: at.At("States").At(b.Name), source: b.Source, lang: outer.lang, state: s, pos: pos, express: outer.express, expressMap: outer.expressMap}
		v.state(s, g, ssc)
		if isTerminal(s) {
			terminal = true
		}
	}
	if len(g.States) > 0 && !terminal {
		v.add(sc, at.At("States"), CodeNoTerminalState, "no state ends this block: it needs a Succeed, a Fail or a state with \"End\": true")
	}
	v.reachability(g, at)
}

func isTerminal(s State) bool {
	switch s.(type) {
	case *Succeed, *Fail:
		return true
	}
	t := TransitionOf(s)
	return t != nil && t.IsEnd()
}

// target checks that name is a state of g; at is the referring field.
func (v *validator) target(s *scope, g *Graph, base Location, field, name string) {
	if v.position(g, name, s.pos+1) >= 0 {
		return
	}
	at := base.At(field)
	if use, ok := v.names[name]; ok {
		v.add(s, at, CodeTargetOutsideBlock, "state %q is defined in another block (%s); transitions cannot jump into or out of a Parallel branch or Map processor", name, v.locationOf(use))
		return
	}
	v.add(s, at, CodeUnknownTarget, "no state is named %q%s", name, suggest(name, g))
}

// suggest proposes a state of g whose name is close to name.
func suggest(name string, g *Graph) string {
	best, bestDist := "", 3
	for _, s := range g.States {
		n := s.Common().Name
		if d := editDistance(name, n); d < bestDist {
			best, bestDist = n, d
		}
	}
	if best == "" {
		return ""
	}
	return fmt.Sprintf(" (did you mean %q?)", best)
}

// checkName checks a state name's length.
func (v *validator) checkName(s *scope, name string) {
	if n := utf8.RuneCountInString(name); n == 0 || n > MaxStateNameLength {
		v.add(s, s.at, CodeStateNameLength, "state names must have 1 to %d characters; this one has %d", MaxStateNameLength, n)
	}
}
