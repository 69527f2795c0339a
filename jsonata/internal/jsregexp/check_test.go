package jsregexp

import (
	"math/rand"
	"testing"
)

// regexpCases are patterns with V8's verdict ("" = valid), checked
// without node.
var regexpCases = []struct {
	pattern string
	msg     string
}{
	{`ab+c`, ""},
	{`a{2,1}`, "numbers out of order in {} quantifier"},
	{`x{3,2}?`, "numbers out of order in {} quantifier"},
	{`a{`, ""},
	{`a{1,`, ""},
	{`x{,5}`, ""},
	{`{`, ""},
	{`}`, ""},
	{`]`, ""},
	{`{1}`, "Nothing to repeat"},
	{`a{1}{2}`, "Nothing to repeat"},
	{`*a`, "Nothing to repeat"},
	{`a**`, "Nothing to repeat"},
	{`a*??`, "Nothing to repeat"},
	{`a|*`, "Nothing to repeat"},
	{`(*)`, "Nothing to repeat"},
	{`^*`, "Nothing to repeat"},
	{`\b?`, "Nothing to repeat"},
	{`(?=a)*`, ""},
	{`(?<=a)*`, "Invalid quantifier"},
	{`(?<!a){2}`, "Invalid quantifier"},
	{`)`, "Unmatched ')'"},
	{`(`, "Unterminated group"},
	{`(?<a>`, "Unterminated group"},
	{`(?i:a)`, "Invalid group"},
	{`(?<1a>x)`, "Invalid capture group name"},
	{`(?<a`, "Invalid capture group name"},
	{`(?<$_a>x)`, ""},
	{`(?<\u0061>x)\k<a>`, ""},
	{`(?<\u{61}>x)`, ""},
	{`(?<\ud835\udc9c>x)`, ""},
	{`(?<\u005c>x)`, "Invalid capture group name"},
	{`(?<\u{110000}>x)`, "Invalid Unicode escape"},
	{"(?<\U0001D49C>x)", ""},
	{"(?<a\U0001F600>x)", "Invalid capture group name"},
	{`(?<a>x)(?<a>y)`, "Duplicate capture group name"},
	{`(?<a>x)|(?<a>y)`, "Duplicate capture group name"},
	{`(?<a>x)\k<b>`, "Invalid named capture referenced"},
	{`(?<a>x)\k`, "Invalid named reference"},
	{`\k(?<a>x)`, "Invalid named reference"},
	{`\k[[](?<a>.)`, "Invalid named reference"},
	{`\k`, ""},
	{`\k<a>`, ""},
	{`[\k]`, ""},
	{`[\k](?<a>x)`, "Invalid escape"},
	{`(?<a>\k<a>)`, ""},
	{`[z-a]`, "Range out of order in character class"},
	{`[\d-z]`, ""},
	{`[a-\d]`, ""},
	{`[\c-a]`, "Range out of order in character class"},
	{`[\c_]`, ""},
	{`[\u0062-a]`, "Range out of order in character class"},
	{`[\x62-a]`, "Range out of order in character class"},
	{`[\2-\1]`, "Range out of order in character class"},
	{`[\b-a]`, ""},
	{"[\U0001F600-\U0001F601]", "Range out of order in character class"},
	{`[`, "Unterminated character class"},
	{`[a\`, `\ at end of pattern`},
	{`a\`, `\ at end of pattern`},
	{`\1(a)`, ""},
	{`\8`, ""},
	{`\u{41}`, ""},
	{`\p{L}`, ""},
	{`\c`, ""},
	{`(\1)*`, ""},
	{`()*`, ""},
}

func TestCheck(t *testing.T) {
	for _, tc := range regexpCases {
		if got := Check(ToUTF16(tc.pattern)); got != tc.msg {
			t.Errorf("Check(%q) = %q, want %q", tc.pattern, got, tc.msg)
		}
	}
}

// TestCheckAgainstV8 compares Check with Node.js's RegExp on the table
// and on random patterns over regular-expression syntax.
func TestCheckAgainstV8(t *testing.T) {
	needNode(t)
	var patterns []string
	for _, tc := range regexpCases {
		patterns = append(patterns, tc.pattern)
	}
	patterns = append(patterns, randomPatterns(6000, 7)...)
	reqs := make([]nodeRequest, len(patterns))
	for i, p := range patterns {
		reqs[i] = nodeRequest{Op: "check", Pattern: ToUTF16(p)}
	}
	ref := askNode(t, reqs)
	bad := 0
	for i, p := range patterns {
		got := Check(ToUTF16(p))
		if (got == "") != ref[i].OK {
			bad++
			if bad <= 25 {
				t.Errorf("Check(%q) = %q; V8: ok=%v %q", p, got, ref[i].OK, ref[i].Msg)
			}
		}
	}
	t.Logf("%d patterns, %d disagreements", len(patterns), bad)
}

var patternPieces = []string{
	"(", ")", "[", "]", "{", "}", "?", "*", "+", "|", "^", "$", ".", "-", ",",
	`\`, `\\`, `\k`, `\k<a>`, `\b`, `\B`, `\d`, `\c`, `\cA`, `\c1`, `\x4`, `\x41`,
	`\u`, `\u0041`, `\u{41}`, `\0`, `\1`, `\2`, `\8`, `\12`, "(?:", "(?=", "(?!",
	"(?<=", "(?<!", "(?<a>", "(?<b>", "(?<", "(?", "<", ">", "a", "b", "z", "0",
	"1", "9", "{1}", "{1,}", "{2,1}", "{1,2}", "_", "é", "😀", `\u005c`, `\-`,
}

func randomPatterns(n int, seed int64) []string {
	rng := rand.New(rand.NewSource(seed))
	seen := map[string]bool{}
	var out []string
	for len(out) < n {
		k := 1 + rng.Intn(8)
		p := ""
		for i := 0; i < k; i++ {
			p += patternPieces[rng.Intn(len(patternPieces))]
		}
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	return out
}
