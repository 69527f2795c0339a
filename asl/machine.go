package asl

import "github.com/stepwise-go/stepwise/jsonata"

// Machine is a whole state machine definition.
type Machine struct {
	Comment        *string
	QueryLanguage  *string // "JSONPath" (the default when absent) or "JSONata"
	Version        *string // "1.0" when present
	TimeoutSeconds *int64
	Graph

	exprs map[string]*jsonata.Expr // parsed "{% … %}" strings, filled by Validate
}

// Expression returns the parsed JSONata expression of a "{% … %}" string
// of the machine (parsed once, when Validate met it, or now), or the
// syntax error. Diagrams, import and evaluation use the tree.
func (m *Machine) Expression(template string) (*jsonata.Expr, error) {
	if e, ok := m.expressions()[template]; ok {
		return e, nil
	}
	e, err := jsonata.ParseTemplate(template)
	if err == nil {
		m.exprs[template] = e
	}
	return e, err
}

func (m *Machine) expressions() map[string]*jsonata.Expr {
	if m.exprs == nil {
		m.exprs = map[string]*jsonata.Expr{}
	}
	return m.exprs
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
