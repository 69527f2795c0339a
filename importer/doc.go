// Package importer turns Amazon States Language definitions into Go code
// that builds them with the DSL (package sfn): `stepwise import`.
//
// The generated function declares one variable per state, in an order that
// lets Choice rules and catchers name their targets inline (a target that
// closes a loop is wired after the declarations), then joins the states
// with Next into chains: `submit.Next(wait).Next(poll)`. Conditions, retries,
// catchers, wait times and durations use the DSL's typed constructors;
// predefined errors its constants (sfn.ErrAll); payload templates are Go
// maps with sfn.Path values for their "key.$" members, and intrinsic
// function calls are builders of package sfn/states when the builder writes
// the call back exactly (else the call text as an sfn.Path). JSONata
// expressions stay expressions: sfn.Expr("…").
//
// Import checks its own work: it runs the program it is about to print
// through the real DSL (an interpreter of the same plan the printer reads)
// and compares the synthesized ASL with the input, semantically
// (jsontree.Equal), after normalizing the input's legacy forms the DSL
// writes in their current form (see Normalize). A definition the DSL cannot
// express — a timestamp it would write differently, a distributed-Map
// reader no builder writes — is refused with every such field named by its
// JSON pointer; Import never returns code that builds something else.
//
// The input appears in the generated code only as quoted Go string
// literals (strconv.Quote): state names, comments and strings with quotes,
// backticks, "*/", newlines or any Unicode give correct Go, and nothing of
// the input is executed or spliced in unquoted. Variable names are made
// from the ASCII letters and digits of state names only.
package importer
