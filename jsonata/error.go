package jsonata

import (
	"fmt"
	"strconv"
)

// Error is a syntax error in a JSONata expression, a finding of
// Forbidden, or an error of evaluation (Program.Eval). Parse and
// ParseTemplate return errors of this type only, and so does Eval.
//
// Errors of evaluation carry the fields jsonata-js 2.0.6 puts on its
// errors (Token, Value, Value2, Index, FunctionName, Type, Exp) and a Msg
// worded as jsonata-js words it (its errorCodes table with the fields
// substituted).
type Error struct {
	// Pos is the byte offset in the parsed string where the problem was
	// found (in the whole "{% … %}" string for ParseTemplate, and for
	// Forbidden on what ParseTemplate returned).
	Pos int
	// Code is the jsonata-js error code for the same problem ("S0202",
	// "S0101", …), or "" where jsonata-js has none: an invalid regular
	// expression or lambda signature (a JavaScript SyntaxError there),
	// nesting deeper than MaxDepth, a string that is not a template. For
	// Forbidden's findings it is "T1006", the run-time error Step Functions
	// reports.
	Code string
	// Msg describes the problem, without the position or the code.
	Msg string

	// Token is the operator or function name the error is about, such as
	// "+" or "substring" (jsonata-js "token"); "" when there is none.
	Token string
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

// describe names a token for messages: `")"`, `name "a"`, `end of expression`.
func describe(t token) string {
	switch t.kind {
	case tokEnd:
		return "end of expression"
	case tokOperator:
		return strconv.Quote(t.text)
	case tokName:
		return "name " + strconv.Quote(t.text)
	case tokVariable:
		return "variable " + strconv.Quote("$"+t.text)
	case tokString:
		return "string " + strconv.Quote(t.text)
	case tokNumber:
		return "number " + t.text
	case tokValue:
		return t.text
	case tokRegex:
		return "regular expression /" + t.text + "/"
	}
	return "token"
}

// Tokenizer errors.

func errUnterminatedString(pos int) *Error {
	return errf(pos, "S0101", "string literal must be terminated by a matching quote")
}

func errNumberRange(pos int, text string) *Error {
	return errf(pos, "S0102", "number out of range: %s", text)
}

func errBadEscape(pos int, c string) *Error {
	return errf(pos, "S0103", "unsupported escape sequence: \\%s", c)
}

func errBadUnicodeEscape(pos int) *Error {
	return errf(pos, "S0104", `the escape sequence \u must be followed by 4 hex digits`)
}

func errUnterminatedName(pos int) *Error {
	return errf(pos, "S0105", "quoted property name must be terminated with a backquote (`)")
}

func errUnterminatedComment(pos int) *Error {
	return errf(pos, "S0106", "comment has no closing */")
}

func errEmptyRegex(pos int) *Error {
	return errf(pos, "S0301", "empty regular expressions are not allowed")
}

func errUnterminatedRegex(pos int) *Error {
	return errf(pos, "S0302", "no terminating / in regular expression")
}

func errRegexFlags(pos int, flags string) *Error {
	return errf(pos, "", "invalid regular expression flags %q: a flag may appear only once", flags)
}

func errRegexSyntax(pos int, pattern, msg string) *Error {
	return errf(pos, "", "invalid regular expression /%s/: %s", pattern, msg)
}

// Parser errors.

func errTrailing(t token) *Error {
	return errf(t.pos, "S0201", "unexpected %s after the end of the expression", describe(t))
}

func errExpected(t token, want string) *Error {
	if t.kind == tokEnd {
		return errf(t.pos, "S0203", "expected %q before end of expression", want)
	}
	return errf(t.pos, "S0202", "expected %q but found %s", want, describe(t))
}

func errUnknownOperator(t token) *Error {
	return errf(t.pos, "S0204", "unknown operator %q", t.text)
}

func errUnexpectedEnd(pos int) *Error {
	return errf(pos, "S0207", "unexpected end of expression")
}

func errLambdaParam(pos, index int) *Error {
	return errf(pos, "S0208", "parameter %d of a function definition must be a variable such as $x", index)
}

func errPredicateAfterGroup(pos int) *Error {
	return errf(pos, "S0209", "a predicate cannot follow a grouping expression in a step")
}

func errGroupTwice(pos int) *Error {
	return errf(pos, "S0210", "each step can only have one grouping expression")
}

func errNotPrefix(t token) *Error {
	return errf(t.pos, "S0211", "the symbol %q cannot be used as a unary operator", t.text)
}

func errBindTarget(pos int) *Error {
	return errf(pos, "S0212", "the left side of := must be a variable name (start with $)")
}

func errLiteralStep(pos int, text string) *Error {
	return errf(pos, "S0213", "the literal value %s cannot be used as a step within a path expression", text)
}

func errBindingName(pos int, op string) *Error {
	e := errf(pos, "S0214", "the right side of %s must be a variable name (start with $)", op)
	e.Token = op
	return e
}

func errFocusAfterPredicate(pos int) *Error {
	return errf(pos, "S0215", "a context variable binding (@) must precede any predicates on a step")
}

func errFocusAfterSort(pos int) *Error {
	return errf(pos, "S0216", "a context variable binding (@) must precede the order-by clause on a step")
}

func errParent(pos int) *Error {
	return errf(pos, "S0217", "the object representing the parent (%%) cannot be derived from this expression")
}

func errSignatureSubtype(pos int) *Error {
	return errf(pos, "S0401", "type parameters (<…>) can only be applied to functions and arrays in a function signature")
}

func errSignatureChoice(pos int) *Error {
	return errf(pos, "S0402", "choice groups in a function signature cannot contain parameterized types")
}

func errSignatureRegex(pos int, msg string) *Error {
	return errf(pos, "", "function signature cannot be compiled: %s", msg)
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
