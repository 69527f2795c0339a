// Package jsonata parses JSONata expressions the way AWS Step Functions
// judges them, so that a state machine's "{% … %}" strings can be checked
// before it is deployed.
//
// # What is accepted
//
// Step Functions evaluates JSONata with jsonata-js 2.0.6 (npm jsonata@2.0.6)
// and refuses, when a state machine is created, any expression that
// jsonata-js cannot compile. Parse accepts exactly those expressions: the
// whole 2.0.6 grammar, including
//
//   - paths (a.b.c, `quoted names`, "string steps"), wildcards * and **,
//     the parent operator %, predicates a[expr] and a[], array and object
//     constructors (also as a step, a.{k: v}), group-by a{k: v},
//     order-by a^(<x, >y), context and positional bindings @$v and #$i;
//   - literals: strings in single or double quotes with JSON escapes,
//     numbers (1, 1.5, 1e3, -1), true, false, null, regular expressions
//     /pattern/flags with flags i and m;
//   - every operator, with jsonata-js's binding powers: "." (75),
//     "[", "(", "@", "#" (80), "{" (70), "*", "/", "%" (60), "+", "-",
//     "&" (50), "=", "!=", "<", "<=", ">", ">=", "in", "~>", "^" (40),
//     "and" (30), "or" (25), "? :" (20), ":=" (10), and ".." inside
//     array constructors;
//   - variables ($x, $, $$), blocks ( e1; e2 ), bindings $x := e,
//     function calls, partial application $f(?, 1), lambdas
//     function($x){ … } and λ($x){ … } with optional signatures such as
//     <n-n:n>, conditionals c ? a : b, transforms | pattern | update,
//     delete |, and comments /* … */.
//
// It also rejects what jsonata-js rejects after the grammar proper: a
// number or true/false/null as a path step (a.1), a predicate after a
// group-by on a variable ($x{…}[0]), two group-bys on one step, @ after a
// predicate or order-by, a parent operator whose parent cannot be derived
// (% at the top, $x.%), invalid lambda signatures, and regular
// expressions that JavaScript's RegExp rejects (checked here with a port
// of V8's syntax rules for patterns without the u flag, as Node.js 20
// applies them).
//
// Some consequences of following jsonata-js exactly look odd but are what
// Step Functions does: 'it\'s' is an error (\' is not a JSON escape), 420.
// is an error (a path step is missing after the dot), "(/a/)" and
// "[/a/]" are errors (jsonata-js reads "/" directly after "(" or "[" as
// division), and so is "function($x){$x} / 2" (after "}" of a lambda body
// "/" starts a regular expression that is never closed).
//
// # What is rejected on purpose
//
// The operators ?? (coalescing) and ?: (default) exist only from jsonata
// 2.1; Step Functions rejects them, and so does Parse. Expressions nested
// more than MaxDepth (500) levels deep are rejected too, where jsonata-js
// would go on until its stack overflows (somewhere between 1,266 and about
// 5,200 levels on Node.js 20).
//
// # Beyond syntax
//
// Step Functions does not check function names when a state machine is
// created: an unknown function, or $eval (which jsonata-js has but Step
// Functions removed), fails the state at run time with
// States.QueryEvaluationError. Parse therefore accepts them;
// UnknownFunctions and Forbidden report them separately. IsFunction knows
// the 2.0.6 built-ins and AWS's additions $partition, $range, $hash,
// $random, $uuid and $parse. Expr.Functions and Expr.Variables list the
// functions an expression calls and the variables it reads.
//
// # Evaluation
//
// Compile (or CompileString) turns an expression into an immutable
// Program; Program.Eval evaluates it as jsonata-js 2.0.6 does, on
// value.Value data, with an Env for free variables, clock, randomness,
// cancellation and budgets (MaxDepth, Timeout: error U1001). Object keys
// keep insertion order (JavaScript puts integer-like keys first).
//
// # Errors
//
// Errors of parsing and of evaluation are *Error values with the code,
// position, token, value and message jsonata-js 2.0.6 gives the same
// expression. Error.Pos is the byte offset of jsonata-js's position,
// which is just after the token the error is about (for a syntax error,
// the token the parser stood on); Error.Position converts it to
// jsonata-js's UTF-16 units, and Error.Fields gives the object jsonata-js
// throws, as "stepwise jsonata --json" prints it.
//
// Two known differences come from jsonata-js evaluating the items of an
// array constructor (and the values of an object constructor) as
// concurrent promises, which this package models with a virtual clock of
// awaits rather than by running them interleaved: an error raised in
// such an item may, rarely, be reported at another item's position (1 of
// the 1,318 errors of the generated differential test), and a variable
// bound by one item is already visible to the items after it, where
// jsonata-js looks it up before the binding happens
// ([$f := function($v){$v}, $f(1)] gives T1006 in jsonata-js).
//
// # How it is tested
//
// The tests compare Parse with jsonata-js 2.0.6 itself (testdata/parse.js,
// run with Node.js from the repository's node_modules):
// TestAgainstJsonataJS checks every table case, 1,500 expressions from a
// random grammar of the path operators and 4,000 seeded mutations of them
// (STEPWISE_JSONATA_DIFF=N runs N mutations), and TestRegexpAgainstV8
// checks the regular-expression rules on random patterns. Runs of 100,000
// mutations and 200,000 generated expressions found no disagreement. The
// corpus test parses every "{% … %}" string of the shared corpus. The
// comparisons skip when node or node_modules/jsonata is missing.
// TestSyntaxErrorsAgainstJsonataJS (testdata/syntax.js) compares every
// field of the syntax errors of 6,000 malformed expressions
// (STEPWISE_JSONATA_SYNTAX=N runs N), and TestEvalAgainstJsonataJS
// (testdata/eval.js) the values, error codes and positions of 3,000
// generated expressions over generated documents (STEPWISE_JSONATA_EVAL).
package jsonata
