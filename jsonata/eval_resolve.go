package jsonata

import "github.com/stepwise-go/stepwise/value"

// resolveBuiltins binds, at Compile time, each variable that names a
// built-in function ($string, $sum, …) to that function, unless the
// expression binds the same name anywhere (a parameter, :=, @$v or #$i).
// Evaluation still asks the host first (Env.Vars and Env.Bindings may
// shadow a built-in); it only skips searching the frames and the table.
func resolveBuiltins(root *cnode) {
	bound := map[string]bool{}
	walkCompiled(root, func(c *cnode) {
		switch c.kind {
		case KindBind:
			bound[c.kids[0].str] = true
		case KindLambda:
			for _, p := range c.params {
				bound[p] = true
			}
		}
		if c.focus != "" {
			bound[c.focus] = true
		}
		if c.index != "" {
			bound[c.index] = true
		}
		for _, s := range c.stages {
			if s.index != "" {
				bound[s.index] = true
			}
		}
	})
	walkCompiled(root, func(c *cnode) {
		if c.kind == KindVariable && !bound[c.str] {
			c.builtin = builtinByName[c.str]
		}
	})
}

// variable is the value of variable n: the host's, or the built-in
// resolveBuiltins found, or a lookup through the frames.
func (st *state) variable(n *cnode, env *frame) value.Value {
	if n.builtin == nil {
		return st.lookup(env, n.str)
	}
	if st.env.Vars != nil {
		if v, ok := st.env.Vars(n.str); ok {
			return v
		}
	}
	if v, ok := st.env.Bindings[n.str]; ok {
		return v
	}
	return n.builtin
}
