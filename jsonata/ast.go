package jsonata

import "strconv"

// Expr is a parsed JSONata expression: the syntax tree, kept so that
// diagrams, import and a future local runner can use it.
type Expr struct {
	// Source is the expression as given to Parse (for ParseTemplate, the
	// text between "{%" and "%}").
	Source string
	// Root is the top of the syntax tree. Node positions are byte offsets
	// in Source.
	Root *Node
	// Offset is where Source starts in the string that was parsed: 2 for
	// ParseTemplate (after "{%"), 0 for Parse. Errors (from Parse,
	// ParseTemplate and Forbidden) are positioned in that string, that is
	// Node.Pos + Offset.
	Offset int
}

// NodeKind says what a Node is. The tree has the shape jsonata-js 2.0.6
// builds after parsing (its "processed" AST): paths are flat lists of
// steps, and predicates, group-by and variable bindings hang off the step
// they apply to.
type NodeKind int

const (
	// KindInvalid is the zero NodeKind; Parse never produces it.
	KindInvalid NodeKind = iota
	// KindPath is a location path such as a.b[0].c. Children are the steps
	// in order (at least one). KeepArray is set when a step ends in "[]".
	KindPath
	// KindName is a field name: Value is the name (backquotes removed).
	// A string literal used as a path step ("a"."b") becomes a KindName.
	KindName
	// KindVariable is $name: Value is the name without "$" ("" for $, "$"
	// for $$).
	KindVariable
	// KindString is a string literal: Value is the decoded text.
	KindString
	// KindNumber is a number literal: Value is its source text, with a
	// leading "-" when a unary minus was folded into it.
	KindNumber
	// KindBool is true or false: Value is "true" or "false".
	KindBool
	// KindNull is null.
	KindNull
	// KindRegex is a regular expression literal /pattern/flags: Value is
	// the pattern, Flags the flags ("", "i", "m", "im" or "mi").
	KindRegex
	// KindWildcard is *, any field of the context object.
	KindWildcard
	// KindDescendant is **, every descendant of the context value.
	KindDescendant
	// KindParent is %, the parent of the current context value.
	KindParent
	// KindBinary is an operator with two operands, Children[0] and
	// Children[1]. Value is the operator: + - * / % = != < <= > >= & and
	// or in, or ".." for a range inside an array constructor.
	KindBinary
	// KindNegate is unary minus applied to Children[0] (a minus directly
	// before a number is folded into the KindNumber instead).
	KindNegate
	// KindArray is an array constructor [ … ]: Children are the items.
	KindArray
	// KindObject is an object constructor { k: v, … }: Children are
	// KindPair nodes. It is also the Group of a step or path.
	KindObject
	// KindPair is one key: value of an object constructor: Children[0] is
	// the key expression, Children[1] the value.
	KindPair
	// KindBlock is ( e1; e2; … ): Children are the expressions (maybe none).
	KindBlock
	// KindCall is a function call: Children[0] is the function (usually a
	// KindVariable such as $string), the rest are the arguments.
	KindCall
	// KindPartial is a partial application such as $substring(?, 0, 5):
	// like KindCall, with at least one KindPlaceholder argument.
	KindPartial
	// KindPlaceholder is the ? argument of a partial application.
	KindPlaceholder
	// KindLambda is function($a, $b){ body } (or λ): Value is the keyword
	// as written, Children are the parameters (KindVariable) followed by
	// the body, Signature is the optional <…> signature as written.
	KindLambda
	// KindCondition is c ? a : b: Children are the condition, the then
	// branch and, when present, the else branch.
	KindCondition
	// KindTransform is | pattern | update [, delete] |: Children are the
	// pattern, the update and, when present, the delete expression.
	KindTransform
	// KindBind is $name := value: Children[0] is the KindVariable,
	// Children[1] the value.
	KindBind
	// KindApply is the chain operator lhs ~> rhs: Children[0] and
	// Children[1].
	KindApply
	// KindSort is an order-by step ^( … ), the last step of a path:
	// Children are KindSortTerm nodes.
	KindSort
	// KindSortTerm is one term of an order-by: Children[0] is the sort key,
	// Descending is set for ">".
	KindSortTerm
	// KindFilter is a predicate [ expr ] in a step's Stages or a node's
	// Predicate: Children[0] is the expression.
	KindFilter
	// KindIndex is a positional variable binding #$name that follows a
	// predicate, in a step's Stages: Value is the name without "$".
	KindIndex
)

