package jsonpath

import "github.com/stepwise-go/stepwise/internal/poserr"

// Error is a syntax error in a path. Parse returns errors of this type
// only. It is the shape all of the module's languages share: Pos is the
// byte offset in the path where the problem was found, Msg describes the
// problem without the position (Line, Column and Code stay zero). Error()
// formats it as `at POS: MSG`, for example `at 3: unexpected "]"`.
type Error = poserr.Error

// errorf builds an *Error at pos.
func errorf(pos int, format string, args ...any) *Error {
	return poserr.Errorf(pos, format, args...)
}
