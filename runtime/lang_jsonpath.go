package runtime

import (
	"github.com/stepwise-go/stepwise/jsonpath"
	"github.com/stepwise-go/stepwise/value"
)

// This file is the runtime's only caller of package jsonpath.

// STAND-IN until jsonpath evaluation merges: evalPath, isDefinite,
// setPath and canonicalPath below handle Field, Index, Wildcard and Slice
// segments only. Replace their bodies with (*jsonpath.Path).Eval,
// IsDefinite, jsonpath.Set and (*jsonpath.Path).Canonical.

// parsePath parses a JSONPath once, at compile time.
func parsePath(s string) (*jsonpath.Path, error) { return jsonpath.Parse(s) }

// evalPath evaluates p over root (the input, the context object or a
// variable's value, as p's root says): the value, whether anything
// matched, and an error for paths the evaluator cannot apply.
func evalPath(p *jsonpath.Path, root value.Value) (value.Value, bool, error) {
	nodes := []value.Value{root}
	definite := isDefinite(p)
	for _, s := range p.Segments {
		var next []value.Value
		for _, n := range nodes {
			switch s.Kind {
			case jsonpath.Field:
				if o, ok := n.(*value.Object); ok {
					if v, ok := o.Get(s.Name); ok {
						next = append(next, v)
					}
				}
			case jsonpath.Index:
				if a, ok := n.([]value.Value); ok {
					i := s.Index
					if i < 0 {
						i += len(a)
					}
					if i >= 0 && i < len(a) {
						next = append(next, a[i])
					}
				}
			case jsonpath.Wildcard:
				switch x := n.(type) {
				case []value.Value:
					next = append(next, x...)
				case *value.Object:
					for i := 0; i < x.Len(); i++ {
						_, v := x.At(i)
						next = append(next, v)
					}
				}
			case jsonpath.Slice:
				if a, ok := n.([]value.Value); ok {
					from, to := sliceBounds(s.Text, len(a))
					for i := from; i < to; i++ {
						next = append(next, a[i])
					}
				}
			default:
				return nil, false, errUnsupportedPath
			}
		}
		nodes = next
	}
	if definite {
		if len(nodes) == 0 {
			return nil, false, nil
		}
		return nodes[0], true, nil
	}
	if nodes == nil {
		nodes = []value.Value{}
	}
	return nodes, true, nil
}

// isDefinite reports whether p names at most one node.
func isDefinite(p *jsonpath.Path) bool { return p.IsReference() }

// setPath returns root with the node at p (a reference path) set to v,
// creating objects on the way.
func setPath(root value.Value, p *jsonpath.Path, v value.Value) (value.Value, error) {
	return setSegments(root, p.Segments, v)
}

func setSegments(node value.Value, segs []jsonpath.Segment, v value.Value) (value.Value, error) {
	if len(segs) == 0 {
		return v, nil
	}
	s := segs[0]
	switch s.Kind {
	case jsonpath.Field:
		o, ok := node.(*value.Object)
		if !ok {
			if node != nil {
				return nil, errNotSettable
			}
			o = value.NewObject(1)
		} else {
			o = o.Copy()
		}
		child, _ := o.Get(s.Name)
		nv, err := setSegments(child, segs[1:], v)
		if err != nil {
			return nil, err
		}
		o.Set(s.Name, nv)
		return o, nil
	case jsonpath.Index:
		a, ok := node.([]value.Value)
		if !ok || s.Index < 0 || s.Index >= len(a) {
			return nil, errNotSettable
		}
		c := append([]value.Value(nil), a...)
		nv, err := setSegments(c[s.Index], segs[1:], v)
		if err != nil {
			return nil, err
		}
		c[s.Index] = nv
		return c, nil
	}
	return nil, errNotSettable
}

// canonicalPath writes p as Jayway does in messages: $['a']['b'][0].
func canonicalPath(p *jsonpath.Path) string {
	b := []byte("$")
	for _, s := range p.Segments {
		switch s.Kind {
		case jsonpath.Field:
			b = append(b, "['"...)
			b = append(b, s.Name...)
			b = append(b, "']"...)
		default:
			b = append(b, s.Text...)
		}
	}
	return string(b)
}

// sliceBounds reads "[from:to]" for an array of length n.
func sliceBounds(text string, n int) (int, int) {
	from, to := 0, n
	body := text
	if len(body) >= 2 && body[0] == '[' {
		body = body[1 : len(body)-1]
	}
	for i := 0; i < len(body); i++ {
		if body[i] == ':' {
			if f, ok := atoi(body[:i]); ok {
				from = f
			}
			if t, ok := atoi(body[i+1:]); ok {
				to = t
			}
			break
		}
	}
	if from < 0 {
		from += n
	}
	if to < 0 {
		to += n
	}
	from = max(0, min(from, n))
	to = max(from, min(to, n))
	return from, to
}

func atoi(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	neg := s[0] == '-'
	if neg {
		s = s[1:]
	}
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' || n > 1<<30 {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	if neg {
		n = -n
	}
	return n, true
}
