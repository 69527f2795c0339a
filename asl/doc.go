// Package asl is the one Amazon States Language model of stepwise. The DSL
// (package sfn) builds it, Parse reads it from JSON, Render writes it back,
// and Validate checks it; diagrams, import and diff work on it too.
//
// The model mirrors ASL closely: one struct per state type (Pass, Task,
// Choice, Wait, Succeed, Fail, Parallel, Map), each holding exactly the
// fields ASL allows for that type, so a field a type does not allow cannot
// be represented and the parser reports it. Optional fields are pointers
// (nil = absent); payload templates are ordered JSON values
// (jsontree.Value). Semantic checks that depend on more than one field
// (Next xor End, exactly one Choice operator, targets that exist, …) are
// left to Validate, which collects every problem at once.
//
// Canonical form (Render): two-space indentation, a trailing newline, no
// HTML escaping. Top-level keys come in the order Comment, QueryLanguage,
// Version, TimeoutSeconds, StartAt, States. Each state starts with Type and
// Comment, then its fields in the order the ASL specification lists them,
// then Retry, Catch, and last Next or End. States keep the order of their
// Graph: the order of the file for parsed definitions, breadth-first from
// StartAt for machines built with the DSL. Payload templates keep their own
// member order.
package asl
