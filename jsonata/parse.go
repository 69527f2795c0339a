package jsonata

import "strings"

// Parse parses a bare JSONata expression (without the "{%" and "%}" of
// ASL) and returns its syntax tree. It accepts exactly the expressions
// that jsonata-js 2.0.6, the engine of AWS Step Functions, compiles, up to
// MaxDepth levels of nesting; any other expression gives an *Error with
// the byte offset of the problem.
//
// Parse checks syntax only. Unknown function names and $eval are runtime
// errors in Step Functions, not syntax errors: see UnknownFunctions and
// Forbidden.
func Parse(expr string) (*Expr, error) {
	raw, err := parse(expr)
	if err != nil {
		return nil, err
	}
	root, err := processRoot(raw)
	if err != nil {
		return nil, err
	}
	return &Expr{Source: expr, Root: root}, nil
}

// IsTemplate reports whether s is an ASL JSONata template: a string that
// starts with "{%" and ends with "%}". Nothing is trimmed first: ASL
// treats " {% 1 %}" as a plain string.
func IsTemplate(s string) bool {
	return len(s) >= 4 && strings.HasPrefix(s, "{%") && strings.HasSuffix(s, "%}")
}

// ParseTemplate parses the JSONata expression of an ASL template
// "{% expr %}". s must satisfy IsTemplate; the expression between the
// delimiters may be surrounded by whitespace but not be empty. Error
// positions are byte offsets in s. Expr.Source is the text between the
// delimiters, and node positions are offsets in it.
func ParseTemplate(s string) (*Expr, error) {
	if !IsTemplate(s) {
		return nil, errNotTemplate()
	}
	body := s[2 : len(s)-2]
	e, err := Parse(body)
	if err != nil {
		perr := *err.(*Error)
		perr.Pos += 2
		return nil, &perr
	}
	e.Offset = 2
	return e, nil
}