var kindNames = [...]string{
	KindInvalid:     "Invalid",
	KindPath:        "Path",
	KindName:        "Name",
	KindVariable:    "Variable",
	KindString:      "String",
	KindNumber:      "Number",
	KindBool:        "Bool",
	KindNull:        "Null",
	KindRegex:       "Regex",
	KindWildcard:    "Wildcard",
	KindDescendant:  "Descendant",
	KindParent:      "Parent",
	KindBinary:      "Binary",
	KindNegate:      "Negate",
	KindArray:       "Array",
	KindObject:      "Object",
	KindPair:        "Pair",
	KindBlock:       "Block",
	KindCall:        "Call",
	KindPartial:     "Partial",
	KindPlaceholder: "Placeholder",
	KindLambda:      "Lambda",
	KindCondition:   "Condition",
	KindTransform:   "Transform",
	KindBind:        "Bind",
	KindApply:       "Apply",
	KindSort:        "Sort",
	KindSortTerm:    "SortTerm",
	KindFilter:      "Filter",
	KindIndex:       "Index",
}

// String returns the kind's name without the "Kind" prefix, such as "Path".
func (k NodeKind) String() string {
	if k >= 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "NodeKind(" + strconv.Itoa(int(k)) + ")"
}

// Node is one node of the syntax tree. Which fields are used depends on
// Kind (see the NodeKind constants); the others are zero.
type Node struct {
	Kind NodeKind
	// Value is the node's text: a name, a literal, an operator (see Kind).
	Value string
	// Pos is the byte offset in Expr.Source where the node starts (for an
	// operator, where the operator is).
	Pos int
	// errPos is where jsonata-js positions the node's evaluation errors:
	// the byte offset just after the token that made the node (after the
	// operator, after the "(" of a call).
	errPos int
	// Children are the operands, in source order.
	Children []*Node

	// Predicate holds the KindFilter predicates applied to an expression
	// that is not a step of a path, such as $x[0] (jsonata-js "predicate").
	Predicate []*Node
	// Stages holds, on a step of a path, its predicates (KindFilter) and
	// the #$i bindings that follow them (KindIndex), in source order
	// (jsonata-js "stages").
	Stages []*Node
	// Group is the group-by object constructor of a[…]{k: v} (KindObject).
	Group *Node
	// Focus is the variable of a context binding step@$v.
	Focus *Node
	// Index is the variable of a positional binding step#$i written before
	// any predicate of the step.
	Index *Node
	// KeepArray is set on a path, and on its step, written with "[]"
	// (keep singleton arrays).
	KeepArray bool
	// Descending is set on a KindSortTerm written with ">".
	Descending bool
	// Flags are the flags of a KindRegex.
	Flags string
	// Signature is the signature of a KindLambda, such as "<n-n:n>"; ""
	// when it has none.
	Signature string

	// Parent-operator bookkeeping during parsing (jsonata-js "slot" and
	// "seekingParent").
	slot    *slot
	seeking *slotList

	// Evaluator bookkeeping recorded while processing (jsonata-js "tuple",
	// "ancestor" and "consarray"): the step must run as a tuple stream,
	// binds the parent of the slot ancestor, or is an array constructor
	// evaluated whole as the first or last step of a path.
	tuple     bool
	ancestor  *slot
	consArray bool
}

// Walk calls fn for n and every node below it (children, predicates,
// stages, group, focus and index variables), depth first, parents before
// children. When fn returns false, Walk skips the node's descendants.
func Walk(n *Node, fn func(*Node) bool) {
	if n == nil || !fn(n) {
		return
	}
	for _, c := range n.Children {
		Walk(c, fn)
	}
	Walk(n.Focus, fn)
	Walk(n.Index, fn)
	for _, c := range n.Predicate {
		Walk(c, fn)
	}
	for _, c := range n.Stages {
		Walk(c, fn)
	}
	Walk(n.Group, fn)
}

// errorPos is where evaluation errors of n are positioned, as jsonata-js
// positions them (see errPos); Pos for a node no token made.
func (n *Node) errorPos() int {
	if n.errPos > 0 {
		return n.errPos
	}
	return n.Pos
}
