package jsonata

import "sort"

// builtins are the functions of jsonata-js 2.0.6 ($now and $millis
// included), without $eval, which Step Functions does not provide.
var builtins = []string{
	"abs", "append", "assert", "average", "base64decode", "base64encode",
	"boolean", "ceil", "clone", "contains", "count", "decodeUrl",
	"decodeUrlComponent", "distinct", "each", "encodeUrl",
	"encodeUrlComponent", "error", "exists", "filter", "floor", "formatBase",
	"formatInteger", "formatNumber", "fromMillis", "join", "keys", "length",
	"lookup", "lowercase", "map", "match", "max", "merge", "millis", "min",
	"not", "now", "number", "pad", "parseInteger", "power", "random",
	"reduce", "replace", "reverse", "round", "shuffle", "sift", "single",
	"sort", "split", "spread", "sqrt", "string", "substring",
	"substringAfter", "substringBefore", "sum", "toMillis", "trim", "type",
	"uppercase", "zip",
}

// awsFunctions are the functions AWS Step Functions adds to JSONata
// ($random exists in JSONata too; AWS gives it an optional seed).
var awsFunctions = []string{"hash", "parse", "partition", "random", "range", "uuid"}

var knownFunctions = func() map[string]bool {
	m := map[string]bool{}
	for _, f := range builtins {
		m[f] = true
	}
	for _, f := range awsFunctions {
		m[f] = true
	}
	return m
}()

// IsFunction reports whether name (with or without the leading "$") is a
// function Step Functions provides: a built-in of JSONata 2.0.6 other
// than $eval, or one of AWS's additions $partition, $range, $hash,
// $random, $uuid and $parse.
func IsFunction(name string) bool {
	if len(name) > 0 && name[0] == '$' {
		name = name[1:]
	}
	return knownFunctions[name]
}

// use is one variable reference found by analyze.
type use struct {
	name   string // without "$"
	pos    int
	callee bool // called: $f(…), or the right side of ~>
	local  bool // bound inside the expression (:=, a lambda parameter, @, #)
}

// analyze lists the variable references of the tree in source order,
// noting which are calls and which refer to variables the expression
// binds itself. Scopes are approximated: a lambda's parameters are bound
// in its body; $x := … binds $x for the rest of the enclosing block (or
// lambda body, or the whole expression); @$v and #$i bind for the rest of
// the enclosing block as well.
func analyze(root *Node) []use {
	a := &analyzer{scopes: []map[string]bool{{}}}
	a.walk(root, false)
	sort.SliceStable(a.uses, func(i, j int) bool { return a.uses[i].pos < a.uses[j].pos })
	return a.uses
}

type analyzer struct {
	scopes []map[string]bool
	uses   []use
}

func (a *analyzer) bound(name string) bool {
	for i := len(a.scopes) - 1; i >= 0; i-- {
		if a.scopes[i][name] {
			return true
		}
	}
	return false
}

func (a *analyzer) bind(v *Node) {
	if v != nil {
		a.scopes[len(a.scopes)-1][v.Value] = true
	}
}

func (a *analyzer) push() { a.scopes = append(a.scopes, map[string]bool{}) }
func (a *analyzer) pop()  { a.scopes = a.scopes[:len(a.scopes)-1] }

func (a *analyzer) walk(n *Node, callee bool) {
	if n == nil {
		return
	}
	switch n.Kind {
	case KindVariable:
		a.uses = append(a.uses, use{name: n.Value, pos: n.Pos, callee: callee, local: a.bound(n.Value)})
	case KindCall, KindPartial:
		a.walk(n.Children[0], n.Children[0].Kind == KindVariable)
		for _, c := range n.Children[1:] {
			a.walk(c, false)
		}
	case KindApply:
		a.walk(n.Children[0], false)
		a.walk(n.Children[1], n.Children[1].Kind == KindVariable)
	case KindBind:
		a.walk(n.Children[1], false)
		a.bind(n.Children[0])
	case KindLambda:
		a.push()
		params := n.Children[:len(n.Children)-1]
		for _, p := range params {
			a.bind(p)
		}
		a.walk(n.Children[len(n.Children)-1], false)
		a.pop()
	case KindBlock:
		a.push()
		for _, c := range n.Children {
			a.walk(c, false)
		}
		a.pop()
	default:
		for _, c := range n.Children {
			a.walk(c, false)
		}
	}
	a.bind(n.Focus)
	a.bind(n.Index)
	for _, c := range n.Predicate {
		a.walk(c, false)
	}
	for _, c := range n.Stages {
		if c.Kind == KindIndex {
			a.scopes[len(a.scopes)-1][c.Value] = true
			continue
		}
		a.walk(c, false)
	}
	if n.Group != nil {
		a.walk(n.Group, false)
	}
}

// Functions returns the names of the functions the expression calls, with
// their "$" ($string, $partition, …), each once, in order of first use.
// A function is called when a variable is applied to arguments ($f(x),
// $f(?, 1)) or is the right side of the chain operator (x ~> $f). Names
// the expression binds itself (a lambda assigned with :=, a parameter)
// are included; UnknownFunctions leaves them out.
func (e *Expr) Functions() []string {
	var out []string
	seen := map[string]bool{}
	for _, u := range analyze(e.Root) {
		if u.callee && !seen[u.name] {
			seen[u.name] = true
			out = append(out, "$"+u.name)
		}
	}
	return out
}

// Variables returns the variables the expression reads from outside
// ($states, workflow variables such as $count), by name without the "$",
// each once, in order of first use. Left out are: names in call position
// (see Functions), lambda parameters, variables the expression binds
// itself with :=, @$v or #$i, and the context variables $ and $$. A
// function passed as a value, such as $string in $map(xs, $string), is
// a variable reference and is listed; IsFunction tells such names apart.
func (e *Expr) Variables() []string {
	var out []string
	seen := map[string]bool{}
	for _, u := range analyze(e.Root) {
		if u.callee || u.local || u.name == "" || u.name == "$" || seen[u.name] {
			continue
		}
		seen[u.name] = true
		out = append(out, u.name)
	}
	return out
}

// UnknownFunctions returns the functions the expression calls that Step
// Functions does not provide and the expression does not define itself,
// with their "$", each once, in order of first use. $eval is reported by
// Forbidden instead.
//
// Step Functions does not check function names when a state machine is
// created: calling an unknown function fails the state at run time with
// States.QueryEvaluationError ("Attempted to invoke a non-function",
// jsonata-js error T1006). So Parse accepts such calls, and this is a
// separate check.
func UnknownFunctions(e *Expr) []string {
	var out []string
	seen := map[string]bool{}
	for _, u := range analyze(e.Root) {
		if !u.callee || u.local || knownFunctions[u.name] || u.name == "eval" || seen[u.name] {
			continue
		}
		seen[u.name] = true
		out = append(out, "$"+u.name)
	}
	return out
}

// Forbidden reports every use of $eval, which jsonata-js 2.0.6 has but
// AWS Step Functions does not provide (use $parse to read JSON text).
// Like an unknown function, it fails at run time rather than when the
// state machine is created. A $eval the expression binds itself is not
// reported. Positions include e.Offset, like ParseTemplate's errors.
func Forbidden(e *Expr) []*Error {
	var out []*Error
	for _, u := range analyze(e.Root) {
		if u.name == "eval" && !u.local {
			out = append(out, errEval(u.pos+e.Offset))
		}
	}
	return out
}
