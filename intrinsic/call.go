package intrinsic

import "strings"

// Call is an intrinsic function call, "States.Name(arg, …)".
type Call struct {
	// Name is the full function name, e.g. "States.Format".
	Name string
	// Args are the arguments in order; empty for "States.UUID()".
	Args []Arg
	// Pos is the byte offset of the call's name in the source text.
	Pos int
}

// maxNesting bounds how deeply Parse, Check and String follow nested
// calls, so that deep input or a cyclic Call built by hand cannot exhaust
// the stack. It is far above MaxDepth.
const maxNesting = 100

// String writes the call in canonical form: arguments separated by ", ",
// string literals single-quoted with their escapes, numbers and paths as
// written. Parse(c.String()) gives a call equal to c except for positions.
// A nil call is written as "". Calls nested more than 100 deep (as in a
// cyclic Call built by hand) are cut off.
func (c *Call) String() string {
	return c.format(0)
}

// format writes the call at the given nesting depth.
func (c *Call) format(depth int) string {
	if c == nil || depth > maxNesting {
		return ""
	}
	var b strings.Builder
	b.WriteString(c.Name)
	b.WriteByte('(')
	for i, a := range c.Args {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(a.format(depth))
	}
	b.WriteByte(')')
	return b.String()
}

// parenPos is the offset of the call's "(" when it was parsed.
func (c *Call) parenPos() int {
	return c.Pos + len(c.Name)
}
