package jsonpath

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf16"

	"github.com/stepwise-go/stepwise/value"
)

// expr is a compiled filter condition.
type expr interface {
	// test reports whether the condition holds for the current node.
	test(c *filterCtx) bool
}

// filterCtx is what a filter reads: the current node (@) and the
// document root ($), and the evaluation it belongs to (for its budget).
type filterCtx struct {
	current value.Value
	root    value.Value
	ev      *evaluator
}

type (
	orExpr     struct{ left, right expr }
	andExpr    struct{ left, right expr }
	notExpr    struct{ inner expr }
	existsExpr struct{ path pathOperand }
	relExpr    struct {
		op          string
		left, right operand
	}
)

func (e orExpr) test(c *filterCtx) bool  { return e.left.test(c) || e.right.test(c) }
func (e andExpr) test(c *filterCtx) bool { return e.left.test(c) && e.right.test(c) }
func (e notExpr) test(c *filterCtx) bool { return !e.inner.test(c) }

// test of an existence check "[?(@.x)]": Jayway asks only whether the
// path selects something (a null or false value counts).
func (e existsExpr) test(c *filterCtx) bool {
	v, ok := e.path.value(c)
	if !ok {
		return false
	}
	if list, isList := v.([]value.Value); isList && !e.path.path.IsDefinite() {
		return len(list) > 0
	}
	return true
}

// operand is one side of a comparison.
type operand interface {
	// value returns the operand's value, or false when it is undefined
	// (a path that selects nothing).
	value(c *filterCtx) (value.Value, bool)
}

type (
	literal      struct{ v value.Value }
	regexOperand struct{ re *regexp.Regexp }
	pathOperand  struct {
		path     *Path
		relative bool // starts at @ rather than $
	}
)

func (l literal) value(*filterCtx) (value.Value, bool) { return l.v, true }

// badOperand is a bare word in a filter ("@.k == FooBar"). Parse accepts
// it, as AWS accepts such a definition; evaluating it fails the path.
type badOperand struct {
	pos  int
	word string
}

func (b badOperand) value(c *filterCtx) (value.Value, bool) {
	if c.ev.err == nil {
		c.ev.err = errorf(b.pos, "unexpected %q in filter; want a path, a literal or a /regex/", b.word)
	}
	return nil, false
}
func (r regexOperand) value(*filterCtx) (value.Value, bool) { return nil, false }

// value evaluates the path from @ or $. An error (such as a function on
// the wrong type) makes the operand undefined, as Jayway's
// PathNotFoundException does inside filters.
func (p pathOperand) value(c *filterCtx) (value.Value, bool) {
	from := c.root
	if p.relative {
		from = c.current
	}
	v, found, err := p.path.eval(from, c.root, c.ev)
	if err != nil || !found {
		return nil, false
	}
	return v, true
}

// test applies a relational operator with Jayway's evaluators.
func (e relExpr) test(c *filterCtx) bool {
	if e.op == "=~" {
		l, ok := e.left.value(c)
		return ok && regexMatch(e.right.(regexOperand).re, l)
	}
	l, lok := e.left.value(c)
	r, rok := e.right.value(c)
	switch e.op {
	case "==":
		return lok && rok && looseEqual(l, r)
	case "!=":
		return !(lok && rok && looseEqual(l, r))
	case "===":
		return lok && rok && value.Equal(l, r)
	case "!==":
		return !(lok && rok && value.Equal(l, r))
	}
	if !lok || !rok {
		return false
	}
	switch e.op {
	case "<", "<=", ">", ">=":
		return ordered(e.op, l, r)
	case "in":
		return contains(r, l)
	case "nin":
		return !contains(r, l)
	case "contains":
		if s, ok := l.(string); ok {
			sub, ok := r.(string)
			return ok && strings.Contains(s, sub)
		}
		return contains(l, r)
	case "subsetof":
		return setTest(l, r, func(hits, n int) bool { return hits == n })
	case "anyof":
		return setTest(l, r, func(hits, _ int) bool { return hits > 0 })
	case "noneof":
		return setTest(l, r, func(hits, _ int) bool { return hits == 0 })
	case "size":
		n, ok := r.(float64)
		if !ok {
			return false
		}
		size, ok := sizeOf(l)
		return ok && float64(size) == float64(int(n))
	case "empty":
		want, ok := r.(bool)
		if !ok {
			return false
		}
		size, ok := sizeOf(l)
		return ok && (size == 0) == want
	}
	return false
}

// looseEqual is Jayway's "==": numbers equal numerically, a string equals
// a number when it reads as that number, arrays and objects compare deeply.
func looseEqual(a, b value.Value) bool {
	switch x := a.(type) {
	case float64:
		if s, ok := b.(string); ok {
			f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
			return err == nil && f == x
		}
	case string:
		if _, ok := b.(float64); ok {
			return looseEqual(b, a)
		}
	}
	return value.Equal(a, b)
}

// ordered compares two numbers or two strings (strings by UTF-16 code
// units, as Java's compareTo does); other pairs are never ordered.
func ordered(op string, l, r value.Value) bool {
	var cmp int
	switch x := l.(type) {
	case float64:
		y, ok := r.(float64)
		if !ok {
			return false
		}
		switch {
		case x < y:
			cmp = -1
		case x > y:
			cmp = 1
		}
	case string:
		y, ok := r.(string)
		if !ok {
			return false
		}
		cmp = compareUTF16(x, y)
	default:
		return false
	}
	switch op {
	case "<":
		return cmp < 0
	case "<=":
		return cmp <= 0
	case ">":
		return cmp > 0
	}
	return cmp >= 0
}

// compareUTF16 compares strings by UTF-16 code units.
func compareUTF16(a, b string) int {
	x, y := utf16.Encode([]rune(a)), utf16.Encode([]rune(b))
	for i := 0; i < len(x) && i < len(y); i++ {
		if x[i] != y[i] {
			if x[i] < y[i] {
				return -1
			}
			return 1
		}
	}
	return len(x) - len(y)
}

// contains reports whether list is an array holding v.
func contains(list, v value.Value) bool {
	items, ok := list.([]value.Value)
	if !ok {
		return false
	}
	for _, item := range items {
		if looseEqual(item, v) {
			return true
		}
	}
	return false
}

// setTest counts how many items of array l are in array r and asks
// decide(hits, len(l)).
func setTest(l, r value.Value, decide func(hits, n int) bool) bool {
	left, ok := l.([]value.Value)
	if !ok {
		return false
	}
	if _, ok := r.([]value.Value); !ok {
		return false
	}
	hits := 0
	for _, item := range left {
		if contains(r, item) {
			hits++
		}
	}
	return decide(hits, len(left))
}

// sizeOf is the length of a string (in UTF-16 units, like Java) or array.
func sizeOf(v value.Value) (int, bool) {
	switch x := v.(type) {
	case string:
		return len(utf16.Encode([]rune(x))), true
	case []value.Value:
		return len(x), true
	}
	return 0, false
}

// regexMatch matches a string, number or boolean against re; an array
// matches when any of its items does.
func regexMatch(re *regexp.Regexp, v value.Value) bool {
	switch x := v.(type) {
	case string:
		return re.MatchString(x)
	case float64:
		return re.MatchString(value.FormatNumber(x))
	case bool:
		return re.MatchString(strconv.FormatBool(x))
	case []value.Value:
		for _, item := range x {
			if regexMatch(re, item) {
				return true
			}
		}
	}
	return false
}
