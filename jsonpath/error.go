package jsonpath

import "fmt"

// Error is a syntax error in a path. Parse returns errors of this type only.
type Error struct {
	// Pos is the byte offset in the path where the problem was found.
	Pos int
	// Msg describes the problem, without the position.
	Msg string
}

// Error formats the error as `at POS: MSG`, for example `at 3: unexpected "]"`.
func (e *Error) Error() string {
	if e == nil {
		return "<nil>"
	}
	return fmt.Sprintf("at %d: %s", e.Pos, e.Msg)
}

// errorf builds an *Error at pos.
func errorf(pos int, format string, args ...any) *Error {
	return &Error{Pos: pos, Msg: fmt.Sprintf(format, args...)}
}
