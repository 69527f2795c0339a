// Package semdiff compares two Amazon States Language definitions
// semantically: key order, formatting and number spelling (2 and 2.0) are
// ignored, and the differences are reported state by state.
//
// Every state of both definitions, nested ones (Parallel branches, Map item
// processors) included, is matched by name. A state only in the second
// definition is added, one only in the first is removed; a removed and an
// added state with identical content are reported as one rename. For a state
// in both, each differing field is listed with its path below the state
// (Retry[0].MaxAttempts, Parameters["Payload.$"]) and its old and new JSON
// values. A state's content is the state without the States of its nested
// blocks: those states are compared on their own. Differences outside the
// states (Comment, TimeoutSeconds, StartAt, …) are listed as machine fields.
//
// The comparison works on any JSON, valid ASL or not: a document without a
// States object is compared as a whole. `stepwise diff` prints the report,
// and the golden-file helper (package snapshots) uses it to explain a
// mismatching ASL golden.
package semdiff
