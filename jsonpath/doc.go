// Package jsonpath parses the JSONPath strings that Amazon States Language
// (ASL) accepts in JSONPath states: InputPath, OutputPath, ResultPath,
// Parameters and ResultSelector values whose keys end in ".$", Choice
// Variable fields, ItemsPath and the other "…Path" fields.
//
// AWS Step Functions evaluates paths with the Jayway JsonPath library, so
// this package follows Jayway's syntax with the ASL additions:
//
//   - "$" is the state input, "$$" the context object and "$name" a
//     workflow variable (name matches [A-Za-z_][A-Za-z0-9_]*);
//   - dot notation: ".name", ".*", "..name" (recursive descent), and a
//     trailing function call such as ".length()";
//   - bracket notation: ['name'], ["name"], [0], [-1], [*], [0,1],
//     ['a','b'], [1:3], [:2], [-1:], [?(filter)].
//
// Parse checks the syntax, including Jayway's filter language (== != < <=
// > >= =~ in nin subsetof anyof noneof size empty contains, && || ! and
// parentheses) and function calls, and compiles the path once into an
// immutable program. Path.Eval then selects from a document as Jayway
// does (definite paths give one value or "not found", indefinite ones a
// list), Set places a value at a reference path without modifying the
// document (ResultPath), and Canonical prints the path as Jayway does in
// its messages ("$['a'][0]"). Path.IsReference
// reports whether a path is an ASL "reference path" (one node, no
// wildcards, filters, slices, unions, recursive descent or functions),
// which ResultPath and the comparison "…Path" fields require.
package jsonpath
