package asl

// Machine is a whole state machine definition.
type Machine struct {
	Comment        *string
	QueryLanguage  QueryLanguage // JSONPath (the default) or JSONata; "" when absent
	Version        *string       // "1.0" when present
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

// QueryLanguage says how states select and transform data: JSONPath or
// JSONata. The zero value "" means the field is absent: a machine then
// uses JSONPath, a state its machine's language. A parsed definition may
// hold any other text, which Validate reports.
type QueryLanguage string

// The query languages.
const (
	JSONPath QueryLanguage = "JSONPath"
	JSONata  QueryLanguage = "JSONata"
)

// Or returns q, or def when q is absent.
func (q QueryLanguage) Or(def QueryLanguage) QueryLanguage {
	if q == "" {
		return def
	}
	return q
}
