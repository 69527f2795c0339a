package jsregexp

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
)

// TestToRE2Accepts lists patterns that Go's regexp may run and patterns
// it must not, each with why.
func TestToRE2Accepts(t *testing.T) {
	cases := []struct {
		pattern, flags string
		want           bool
		why            string
	}{
		{`([a-z]+)@([a-z.]+)`, "", true, "groups, classes, quantified classes"},
		{`\s+`, "", true, "quantified \\s"},
		{`example\.com$`, "", true, "identity escape and $"},
		{`^a|b\b`, "", true, "anchors and word boundaries"},
		{`(?:ab|c)d{2,3}?x*?`, "", true, "non-capturing group, lazy intervals"},
		{`[^\d\s_-]`, "", true, "negated class with class escapes"},
		{`a`, "i", false, "i flag: case folding"},
		{`a$`, "m", false, "m flag: JavaScript ends lines at \\r too"},
		{`é`, "", false, "non-ASCII pattern"},
		{`(a)+`, "", false, "quantified group: captures reset per iteration"},
		{`(?:a|)*`, "", false, "quantified group: empty iterations"},
		{`(a)\1`, "", false, "back reference"},
		{`a(?=b)`, "", false, "lookahead"},
		{`(?<=a)b`, "", false, "lookbehind"},
		{`(?<n>a)`, "", false, "named group"},
		{`[]`, "", false, "empty class"},
		{`[^]`, "", false, "empty negated class"},
		{`[\S]`, "", false, "negated escape in a class"},
		{`[\b]`, "", false, "backspace in a class"},
		{`\x41`, "", false, "hex escape"},
		{`\cA`, "", false, "control letter"},
		{`a{,2}`, "", false, "a brace that is not a quantifier"},
		{`a{1001}`, "", false, "beyond RE2's repeat limit"},
		{`a]`, "", false, "lone ]"},
		{`\a`, "", false, "identity escape of a letter (RE2 reads \\a as BEL)"},
	}
	for _, c := range cases {
		if msg := Check(ToUTF16(c.pattern)); msg != "" {
			t.Fatalf("/%s/: not valid JavaScript: %s", c.pattern, msg)
		}
		_, got := toRE2(c.pattern, c.flags)
		if got != c.want {
			t.Errorf("toRE2(/%s/%s) = %v, want %v (%s)", c.pattern, c.flags, got, c.want, c.why)
		}
	}
}

// re2Pieces build patterns mostly inside toRE2's subset, on a small
// alphabet so that they match and capture often; the rest make sure
// rejected patterns still run on regexp2.
var re2Pieces = []string{
	"a", "b", "a", "b", "c", " ", "-", ".", `\.`, `\-`, `\/`, `\n`, `\r`, `\t`, `\v`,
	`\d`, `\D`, `\w`, `\W`, `\s`, `\S`, `\b`, `\B`, "^", "$",
	"(", ")", "(", ")", "(?:", "|", "|",
	"*", "+", "?", "*?", "+?", "??", "{2}", "{1,2}", "{0,}", "{1,2}?",
	"[ab]", "[^a]", "[a-c]", `[\s\d]`, `[^\w]`, "[-a]", "[a-]", `[.\]]`, "[\\^b]",
	"(a)", "(b|a)", `(\w)`, "(.)", "(a*)", "(a|ab)(c|bcd)", "(?:a|b)", "((a)|b)",
	"(a)+", `(\w)\1`,
}

var re2SubjectPieces = []string{
	"a", "b", "c", "d", "ab", "bcd", "A", "0", "7", "_", "-", " ", ".", "\n", "\r", "\t", "\v", "\f", "]", "^", "\x00",
}

// TestRE2AgreesWithRegexp2 runs generated patterns on generated ASCII
// subjects from every start index with Go's regexp (where toRE2 accepts
// the pattern) and with regexp2, and requires the same matches and
// groups.
func TestRE2AgreesWithRegexp2(t *testing.T) {
	r := rand.New(rand.NewSource(20261205))
	const patterns = 6000
	accepted, searches := 0, 0
	for range patterns {
		var pb strings.Builder
		for range 1 + r.Intn(6) {
			pb.WriteString(re2Pieces[r.Intn(len(re2Pieces))])
		}
		pattern := pb.String()
		if Check(ToUTF16(pattern)) != "" {
			continue
		}
		fast, err := Compile(pattern, "")
		if err != nil || fast.fast == nil {
			continue
		}
		accepted++
		slow := *fast
		slow.fast = nil
		for range 4 {
			var sb strings.Builder
			for range r.Intn(8) {
				sb.WriteString(re2SubjectPieces[r.Intn(len(re2SubjectPieces))])
			}
			subject := sb.String()
			sub := NewSubject(subject)
			if ok, _ := fast.MatchString(subject); ok != (slow.FindAt(subject, 0) != nil) {
				t.Fatalf("/%s/.MatchString(%q) = %v, regexp2 disagrees", pattern, subject, ok)
			}
			for from := 0; from <= len(subject)+1; from++ {
				got, gerr := fast.ExecSubject(sub, from)
				want, werr := slow.ExecSubject(NewSubject(subject), from)
				searches++
				if gerr != nil || werr != nil || !reflect.DeepEqual(got, want) {
					t.Fatalf("/%s/ on %q from %d: RE2 %+v (%v), regexp2 %+v (%v)", pattern, subject, from, got, gerr, want, werr)
				}
			}
		}
	}
	t.Logf("%d of %d patterns on RE2, %d searches agree", accepted, patterns, searches)
	if accepted < patterns/4 {
		t.Fatalf("only %d of %d generated patterns ran on RE2: the subset shrank", accepted, patterns)
	}
}

// FuzzRE2AgreesWithRegexp2 requires Go's regexp and regexp2 to find the
// same match from every start index wherever toRE2 accepts a pattern.
func FuzzRE2AgreesWithRegexp2(f *testing.F) {
	f.Add(`([a-z]+)@([a-z.]+)`, "ada@example.com")
	f.Add(`\s+`, "a \v\tb")
	f.Add(`^a|\bb.`, "ab b\rb\n")
	f.Fuzz(func(t *testing.T, pattern, subject string) {
		if len(pattern) > 100 || len(subject) > 100 {
			return
		}
		fast, err := Compile(pattern, "")
		if err != nil || fast.fast == nil {
			return
		}
		slow := *fast
		slow.fast = nil
		sub := NewSubject(subject)
		for from := 0; from <= sub.Len()+1; from++ {
			got, gerr := fast.ExecSubject(sub, from)
			want, werr := slow.ExecSubject(NewSubject(subject), from)
			if werr != nil {
				return // regexp2 ran out of time: nothing to compare
			}
			if gerr != nil || !reflect.DeepEqual(got, want) {
				t.Fatalf("/%s/ on %q from %d: RE2 %+v (%v), regexp2 %+v", pattern, subject, from, got, gerr, want)
			}
		}
	})
}
