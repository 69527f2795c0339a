package jsonata

import (
	"strconv"

	"github.com/stepwise-go/stepwise/jsonata/internal/jsregexp"
	"github.com/stepwise-go/stepwise/value"
)

// cnode is a compiled node: the syntax tree in the shape jsonata-js's
// evaluator walks, with what can be computed once (literal values,
// regular expressions, signatures, tail calls, tuple and ancestry marks)
// computed. A compiled tree is never written after Compile.
type cnode struct {
	kind NodeKind
	pos  int
	str  string      // name, operator, variable name, string literal
	lit  value.Value // value of a literal

	kids   []*cnode    // operands, items, arguments, parts (see compileNode)
	proc   *cnode      // the function of a call
	pairs  [][2]*cnode // an object constructor's key/value pairs
	object *cgroup     // the pairs as a group (KindObject)
	steps  []*cnode    // a path's steps

	group     *cgroup  // group-by object of a path or step
	predicate []*cnode // predicate expressions of a non-step
	stages    []cstage // predicates and #$i of a step

	focus     string // @$v name ("" for none)
	index     string // #$i name before predicates ("" for none)
	tuple     bool   // evaluate as a tuple stream
	ancestor  *slot  // binds the parent of this step for %
	consArray bool   // array constructor evaluated whole in a path
	keepArray bool   // "[]" on the node (keepSingleton)

	terms []cterm // order-by terms

	params []string   // lambda parameters
	sig    *signature // lambda signature (nil for none)
	body   *cnode     // lambda body
	thunk  bool       // a call in tail position of a lambda body
	// frameDies says that nothing a lambda's body (or a block) makes
	// holds on to its scope, so the frame of a call (or of the block)
	// can serve the next one (see markScopes).
	frameDies bool

	label string // parent operator: the frame binding to read
	regex *jsregexp.Regexp
	src   string // regex source for errors

	procName string // a call's function name for errors

	concatChain bool // an & whose left side is a plain & (markConcatChains)

	builtin *builtin // the built-in a variable names, when the expression never rebinds it (resolveBuiltins)

	runs []int // per step of a path, the steps the fast path may take from it (simpleRuns)
}

type cgroup struct {
	pairs [][2]*cnode
	pos   int
}

type cstage struct {
	filter *cnode // a predicate, or
	index  string // a #$i binding
	pos    int
}

type cterm struct {
	expr       *cnode
	descending bool
}

func ancestorLabel(s *slot) string { return "!" + strconv.Itoa(s.label) }

