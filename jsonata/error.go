package jsonata

import (
	"fmt"
	"strconv"

	"github.com/stepwise-go/stepwise/value"
)

// Error is a syntax error in a JSONata expression, a finding of
// Forbidden, or an error of evaluation (Program.Eval). Parse and
// ParseTemplate return errors of this type only, and so does Eval.
//
// Syntax errors and errors of evaluation carry the fields jsonata-js
// 2.0.6 puts on its errors for the same expression (Code, Pos, Token or
// TokenValue, Value, Value2, Index, FunctionName, Type, Exp) and a Msg
// worded as jsonata-js words it (its errorCodes table with the fields
// substituted, or V8's message for a regular expression it rejects).
// Fields gives them as the object jsonata-js throws.
type Error struct {
	// Pos is the byte offset in the parsed string of the position
	// jsonata-js reports (in the whole "{% … %}" string for ParseTemplate,
	// and for Forbidden on what ParseTemplate returned). Like jsonata-js,
	// it is the offset just after the token the problem is about (just
	// after the token the parser stood on for syntax errors); Position
	// converts it to jsonata-js's UTF-16 units.
	Pos int
	// Code is the jsonata-js error code for the same problem ("S0202",
	// "S0101", …), or "" where jsonata-js has none: an invalid regular
	// expression or lambda signature (a JavaScript SyntaxError there),
	// nesting deeper than MaxDepth, a string that is not a template. For
	// Forbidden's findings it is "T1006", the run-time error Step Functions
	// reports.
	Code string
	// Msg describes the problem, without the position or the code: for
	// errors with a Code, jsonata-js's message.
	Msg string

	// Token is the operator or function name the error is about, such as
	// "+" or "substring" (jsonata-js "token"); "" when there is none or
	// when TokenValue holds it.
	Token string
	// TokenValue is the token of a syntax error when jsonata-js's token is
	// not a non-empty string: a number literal's value (float64), true,
	// false or value.Null, "" (an escape cut off by the end of the
	// expression), or an empty *value.Object for a regular expression
	// (jsonata-js holds a RegExp, which JSON writes as {}). nil otherwise.
	TokenValue value.Value
	// NoPosition says that jsonata-js gives this error no position: some
	// S0217 errors, and the JavaScript SyntaxError of a regular expression
	// or signature V8 rejects. Pos is then where this package found the
	// problem. False by default.
	NoPosition bool
	// Value is the offending value (jsonata-js "value"); HasValue says
	// whether there is one (Value may be nil: undefined).
	Value    any
	HasValue bool
	// Value2 is the second value of a comparison error (T2007, T2009);
	// HasValue2 says whether there is one.
	Value2    any
	HasValue2 bool
	// Index is the 1-based argument number for signature and function
	// argument errors (T0410, T0411, T0412, D3020, …); 0 for none.
	Index int
	// FunctionName is the function of a D3140 error, such as "decodeUrl".
	FunctionName string
	// Type is the item type named by T0412, such as "strings".
	Type string
	// Exp is the exponent of a D3061 error; HasExp says whether there is one.
	Exp    any
	HasExp bool

	// posFrom and posAt say which function's position the error took, and
	// when on the virtual clock, while a race is under way (see
	// state.readProcPos); posFrom is nil otherwise, and stale once Pos is
	// no longer posSet.
	posFrom any
	posAt   int64
	posSet  int
}

// Error formats the error as `at POS: MSG`, for example
// `at 12: expected ")" but found end of expression`.
func (e *Error) Error() string {
	if e == nil {
		return "<nil>"
	}
	return fmt.Sprintf("at %d: %s", e.Pos, e.Msg)
}

// MaxDepth is the deepest syntax tree Parse accepts: an expression nested
// more deeply (parentheses, brackets, operands of operators, steps of a
// path, …) is reported as an error instead of risking a stack overflow.
// jsonata-js 2.0.6 on Node.js 20 gives up somewhere between 1,266 levels
// (nested array constructors) and about 5,200 (a chain of "+"), with a
// RangeError; AWS Step Functions evaluates with a smaller stack still.
const MaxDepth = 500

// Every message the package produces is built here.

func errf(pos int, code, format string, args ...any) *Error {
	return &Error{Pos: pos, Code: code, Msg: fmt.Sprintf(format, args...)}
}

// Syntax errors are built as jsonata-js 2.0.6 builds them: its code, its
// position (the offset just after the token the parser stood on, which
// this package keeps as a byte offset), its token and value, and its
// message template (evalMessages). Positions beyond the end of the
// expression (jsonata-js reports some after a cut-off \u escape) count
// one byte per UTF-16 unit past the end.

// syntaxErr builds a syntax error with code at pos; tok is jsonata-js's
// token (nil: none).
func syntaxErr(code string, pos int, tok value.Value) *Error {
	e := &Error{Code: code, Pos: pos}
	setToken(e, tok)
	e.populate()
	return e
}

// syntaxErrValue is syntaxErr with jsonata-js's value field as well.
func syntaxErrValue(code string, pos int, tok, val value.Value) *Error {
	e := &Error{Code: code, Pos: pos, Value: val, HasValue: true}
	setToken(e, tok)
	e.populate()
	return e
}

