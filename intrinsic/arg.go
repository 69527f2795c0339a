package intrinsic

// ArgKind says what an argument of a call is.
type ArgKind uint8

const (
	// String is a single-quoted string literal: 'text'.
	String ArgKind = iota
	// Number is a numeric literal: 1, -3, 2.5.
	Number
	// Boolean is true or false.
	Boolean
	// Null is null.
	Null
	// Path is a JSONPath: $.a, $$.Execution.Id, $var.
	Path
	// Nested is a nested intrinsic function call, held in Arg.Call. (The
	// name Call is taken by the Call type.)
	Nested
)

// String names the kind, e.g. "String" or "Nested".
func (k ArgKind) String() string {
	switch k {
	case String:
		return "String"
	case Number:
		return "Number"
	case Boolean:
		return "Boolean"
	case Null:
		return "Null"
	case Path:
		return "Path"
	case Nested:
		return "Nested"
	}
	return "ArgKind(?)"
}

// Arg is one argument of a call.
type Arg struct {
	// Kind says what the argument is.
	Kind ArgKind
	// Text is, for String, the decoded value (escapes removed); for
	// Number, the literal as written; for Boolean, "true" or "false"; for
	// Null, "null"; for Path, the path as written (trailing spaces
	// removed). Empty for Nested.
	Text string
	// Raw is, for String, the literal as written, quotes included
	// ('x \{\} {}'). It keeps what Text cannot: which braces were escaped
	// and so are not States.Format placeholders. When Raw is empty or
	// does not decode to Text, the literal is written as Quote(Text).
	Raw string
	// Call is the nested call when Kind is Nested; nil otherwise.
	Call *Call
	// Pos is the byte offset of the argument in the source text.
	Pos int
}

// String writes the argument as it appears in canonical call text.
// A Boolean whose Text is not "true" is written false; a Nested argument
// with a nil Call is written as nothing.
func (a Arg) String() string {
	return a.format(0)
}

// format writes the argument; depth guards against cyclic calls.
func (a Arg) format(depth int) string {
	switch a.Kind {
	case String:
		return a.literal()
	case Number, Path:
		return a.Text
	case Boolean:
		if a.Text == "true" {
			return "true"
		}
		return "false"
	case Null:
		return "null"
	case Nested:
		return a.Call.format(depth + 1)
	}
	return ""
}

// literal returns the quoted form of a String argument: Raw when it
// matches Text, otherwise Quote(Text).
func (a Arg) literal() string {
	if a.Raw != "" && a.Raw[0] == '\'' {
		if text, end, err := scanString(a.Raw, 0); err == nil && end == len(a.Raw) && text == a.Text {
			return a.Raw
		}
	}
	return Quote(a.Text)
}

// isLiteral reports whether the argument is a string, number, boolean or
// null literal.
func (a Arg) isLiteral() bool {
	switch a.Kind {
	case String, Number, Boolean, Null:
		return true
	}
	return false
}
