// Package intrinsic parses and checks Amazon States Language intrinsic
// function calls, the values such as "States.Format('Hello, {}', $.name)"
// that JSONPath states may put in fields whose keys end in ".$".
//
// The syntax follows the AWS Step Functions developer guide: a call is
// "States.Name(arg, arg, …)" and the whole string is exactly one call. An
// argument is a single-quoted string literal (in which \', \{, \} and \\
// are the only escapes, and an unescaped {} in the first argument of
// States.Format is a placeholder), a number (-3, 2.5), true, false, null,
// a JSONPath (see package jsonpath) or another call.
//
// Parse checks syntax only. Check applies what AWS validates about the
// 18 known functions: names, argument counts, nesting depth (at most 10),
// literal arguments of States.Hash, States.JsonMerge, States.Format and
// States.ArrayRange, and the syntax of path arguments. Call.String prints
// a call in canonical form, which Parse reads back to an equal call.
//
// Compile turns a checked call into an immutable Program, and
// Program.Eval runs it against an Env (input, context object, variables,
// random source) the way AWS does, with AWS's output formatting (Java
// text for States.Format, compact Jackson JSON for States.JsonToString)
// and failures as States.IntrinsicFailure or States.Runtime. The function
// table (Functions) holds each function's implementation, so the checker
// and the evaluator share it.
package intrinsic
