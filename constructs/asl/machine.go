package asl

// Machine is a whole state machine definition.
type Machine struct {
	Comment        *string
	QueryLanguage  *string // "JSONPath" (the default when absent) or "JSONata"
	Version        *string // "1.0" when present
	TimeoutSeconds *int64
	Graph
}

// Graph is a block of states with its start: the machine's top level, a
// Parallel branch, or a Map's item processor. States keep their order.
type Graph struct {
	Comment *string // only in branches and item processors
	StartAt string
	States  []State
}

// Lookup returns the state named name in this block (not in nested blocks),
// or nil.
func (g *Graph) Lookup(name string) State {
	for _, s := range g.States {
		if s.Common().Name == name {
			return s
		}
	}
	return nil
}

// Query languages.
const (
	JSONPath = "JSONPath"
	JSONata  = "JSONata"
)
