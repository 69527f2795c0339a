// Package jsregexp runs JavaScript regular expressions (without the u
// flag) on Go strings, for the JSONata evaluator: jsonata-js 2.0.6 builds
// new RegExp(pattern, flags + "g") for a /pattern/flags literal and calls
// exec in a loop, so $match, $replace, $split, $contains and regex calls
// see JavaScript's semantics, which this package reproduces.
//
// Check is the syntax check (V8's messages) that the jsonata parser
// applies to regex literals. Compile checks, then translates the pattern
// for github.com/dlclark/regexp2/v2 in ECMAScript mode:
//
//   - Subjects are matched as UTF-16 code units, the way JavaScript
//     strings are: the Go string (UTF-8, lone surrogates in WTF-8) becomes
//     a rune slice holding one code unit per rune, so "." matches half of
//     an emoji and every index is a UTF-16 index. Surrogate units are
//     shifted to the private-use plane (U+FD800–U+FDFFF) while regexp2
//     sees them, because its prefix search drops surrogates; matches are
//     mapped back, and a split pair comes back as WTF-8 lone surrogates.
//   - The pattern is rewritten unit by unit with the checker's own parser,
//     so everything JavaScript's Annex B grammar decides (legacy octal
//     escapes, \8, back references versus octal, lone braces, \c, class
//     ranges) is decided here, not by regexp2: see translate.
//   - \d, \w, \s, "." and classes are written as explicit unit ranges with
//     JavaScript's definitions (\s includes U+FEFF, U+00A0 and the Unicode
//     spaces; \d and \w are ASCII).
//   - The i flag is regexp2's ECMAScript case folding, which agrees with
//     JavaScript's Canonicalize on every BMP character Go's Unicode tables
//     (unicode.Version) know; characters added in later Unicode versions
//     (U+A7CB, U+A7DC and a dozen more in Node 20's ICU) do not fold.
//
// An ASCII subject is searched with Go's regexp (RE2) instead when the
// pattern lies in a subset where both engines provably find the same
// match and groups (no flags, ASCII, no lookaround or back references,
// no quantified groups; see toRE2), which is about twice as fast; the
// results are the same either way.
//
// Every search has a time budget (DefaultMatchTimeout, or
// CompileWithTimeout); a catastrophic pattern ends with ErrTimeout.
//
// The UTF16 helpers (UTF16Len, UTF16Slice, ToUTF16, FromUTF16) do
// JavaScript's string index arithmetic on Go strings for the evaluator's
// $length, $substring and match positions.
package jsregexp
