package jsregexp

import (
	"math/rand"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// matchPieces build random patterns: atoms, escapes, classes, groups and
// quantifiers, with astral characters, lone surrogates and the
// characters whose case folding or class membership differs between
// regex engines.
var matchPieces = []string{
	"a", "b", "A", "k", "s", "é", "É", "😀", "\u017f", "\u212a", ".", "-", " ",
	`\d`, `\w`, `\s`, `\D`, `\W`, `\S`, `\b`, `\B`, "^", "$",
	"(", ")", "(", ")", "(?:", "(?=", "(?!", "(?<=", "(?<!", "(?<n>", `\k<n>`,
	`\1`, `\2`, `\10`, "|", "*", "+", "?", "*?", "+?", "{1,2}", "{2}", "{0,}", "{",
	"[", "]", "[^", "[a-z]", "[^a]", "[\\s\\d]", "[😀]", "[\\ud83d\\ude00]", "[^\\ud800-\\udbff]",
	`\ud83d`, `\ude00`, `\u00e9`, `\x41`, `\0`, `\12`, `\8`, `\cA`, `\c`, `\n`, `\r`, `\u2028`,
	`\u{41}`, `\p{L}`, `\-`, `\.`, `\u00a0`, `\ufeff`, "[\\b]", "[.]", "[]", "[^]",
	// Whole groups, so that back references and captures in loops occur
	// often.
	"(a)", "(b|A)", `(\w)`, "(.)", "(a*)", "(?:(a)|b)+", "((a)|(b))*", `(\w)\1`, `(?<n>.)\k<n>`,
	"(?:(a)(b)?)+", "(a|ab)(c|bcd)", "(?=(a+))", `(?<=(\w))`, `\1`, `\2`, `\3`,
}

// subjectPieces build random subjects; "\xed\xa0\xbd" and "\xed\xb8\x80"
// are the WTF-8 lone surrogates U+D83D and U+DE00.
var subjectPieces = []string{
	"a", "b", "A", "B", "k", "K", "s", "S", "é", "É", "😀", "😁", "\u017f", "\u212a",
	"0", "7", "_", "-", " ", "\n", "\r", "\u2028", "\u00a0", "\ufeff", "\t", ".",
	"\xed\xa0\xbd", "\xed\xb8\x80", "\x01", "\x00", "\b", "\\", "k<n>", "uuuu",
}

// densePatternPieces and denseSubjectPieces make half of the cases, on a
// small alphabet so that most patterns match and capture.
var (
	densePatternPieces = []string{
		"a", "b", "A", ".", `\w`, `\W`, "[a-c]", "[^a]", "😀", "*", "+", "?", "*?", "{1,2}", "|",
		"(", ")", "(a)", "(b|A)", `(\w)`, "(.)", "(a*)", "(?:(a)|b)+", "((a)|(b))*", `\1`, `\2`,
		"(?=a)", "(?<=b)", "(?!a)", "^", "$",
	}
	denseSubjectPieces = []string{"a", "b", "A", "B", "c", "d", "😀", "\n", " "}
)

type diffCase struct {
	pattern, flags, subject string
}

// randomMatchCases returns n cases whose patterns JavaScript accepts.
func randomMatchCases(n int, seed int64) []diffCase {
	rng := rand.New(rand.NewSource(seed))
	flagSets := []string{"", "", "i", "m", "im"}
	var out []diffCase
	for len(out) < n {
		patternPieces, pieces := matchPieces, subjectPieces
		if rng.Intn(2) == 0 {
			patternPieces, pieces = densePatternPieces, denseSubjectPieces
		}
		var p strings.Builder
		for k := 1 + rng.Intn(5); k > 0; k-- {
			p.WriteString(patternPieces[rng.Intn(len(patternPieces))])
		}
		if Check(ToUTF16(p.String())) != "" {
			continue
		}
		var s strings.Builder
		for k := rng.Intn(12); k > 0; k-- {
			s.WriteString(pieces[rng.Intn(len(pieces))])
		}
		out = append(out, diffCase{p.String(), flagSets[rng.Intn(len(flagSets))], s.String()})
	}
	return out
}

// TestFindAllAgainstNode runs FindAll and Node.js's exec loop on the
// same generated cases (fixed seed) and compares every match: start,
// end, text and groups. STEPWISE_JSREGEXP_DIFF=N checks N cases instead
// of 2,000, STEPWISE_JSREGEXP_SEED=S uses another seed.
func TestFindAllAgainstNode(t *testing.T) {
	needNode(t)
	n, seed := 2000, int64(20250611)
	if v := os.Getenv("STEPWISE_JSREGEXP_DIFF"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n < 0 {
			t.Fatalf("STEPWISE_JSREGEXP_DIFF=%q: want a number of cases", v)
		}
	}
	if v := os.Getenv("STEPWISE_JSREGEXP_SEED"); v != "" {
		var err error
		if seed, err = strconv.ParseInt(v, 10, 64); err != nil {
			t.Fatalf("STEPWISE_JSREGEXP_SEED=%q: want a number", v)
		}
	}
	cases := randomMatchCases(n, seed)
	reqs := make([]nodeRequest, len(cases))
	for i, c := range cases {
		reqs[i] = nodeRequest{Op: "all", Pattern: ToUTF16(c.pattern), Flags: c.flags, Subject: ToUTF16(c.subject)}
	}
	ref := askNode(t, reqs)
	bad, matched, grouped := 0, 0, 0
	for i, c := range cases {
		want := ref[i].matches()
		if slices.ContainsFunc(want, func(m Match) bool { return m.End > m.Start }) {
			matched++
		}
		if slices.ContainsFunc(want, func(m Match) bool { return slices.ContainsFunc(m.Groups, func(g string) bool { return g != "" }) }) {
			grouped++
		}
		re, err := Compile(c.pattern, c.flags)
		var got []Match
		if err == nil {
			got, err = re.ExecAll(c.subject)
		}
		if err != nil || !ref[i].OK || !sameMatches(got, want) {
			bad++
			if bad <= 30 {
				t.Errorf("/%s/%s on %q:\n got %v (err %v)\nwant %v (ok %v %s)", c.pattern, c.flags, c.subject, got, err, want, ref[i].OK, ref[i].Msg)
			}
		}
	}
	t.Logf("%d cases (%d with a non-empty match, %d with a non-empty group), %d agree with node (%.1f%%)",
		len(cases), matched, grouped, len(cases)-bad, 100*float64(len(cases)-bad)/float64(len(cases)))
}

func sameMatches(got, want []Match) bool {
	return reflect.DeepEqual(got, want)
}
