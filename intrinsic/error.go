package intrinsic

import "fmt"

// Error is a problem at a byte position of an intrinsic function call.
// Parse and Check report problems with this type only.
type Error struct {
	// Pos is the byte offset in the call's source text.
	Pos int
	// Msg describes the problem, without the position.
	Msg string
}

// Error formats the error as `at POS: MSG`, for example
// `at 14: States.MathAdd takes 2 arguments, got 3`.
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
