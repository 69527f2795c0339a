// Package states builds calls of the Amazon States Language's intrinsic
// functions (States.Format, States.MathAdd, States.UUID, …) as typed Go
// values, so that a call reads like the ASL it renders:
//
//	states.Format("Order {} ships by {}", sfn.Path("$.orderId"), sfn.Path("$.carrier"))
//
// renders States.Format('Order {} ships by {}', $.orderId, $.carrier). A
// Call is an sfn.Dynamic: inside Parameters, ResultSelector, ItemSelector or
// a JSONPath Assign its key gets the ".$" suffix. Call.Path turns it into an
// sfn.Path for fields that take one (Fail's ErrorPath and CausePath accept
// States.Format, JsonToString, ArrayGetItem, Base64Encode, Base64Decode,
// Hash and UUID).
//
// Arguments are sfn.Path values (paths into the input, the context object
// or variables), nested Calls, or literals: strings (quoted and escaped as
// ASL requires, braces and backslashes included), numbers, booleans and
// nil. The number of arguments is fixed by each function's Go signature;
// literal arguments of the wrong type (a string where a number goes, a
// literal where only an array path can go) and nesting deeper than 10 are
// recorded when the call is made and reported, with the Go source line, by
// Build.
package states