// compileNode turns a processed syntax node into a compiled node.
func compileNode(n *Node) (*cnode, *Error) {
	if n == nil {
		return nil, nil
	}
	c := &cnode{kind: n.Kind, pos: n.errorPos(), str: n.Value, tuple: n.tuple, consArray: n.consArray, keepArray: n.KeepArray, ancestor: n.ancestor}
	var err *Error
	all := func(ns []*Node) []*cnode {
		out := make([]*cnode, 0, len(ns))
		for _, x := range ns {
			if err != nil {
				return nil
			}
			var cx *cnode
			cx, err = compileNode(x)
			out = append(out, cx)
		}
		return out
	}
	switch n.Kind {
	case KindString:
		c.lit = n.Value
	case KindNumber:
		f, perr := strconv.ParseFloat(n.Value, 64)
		if perr != nil {
			if ne, ok := perr.(*strconv.NumError); !ok || ne.Err != strconv.ErrRange {
				return nil, &Error{Pos: n.Pos, Code: "S0102", Token: n.Value, Msg: "Number out of range: " + n.Value}
			}
		}
		c.lit = f
	case KindBool:
		c.lit = n.Value == "true"
	case KindNull:
		c.lit = value.Null
	case KindRegex:
		re, rerr := jsregexp.Compile(n.Value, n.Flags)
		if rerr != nil {
			return nil, &Error{Pos: n.Pos, Code: "S0302", Msg: rerr.Error()}
		}
		c.regex, c.src = re, n.Value
		c.lit = &regexFn{re: re, node: c}
	case KindParent:
		c.label = ancestorLabel(n.slot)
	case KindPath:
		c.steps = all(n.Children)
	case KindObject:
		for _, p := range n.Children {
			k, v := all(p.Children[:1]), all(p.Children[1:2])
			if err != nil {
				return nil, err
			}
			c.pairs = append(c.pairs, [2]*cnode{k[0], v[0]})
		}
		c.object = &cgroup{pairs: c.pairs, pos: c.pos}
	case KindCall, KindPartial:
		c.proc, err = compileNode(n.Children[0])
		c.kids = all(n.Children[1:])
		p := n.Children[0]
		if p.Kind == KindPath {
			c.procName = p.Children[0].Value
		} else {
			c.procName = p.Value
		}
	case KindLambda:
		params := n.Children[:len(n.Children)-1]
		for _, p := range params {
			c.params = append(c.params, p.Value)
		}
		c.body, err = compileNode(n.Children[len(n.Children)-1])
		if err == nil && n.Signature != "" {
			var serr error
			c.sig, serr = parseSignature(n.Signature)
			if serr != nil {
				return nil, &Error{Pos: n.Pos, Code: "S0401", Msg: serr.Error()}
			}
		}
		if err == nil {
			markTailCalls(c.body)
		}
	case KindSort:
		for _, t := range n.Children {
			e, terr := compileNode(t.Children[0])
			if terr != nil {
				return nil, terr
			}
			c.terms = append(c.terms, cterm{expr: e, descending: t.Descending})
		}
	default:
		c.kids = all(n.Children)
	}
	if err != nil {
		return nil, err
	}
	for _, p := range n.Predicate {
		e, perr := compileNode(p.Children[0])
		if perr != nil {
			return nil, perr
		}
		c.predicate = append(c.predicate, e)
	}
	for _, s := range n.Stages {
		if s.Kind == KindIndex {
			c.stages = append(c.stages, cstage{index: s.Value, pos: s.errorPos()})
			c.tuple = true
			continue
		}
		e, serr := compileNode(s.Children[0])
		if serr != nil {
			return nil, serr
		}
		c.stages = append(c.stages, cstage{filter: e, pos: s.errorPos()})
	}
	if n.Group != nil {
		g := &cgroup{pos: n.Group.errorPos()}
		for _, p := range n.Group.Children {
			k, kerr := compileNode(p.Children[0])
			if kerr != nil {
				return nil, kerr
			}
			v, verr := compileNode(p.Children[1])
			if verr != nil {
				return nil, verr
			}
			g.pairs = append(g.pairs, [2]*cnode{k, v})
		}
		c.group = g
	}
	if n.Focus != nil {
		c.focus = n.Focus.Value
		c.tuple = true
	}
	if n.Index != nil {
		c.index = n.Index.Value
		c.tuple = true
	}
	c.runs = simpleRuns(c)
	if n.Kind == KindBlock {
		for _, part := range c.kids {
			if part.consArray || (part.kind == KindPath && part.steps[0].consArray) {
				c.consArray = true
			}
		}
	}
	return c, nil
}

// markTailCalls marks the calls in tail position of a lambda body
// (jsonata-js tailCallOptimize): they evaluate to a thunk that the
// caller's trampoline runs, so tail recursion does not grow the stack.
func markTailCalls(c *cnode) {
	switch c.kind {
	case KindCall:
		if len(c.predicate) == 0 {
			c.thunk = true
		}
	case KindCondition:
		markTailCalls(c.kids[1])
		if len(c.kids) > 2 {
			markTailCalls(c.kids[2])
		}
	case KindBlock:
		if len(c.kids) > 0 {
			markTailCalls(c.kids[len(c.kids)-1])
		}
	}
}
