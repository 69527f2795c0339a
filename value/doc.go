// Package value is the JSON value type the evaluators and the runtime
// share: JSONPath and intrinsic functions, the JSONata evaluator and the
// local runtime all compute on it, so a state's data passes from one to
// the next without conversion.
//
// A Value is a Go interface value holding one of:
//
//   - Null (JSON null), the only value of its type;
//   - bool;
//   - float64 (every JSON number; JavaScript and Step Functions' JSONata
//     compute in IEEE doubles);
//   - string (UTF-8; a lone UTF-16 surrogate from a JSON "\ud800" escape is
//     kept as its WTF-8 bytes, so it survives a round trip);
//   - []Value (a JSON array);
//   - *Object (a JSON object, keys in insertion order).
//
// The nil Value is no JSON value at all: JSONata's undefined, and "absent"
// elsewhere. Encoders skip it inside objects and write null for it inside
// arrays, as JavaScript's JSON.stringify does.
//
// Values are immutable once built and shared: a program's constants are
// used by many executions at once. Build a new array or object instead of
// changing one that may be shared; Object.Set and slice writes are for the
// code that has just made the value.
package value
