package importer

import "time"

// Expr is one Go expression of an imported program: the plan that both
// the Go printer and the interpreter read, so that the program the
// importer prints is the program it checked.
type Expr interface{ expr() }

// Call is a function or method call. With Recv nil it calls the function
// Pkg.Name ("sfn.NewTask", "time.Date"); otherwise the method Name of Recv.
type Call struct {
	Recv Expr
	Pkg  string
	Name string
	Args []Expr
}

// Str is a string literal. Where the parameter has a named string type
// (sfn.Path, sfn.ErrorName), the untyped constant converts implicitly.
type Str struct{ S string }

// Int is an integer literal.
type Int struct{ N int64 }

// Float is a floating-point literal: Text is a Go literal for the value
// that always reads as a float ("2.5", "1e+21", "3.0").
type Float struct{ Text string }

// Bool is true or false.
type Bool struct{ B bool }

// Nil is nil (a JSON null inside a payload).
type Nil struct{}

// Duration is a whole number of seconds as a time.Duration: "5 *
// time.Minute", "90 * time.Second".
type Duration struct{ Seconds int64 }

// Time is a time.Time written as time.Date(…).
type Time struct{ T time.Time }

// Const is a named constant or variable of a package: sfn.ErrAll,
// sfn.JitterFull, time.UTC.
type Const struct{ Pkg, Name string }

// Conv converts X to a named type: sfn.Path("$.x").
type Conv struct {
	Pkg, Type string
	X         Expr
}

// Map is a map[string]any literal; keys are kept in the given order.
type Map struct {
	Keys   []string
	Values []Expr
}

// Slice is a []any literal, or a []Elem literal when Elem is set.
type Slice struct {
	Elem  string // "" for any
	Items []Expr
}

// Raw is JSON text as a json.RawMessage, for payload values Go maps
// cannot carry exactly.
type Raw struct{ JSON string }

// Var is a variable defined earlier in the program.
type Var struct{ Name string }

func (Call) expr()     {}
func (Str) expr()      {}
func (Int) expr()      {}
func (Float) expr()    {}
func (Bool) expr()     {}
func (Nil) expr()      {}
func (Duration) expr() {}
func (Time) expr()     {}
func (Const) expr()    {}
func (Conv) expr()     {}
func (Map) expr()      {}
func (Slice) expr()    {}
func (Raw) expr()      {}
func (Var) expr()      {}

// Stmt is one statement of the generated function: Name := X, or X alone
// when Name is empty (a call for its effect: wiring a Choice, a chain).
type Stmt struct {
	Name string
	X    Expr
	// Blank puts an empty line before the statement.
	Blank bool
}

// Plan is an imported definition: the statements of one function that
// returns the state machine, and the machine expression it returns.
type Plan struct {
	Stmts  []Stmt
	Result Expr
}

// call returns the call recv.name(args…).
func call(recv Expr, name string, args ...Expr) Call {
	return Call{Recv: recv, Name: name, Args: args}
}

// fn returns the call pkg.name(args…).
func fn(pkg, name string, args ...Expr) Call {
	return Call{Pkg: pkg, Name: name, Args: args}
}

// chain applies the methods in order: recv.a(…).b(…)…
func chain(recv Expr, calls ...Call) Expr {
	for _, c := range calls {
		c.Recv = recv
		recv = c
	}
	return recv
}
