package jsonata

import (
	"sort"

	"github.com/stepwise-go/stepwise/value"
)

// funcDef is one built-in function: its signature (jsonata-js's, which
// the evaluator validates arguments against), its arity (the number of
// parameters jsonata-js's implementation declares, which decides how
// many arguments higher-order functions pass to it) and its
// implementation. The one table below serves both the checker (IsFunction,
// UnknownFunctions) and the evaluator.
type funcDef struct {
	name    string
	sigText string
	arity   int
	aws     bool // added by AWS Step Functions
	// async marks the functions jsonata-js implements as async
	// functions: calling one costs a microtask tick (see eval_race.go).
	async bool
	impl  func(st *state, fc focus, args []value.Value) (value.Value, *Error)
	sig   *signature
}

// functionTable lists the functions of jsonata-js 2.0.6 ($now and $millis
// included, $eval left out: Step Functions does not provide it) and the
// functions AWS Step Functions adds ($partition, $range, $hash, $uuid,
// $parse, and a seed for $random).
var functionTable = []*funcDef{
	{name: "sum", sigText: "<a<n>:n>", arity: 1, impl: fnSum},
	{name: "count", sigText: "<a:n>", arity: 1, impl: fnCount},
	{name: "max", sigText: "<a<n>:n>", arity: 1, impl: fnMax},
	{name: "min", sigText: "<a<n>:n>", arity: 1, impl: fnMin},
	{name: "average", sigText: "<a<n>:n>", arity: 1, impl: fnAverage},
	{name: "string", sigText: "<x-b?:s>", arity: 1, impl: fnString},
	{name: "substring", sigText: "<s-nn?:s>", arity: 3, impl: fnSubstring},
	{name: "substringBefore", sigText: "<s-s:s>", arity: 2, impl: fnSubstringBefore},
	{name: "substringAfter", sigText: "<s-s:s>", arity: 2, impl: fnSubstringAfter},
	{name: "lowercase", sigText: "<s-:s>", arity: 1, impl: fnLowercase},
	{name: "uppercase", sigText: "<s-:s>", arity: 1, impl: fnUppercase},
	{name: "length", sigText: "<s-:n>", arity: 1, impl: fnLength},
	{name: "trim", sigText: "<s-:s>", arity: 1, impl: fnTrim},
	{name: "pad", sigText: "<s-ns?:s>", arity: 3, impl: fnPad},
	{name: "match", sigText: "<s-f<s:o>n?:a<o>>", arity: 3, async: true, impl: fnMatch},
	{name: "contains", sigText: "<s-(sf):b>", arity: 2, async: true, impl: fnContains},
	{name: "replace", sigText: "<s-(sf)(sf)n?:s>", arity: 4, async: true, impl: fnReplace},
	{name: "split", sigText: "<s-(sf)n?:a<s>>", arity: 3, async: true, impl: fnSplit},
	{name: "join", sigText: "<a<s>s?:s>", arity: 2, impl: fnJoin},
	{name: "formatNumber", sigText: "<n-so?:s>", arity: 3, impl: fnFormatNumber},
	{name: "formatBase", sigText: "<n-n?:s>", arity: 2, impl: fnFormatBase},
	{name: "formatInteger", sigText: "<n-s:s>", arity: 2, impl: fnFormatInteger},
	{name: "parseInteger", sigText: "<s-s:n>", arity: 2, impl: fnParseInteger},
	{name: "number", sigText: "<(nsb)-:n>", arity: 1, impl: fnNumber},
	{name: "floor", sigText: "<n-:n>", arity: 1, impl: fnFloor},
	{name: "ceil", sigText: "<n-:n>", arity: 1, impl: fnCeil},
	{name: "round", sigText: "<n-n?:n>", arity: 2, impl: fnRound},
	{name: "abs", sigText: "<n-:n>", arity: 1, impl: fnAbs},
	{name: "sqrt", sigText: "<n-:n>", arity: 1, impl: fnSqrt},
	{name: "power", sigText: "<n-n:n>", arity: 2, impl: fnPower},
	{name: "random", sigText: "<n?:n>", arity: 0, impl: fnRandom},
	{name: "boolean", sigText: "<x-:b>", arity: 1, impl: fnBoolean},
	{name: "not", sigText: "<x-:b>", arity: 1, impl: fnNot},
	{name: "map", sigText: "<af>", arity: 2, async: true, impl: fnMap},
	{name: "zip", sigText: "<a+>", arity: 0, impl: fnZip},
	{name: "filter", sigText: "<af>", arity: 2, async: true, impl: fnFilter},
	{name: "single", sigText: "<af?>", arity: 2, async: true, impl: fnSingle},
	{name: "reduce", sigText: "<afj?:j>", arity: 3, async: true, impl: fnReduce},
	{name: "sift", sigText: "<o-f?:o>", arity: 2, async: true, impl: fnSift},
	{name: "keys", sigText: "<x-:a<s>>", arity: 1, impl: fnKeys},
	{name: "lookup", sigText: "<x-s:x>", arity: 2, impl: fnLookup},
	{name: "append", sigText: "<xx:a>", arity: 2, impl: fnAppend},
	{name: "exists", sigText: "<x:b>", arity: 1, impl: fnExists},
	{name: "spread", sigText: "<x-:a<o>>", arity: 1, impl: fnSpread},
	{name: "merge", sigText: "<a<o>:o>", arity: 1, impl: fnMerge},
	{name: "reverse", sigText: "<a:a>", arity: 1, impl: fnReverse},
	{name: "each", sigText: "<o-f:a>", arity: 2, async: true, impl: fnEach},
	{name: "error", sigText: "<s?:x>", arity: 1, impl: fnError},
	{name: "assert", sigText: "<bs?:x>", arity: 2, impl: fnAssert},
	{name: "type", sigText: "<x:s>", arity: 1, impl: fnType},
	{name: "sort", sigText: "<af?:a>", arity: 2, async: true, impl: fnSort},
	{name: "shuffle", sigText: "<a:a>", arity: 1, impl: fnShuffle},
	{name: "distinct", sigText: "<x:x>", arity: 1, impl: fnDistinct},
	{name: "base64encode", sigText: "<s-:s>", arity: 1, impl: fnBase64Encode},
	{name: "base64decode", sigText: "<s-:s>", arity: 1, impl: fnBase64Decode},
	{name: "encodeUrlComponent", sigText: "<s-:s>", arity: 1, impl: fnEncodeURLComponent},
	{name: "encodeUrl", sigText: "<s-:s>", arity: 1, impl: fnEncodeURL},
	{name: "decodeUrlComponent", sigText: "<s-:s>", arity: 1, impl: fnDecodeURLComponent},
	{name: "decodeUrl", sigText: "<s-:s>", arity: 1, impl: fnDecodeURL},
	{name: "toMillis", sigText: "<s-s?:n>", arity: 2, impl: fnToMillis},
	{name: "fromMillis", sigText: "<n-s?s?:s>", arity: 3, impl: fnFromMillis},
	{name: "clone", sigText: "<(oa)-:o>", arity: 1, impl: fnClone},
	{name: "now", sigText: "<s?s?:s>", arity: 2, impl: fnNow},
	{name: "millis", sigText: "<:n>", arity: 0, impl: fnMillis},

	{name: "partition", sigText: "<an:a>", arity: 2, aws: true, impl: fnPartition},
	{name: "range", sigText: "<nnn?:a>", arity: 3, aws: true, impl: fnRange},
	{name: "hash", sigText: "<s-s?:s>", arity: 2, aws: true, impl: fnHash},
	{name: "uuid", sigText: "<:s>", arity: 0, aws: true, impl: fnUUID},
	{name: "parse", sigText: "<s-:x>", arity: 1, aws: true, impl: fnParse},
}

// builtin is a built-in function as a value.
type builtin struct{ def *funcDef }

func (b *builtin) arity() int { return b.def.arity }

// builtinByName and knownFunctions are built from functionTable.
var (
	builtinByName  map[string]*builtin
	knownFunctions map[string]bool
)

func init() {
	builtinByName = make(map[string]*builtin, len(functionTable))
	knownFunctions = make(map[string]bool, len(functionTable))
	for _, d := range functionTable {
		d.sig = mustSignature(d.sigText)
		builtinByName[d.name] = &builtin{def: d}
		knownFunctions[d.name] = true
	}
}

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
