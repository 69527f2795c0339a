// Package jsontree holds JSON values the way ASL tooling needs them: objects
// keep their members in document order (duplicates included, so a validator
// can report them), numbers keep their literal text, and every parsed value
// remembers its byte offset. Encoding is deterministic: two-space indentation
// or compact, no HTML escaping.
//
// encoding/json is not enough here: it silently keeps the last of duplicate
// keys, loses member order and offsets, and turns numbers into float64.
package jsontree
