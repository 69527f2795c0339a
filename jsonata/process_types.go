package jsonata

import (
	"strconv"

	"github.com/stepwise-go/stepwise/value"
)

// jsType is the "type" jsonata-js gives the node after its post-parse
// stage: the token of an S0217 error.
func jsType(n *Node) string {
	switch n.Kind {
	case KindPath:
		return "path"
	case KindName:
		return "name"
	case KindVariable:
		return "variable"
	case KindString:
		return "string"
	case KindNumber:
		return "number"
	case KindBool, KindNull:
		return "value"
	case KindRegex:
		return "regex"
	case KindWildcard:
		return "wildcard"
	case KindDescendant:
		return "descendant"
	case KindParent:
		return "parent"
	case KindBinary:
		return "binary"
	case KindNegate, KindArray, KindObject:
		return "unary"
	case KindBlock:
		return "block"
	case KindCall:
		return "function"
	case KindPartial:
		return "partial"
	case KindPlaceholder:
		return "operator"
	case KindLambda:
		return "lambda"
	case KindCondition:
		return "condition"
	case KindTransform:
		return "transform"
	case KindBind:
		return "bind"
	case KindApply:
		return "apply"
	case KindSort:
		return "sort"
	}
	return "unknown"
}

// jsPosition is the position jsonata-js's post-parse node has (a byte
// offset, see Node.errPos), or -1 for the nodes it builds without one: a
// path and a parent operator.
func jsPosition(n *Node) int {
	switch n.Kind {
	case KindPath, KindParent:
		return -1
	}
	return n.errorPos()
}

// literalValue is the value of a number, true, false or null node as
// jsonata-js holds it: the value of S0213.
func literalValue(n *Node) value.Value {
	switch n.Kind {
	case KindNumber:
		f, _ := strconv.ParseFloat(n.Value, 64)
		return f
	case KindBool:
		return n.Value == "true"
	}
	return value.Null
}
