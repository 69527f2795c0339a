package jsregexp

import (
	"math/rand"
	"reflect"
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
}

// subjectPieces build random subjects; "\xed\xa0\xbd" and "\xed\xb8\x80"
// are the WTF-8 lone surrogates U+D83D and U+DE00.
var subjectPieces = []string{
	"a", "b", "A", "B", "k", "K", "s", "S", "é", "É", "😀", "😁", "\u017f", "\u212a",
	"0", "7", "_", "-", " ", "\n", "\r", "\u2028", "\u00a0", "\ufeff", "\t", ".",
	"\xed\xa0\xbd", "\xed\xb8\x80", "\x01", "\x00", "\b", "\\", "k<n>", "uuuu",
}

type diffCase struct {
	pattern, flags, subject string
}

// randomMatchCases returns n cases whose patterns JavaScript accepts.
func randomMatchCases(n int, seed int64) []diffCase {
	rng := rand.New(rand.NewSource(seed))
	flagSets := []string{"", "", "i", "m", "im"}
	var out []diffCase
	for len(out) < n {
		var p strings.Builder
		for k := 1 + rng.Intn(6); k > 0; k-- {
			p.WriteString(matchPieces[rng.Intn(len(matchPieces))])
		}
		if Check(ToUTF16(p.String())) != "" {
			continue
		}
		var s strings.Builder
		for k := rng.Intn(10); k > 0; k-- {
			s.WriteString(subjectPieces[rng.Intn(len(subjectPieces))])
		}
		out = append(out, diffCase{p.String(), flagSets[rng.Intn(len(flagSets))], s.String()})
	}
	return out
}

// TestFindAllAgainstNode runs FindAll and Node.js's exec loop on the
// same generated cases (fixed seed) and compares every match: start,
// end, text and groups.
func TestFindAllAgainstNode(t *testing.T) {
	needNode(t)
	cases := randomMatchCases(600, 20250611)
	reqs := make([]nodeRequest, len(cases))
	for i, c := range cases {
		reqs[i] = nodeRequest{Op: "all", Pattern: ToUTF16(c.pattern), Flags: c.flags, Subject: ToUTF16(c.subject)}
	}
	ref := askNode(t, reqs)
	bad := 0
	for i, c := range cases {
		want := ref[i].matches()
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
	t.Logf("%d cases, %d agree with node (%.1f%%)", len(cases), len(cases)-bad, 100*float64(len(cases)-bad)/float64(len(cases)))
}

func sameMatches(got, want []Match) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		g, w := got[i], want[i]
		if len(g.Groups) == 0 && len(w.Groups) == 0 {
			g.Groups, w.Groups = nil, nil
		}
		if !reflect.DeepEqual(g, w) {
			return false
		}
	}
	return true
}