// setToken stores tok in Token when it is a non-empty string and in
// TokenValue otherwise.
func setToken(e *Error, tok value.Value) {
	if s, ok := tok.(string); ok && s != "" {
		e.Token = s
		return
	}
	e.TokenValue = tok
}

// tokenValue is a token's value as jsonata-js holds it (token.value):
// the operator, the name, the variable's name without "$", the decoded
// string, the number, true/false/null, a RegExp (written as JSON {}), or
// "(end)".
func tokenValue(t token) value.Value {
	switch t.kind {
	case tokEnd:
		return "(end)"
	case tokNumber:
		f, _ := strconv.ParseFloat(t.text, 64)
		return f
	case tokValue:
		switch t.text {
		case "true":
			return true
		case "false":
			return false
		}
		return value.Null
	case tokRegex:
		return value.NewObject(0)
	}
	return t.text
}

// Tokenizer errors.

func errUnterminatedString(pos int) *Error { return syntaxErr("S0101", pos, nil) }

func errNumberRange(pos int, text string) *Error { return syntaxErr("S0102", pos, text) }

// errBadEscape: c is the UTF-16 unit after the backslash as a string ("" at
// the end of the expression).
func errBadEscape(pos int, c string) *Error { return syntaxErr("S0103", pos, c) }

func errBadUnicodeEscape(pos int) *Error { return syntaxErr("S0104", pos, nil) }

func errUnterminatedName(pos int) *Error { return syntaxErr("S0105", pos, nil) }

func errUnterminatedComment(pos int) *Error { return syntaxErr("S0106", pos, nil) }

func errEmptyRegex(pos int) *Error { return syntaxErr("S0301", pos, nil) }

func errUnterminatedRegex(pos int) *Error { return syntaxErr("S0302", pos, nil) }

// errRegexFlags and errRegexSyntax are the JavaScript SyntaxErrors that
// new RegExp throws in jsonata-js: no code, no position (Pos is where
// the literal starts), V8's message.
func errRegexFlags(pos int, flags string) *Error {
	return &Error{Pos: pos, NoPosition: true, Msg: "Invalid flags supplied to RegExp constructor '" + flags + "g'"}
}

func errRegexSyntax(pos int, source, msg string) *Error {
	return &Error{Pos: pos, NoPosition: true, Msg: "Invalid regular expression: " + source + ": " + msg}
}

// Parser errors. t is the token the parser stands on.

func errTrailing(t token) *Error { return syntaxErr("S0201", t.end, tokenValue(t)) }

func errExpected(t token, want string) *Error {
	code := "S0202"
	if t.kind == tokEnd {
		code = "S0203"
	}
	return syntaxErrValue(code, t.end, tokenValue(t), want)
}

func errUnknownOperator(t token) *Error { return syntaxErr("S0204", t.end, t.text) }

func errUnexpectedEnd(pos int) *Error { return syntaxErr("S0207", pos, "(end)") }

// errLambdaParam: arg is the parameter's node, index counts from 1.
func errLambdaParam(arg token, index int) *Error {
	return syntaxErrValue("S0208", arg.end, tokenValue(arg), float64(index))
}

func errPredicateAfterGroup(pos int) *Error { return syntaxErr("S0209", pos, nil) }

func errGroupTwice(pos int) *Error { return syntaxErr("S0210", pos, nil) }

func errNotPrefix(t token) *Error { return syntaxErr("S0211", t.end, tokenValue(t)) }

func errBindTarget(left token) *Error { return syntaxErr("S0212", left.end, tokenValue(left)) }

func errLiteralStep(pos int, v value.Value) *Error {
	return syntaxErrValue("S0213", pos, nil, v)
}

func errBindingName(rhs token, op string) *Error { return syntaxErr("S0214", rhs.end, op) }

func errFocusAfterPredicate(pos int) *Error { return syntaxErr("S0215", pos, nil) }

func errFocusAfterSort(pos int) *Error { return syntaxErr("S0216", pos, nil) }

// errParent: typ is the jsonata-js type of the node whose parent cannot
// be derived; pos < 0 when jsonata-js's node has no position (Pos is then
// at, where this package found the problem).
func errParent(pos, at int, typ string) *Error {
	e := syntaxErr("S0217", pos, typ)
	if pos < 0 {
		e.Pos, e.NoPosition = at, true
	}
	return e
}

func errSignatureSubtype(pos int, typ value.Value) *Error {
	return syntaxErrValue("S0401", pos, nil, typ)
}

func errSignatureChoice(pos int, choice string) *Error {
	return syntaxErrValue("S0402", pos, nil, choice)
}

// errSignatureRegex is the SyntaxError of new RegExp(re) while jsonata-js
// compiles a signature; its position is NaN there (the error has no
// offset), which JSON writes as null.
func errSignatureRegex(pos int, re []uint16, msg string) *Error {
	return &Error{Pos: pos, NoPosition: true, Msg: "Invalid regular expression: /" + fromUTF16(re) + "/: " + msg}
}

func errTooDeep(pos int) *Error {
	return errf(pos, "", "expression is nested more than %d levels deep", MaxDepth)
}

// ParseTemplate errors.

func errNotTemplate() *Error {
	return errf(0, "", `a JSONata template must start with "{%%" and end with "%%}"`)
}

// Forbidden findings.

func errEval(pos int) *Error {
	return errf(pos, "T1006", "$eval is not available in AWS Step Functions (use $parse to read JSON text)")
}
