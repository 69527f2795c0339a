package jsonata

import "github.com/stepwise-go/stepwise/jsonata/internal/format"

// numberPictures are the $formatNumber picture strings written as
// literals in an expression, parsed once at Compile time with the
// default symbols: a call that passes one of them and no options formats
// with the parsed picture instead of parsing it again. The map is filled
// before the Program is returned and only read afterwards, and a parsed
// picture is immutable, so evaluations share it without locking. Its
// size is bounded by the expression's length. A picture that fails to
// parse is left out, so the call reports the error as before.
type numberPictures map[string]*format.NumberPicture

// collectNumberPictures finds every call $formatNumber(x, "literal")
// (with no third argument) in the compiled tree c.
func collectNumberPictures(c *cnode) numberPictures {
	var out numberPictures
	walkCompiled(c, func(n *cnode) {
		if n.kind != KindCall || n.procName != "formatNumber" || len(n.kids) != 2 {
			return
		}
		lit := n.kids[1]
		pic, ok := lit.lit.(string)
		if lit.kind != KindString || !ok {
			return
		}
		if _, seen := out[pic]; seen {
			return
		}
		np, err := format.ParseNumberPicture(pic, nil)
		if err != nil {
			return
		}
		if out == nil {
			out = numberPictures{}
		}
		out[pic] = np
	})
	return out
}

// walkCompiled calls fn on c and every compiled node below it, parents
// before their children.
func walkCompiled(c *cnode, fn func(*cnode)) {
	if c == nil {
		return
	}
	fn(c)
	eachChild(c, func(k *cnode) { walkCompiled(k, fn) })
}

// eachChild calls fn on each compiled node directly below c (some may be
// nil).
func eachChild(c *cnode, fn func(*cnode)) {
	for _, k := range c.kids {
		fn(k)
	}
	fn(c.proc)
	fn(c.body)
	for _, p := range c.pairs {
		fn(p[0])
		fn(p[1])
	}
	for _, s := range c.steps {
		fn(s)
	}
	if c.group != nil {
		for _, p := range c.group.pairs {
			fn(p[0])
			fn(p[1])
		}
	}
	for _, p := range c.predicate {
		fn(p)
	}
	for _, s := range c.stages {
		fn(s.filter)
	}
	for _, t := range c.terms {
		fn(t.expr)
	}
}
