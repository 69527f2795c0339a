package runtime

import (
	"github.com/stepwise-go/stepwise/jsonpath"
	"github.com/stepwise-go/stepwise/value"
)

// This file is the runtime's only caller of package jsonpath.

// parsePath parses a JSONPath once, at compile time.
func parsePath(s string) (*jsonpath.Path, error) { return jsonpath.Parse(s) }

// evalPath evaluates p over root (the input, the context object or a
// variable's value, as p's root says): the value, whether anything
// matched, and an error when the path cannot be applied (a function on
// the wrong type, a node budget exceeded).
func evalPath(p *jsonpath.Path, root value.Value) (value.Value, bool, error) {
	return p.Eval(root)
}

// setPath returns root with the node at p (a reference path) set to v,
// creating objects on the way; root itself is not modified.
func setPath(root value.Value, p *jsonpath.Path, v value.Value) (value.Value, error) {
	return jsonpath.Set(root, p, v)
}

// canonicalPath writes p as Jayway does in messages: $['a']['b'][0].
func canonicalPath(p *jsonpath.Path) string { return p.Canonical() }
