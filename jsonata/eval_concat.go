package jsonata

import (
	"strings"

	"github.com/stepwise-go/stepwise/value"
)

// A chain of string concatenations, a & b & c & d, parses as
// ((a & b) & c) & d: evaluated node by node it builds and boxes every
// intermediate string. concatChain evaluates the chain in the same order,
// with the same awaits, budget checks and error positions as nested
// evaluation, but keeps the parts and joins them once at the end.

// markConcatChains flags each & whose left side is itself a plain &, so
// that evalBinary joins the whole chain at once.
func markConcatChains(root *cnode) {
	walkCompiled(root, func(c *cnode) {
		c.concatChain = isConcat(c) && isPlainConcat(c.kids[0])
	})
}

func isConcat(c *cnode) bool { return c != nil && c.kind == KindBinary && c.str == "&" }

// isPlainConcat reports whether c is an & that evaluate returns as it
// is: no predicate, grouping or [] of its own.
func isPlainConcat(c *cnode) bool {
	return isConcat(c) && len(c.predicate) == 0 && c.group == nil && !c.keepArray
}

// concatChain is evalBinary for a flagged &: the joined parts. The parts
// go on the state's stack of parts above those of any chain in progress
// (one may be evaluating an operand that holds this chain).
func (st *state) concatChain(n *cnode, input value.Value, env *frame) (value.Value, *Error) {
	base := len(st.concatParts)
	defer func() {
		clear(st.concatParts[base:])
		st.concatParts = st.concatParts[:base]
	}()
	if err := st.appendConcatParts(n, input, env); err != nil {
		return nil, err
	}
	parts := st.concatParts[base:]
	size := 0
	for _, p := range parts {
		size += len(p)
	}
	var b strings.Builder
	b.Grow(size)
	for _, p := range parts {
		b.WriteString(p)
	}
	return b.String(), nil
}

// appendConcatParts appends the strings of n = lhs & rhs to the state's
// parts: the left side's parts (evaluated as evaluate would evaluate
// that node, when it is a plain & itself), then each side converted as
// concat converts it, once both sides are evaluated.
func (st *state) appendConcatParts(n *cnode, input value.Value, env *frame) *Error {
	lhsNode := n.kids[0]
	var lhs value.Value
	var err *Error
	if n.concatChain {
		// What eval does around evalBinary of the left side.
		st.awaits(1)
		if st.lost() {
			return errRaceLost
		}
		if err := st.enter(); err != nil {
			return err
		}
		st.awaits(asyncCost(lhsNode))
		err = st.appendConcatParts(lhsNode, input, env)
		st.depth--
		if err != nil {
			return err
		}
	} else if lhs, err = st.eval(lhsNode, input, env); err != nil {
		return err
	}
	st.awaits(1) // evalBinary's await of the right side
	rhs, err := st.eval(n.kids[1], input, env)
	if err != nil {
		return err
	}
	for _, v := range [2]value.Value{lhs, rhs} { // lhs is nil when the parts hold it
		if v == nil {
			continue
		}
		s, err := jsonataString(v, false)
		if err != nil {
			return errAt(err, n.pos, "&")
		}
		st.concatParts = append(st.concatParts, s)
	}
	return nil
}
