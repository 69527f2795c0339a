// Package poserr is the one shape of the errors the module's little
// languages report: a message at a byte position of the source text.
// JSONPath (jsonpath.Error), intrinsic calls (intrinsic.Error), JSONata
// (jsonata.Error) and JSON documents (jsontree.SyntaxError) export it
// under their own names as type aliases, so that errors.As with any of
// them matches an error of any of those languages, and code that reports
// one can read them all the same way.
package poserr

import "fmt"

// Error is a problem at a byte position of a source text.
type Error struct {
	// Pos is the byte offset in the source text where the problem was
	// found.
	Pos int
	// Line and Column are Pos as a 1-based line and byte column, for the
	// languages whose sources span lines (JSON documents); 0 otherwise.
	Line, Column int
	// Code is the language's own code for the problem (jsonata-js's
	// "S0202", …), or "" when the language or the problem has none.
	Code string
	// Msg describes the problem, without the position or the code.
	Msg string
}

// Error formats the error as `line L, column C: MSG` when Line is set,
// and as `at POS: MSG` otherwise, for example `at 3: unexpected "]"`.
func (e *Error) Error() string {
	switch {
	case e == nil:
		return "<nil>"
	case e.Line > 0:
		return fmt.Sprintf("line %d, column %d: %s", e.Line, e.Column, e.Msg)
	}
	return fmt.Sprintf("at %d: %s", e.Pos, e.Msg)
}

// Errorf builds an *Error at pos, its message formatted as fmt.Sprintf
// does.
func Errorf(pos int, format string, args ...any) *Error {
	return &Error{Pos: pos, Msg: fmt.Sprintf(format, args...)}
}
