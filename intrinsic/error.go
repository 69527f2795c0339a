package intrinsic

import "github.com/stepwise-go/stepwise/internal/poserr"

// Error is a problem at a byte position of an intrinsic function call.
// Parse and Check report problems with this type only. It is the shape
// all of the module's languages share: Pos is the byte offset in the
// call's source text, Msg describes the problem without the position
// (Line, Column and Code stay zero). Error() formats it as `at POS: MSG`,
// for example `at 14: States.MathAdd takes 2 arguments, got 3`.
type Error = poserr.Error

// errorf builds an *Error at pos.
func errorf(pos int, format string, args ...any) *Error {
	return poserr.Errorf(pos, format, args...)
}
