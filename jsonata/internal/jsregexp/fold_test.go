package jsregexp

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// TestIgnoreCaseAgainstNode checks the i flag on every BMP character that
// has a case partner in JavaScript (node's Canonicalize table) or in Go's
// Unicode tables: /c/i must match exactly the characters JavaScript
// calls equal to c. regexp2 folds case with Go's Unicode tables
// (unicode.Version); node's ICU may be newer, so a pair in which one
// character is unassigned in Go's tables is an expected, logged
// difference.
func TestIgnoreCaseAgainstNode(t *testing.T) {
	needNode(t)
	canon := askNode(t, []nodeRequest{{Op: "canon"}})[0].Canon
	if len(canon) != 0x10000 {
		t.Fatalf("node sent %d canonical units", len(canon))
	}
	classes := map[uint16][]uint16{}
	for c, k := range canon {
		classes[k] = append(classes[k], uint16(c))
	}
	checked, expected, bad := 0, 0, 0
	for c := rune(0); c < 0x10000; c++ {
		if 0xD800 <= c && c <= 0xDFFF {
			continue
		}
		candidates := slices.Clone(classes[canon[c]])
		for f := unicode.SimpleFold(c); f != c; f = unicode.SimpleFold(f) {
			if f < 0x10000 {
				candidates = append(candidates, uint16(f))
			}
		}
		if len(candidates) < 2 {
			continue
		}
		checked++
		re, err := Compile(fmt.Sprintf(`\u%04x`, c), "i")
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range candidates {
			got := re.FindAt(FromUTF16([]uint16{d}), 0) != nil
			if want := canon[c] == canon[d]; got != want {
				if !assignedInGo(c) || !assignedInGo(rune(d)) {
					expected++
					t.Logf("expected: /\\u%04x/i on U+%04X: %v, JavaScript %v", c, d, got, want)
					continue
				}
				bad++
				if bad <= 20 {
					t.Errorf("/\\u%04x/i on U+%04X: %v, JavaScript %v", c, d, got, want)
				}
			}
		}
	}
	t.Logf("%d characters with case checked: %d differences, %d from characters newer than Go's Unicode %s", checked, bad, expected, unicode.Version)
}

// assignedInGo reports whether Go's Unicode tables give r a category
// other than Cn (unassigned).
func assignedInGo(r rune) bool {
	if cn, ok := unicode.Categories["Cn"]; ok {
		return !unicode.Is(cn, r)
	}
	for name, table := range unicode.Categories {
		if len(name) == 2 && unicode.Is(table, r) {
			return true
		}
	}
	return false
}

// TestIgnoreCaseClasses checks class ranges under the i flag on the
// characters whose folding differs between engines (expectations
// answered by node).
func TestIgnoreCaseClasses(t *testing.T) {
	cases := []struct {
		pattern, subject, want string // want: the matched characters
	}{
		{"[a-z]", "aZ\u017f\u212ak", "aZk"},
		{"[^a-z]", "aZ\u017f\u212ak", "\u017f\u212a"},
		{"[\u017f]", "sS\u017f", "\u017f"},
		{"[\u212a]", "kK\u212a", "\u212a"},
		{"[\u00e0-\u00e5]", "\u00c0\u00c5\u00e6\u00c6", "\u00c0\u00c5"},
		{"[\u03c3]", "\u03a3\u03c2\u03c3", "\u03a3\u03c2\u03c3"},
		{`\W`, "\u017f\u212a_", "\u017f\u212a"},
	}
	for _, tc := range cases {
		re, err := Compile(tc.pattern, "i")
		if err != nil {
			t.Fatal(err)
		}
		var got strings.Builder
		for _, m := range re.FindAll(tc.subject) {
			got.WriteString(m.Text)
		}
		if got.String() != tc.want {
			t.Errorf("/%s/i on %q matched %q, want %q", tc.pattern, tc.subject, got.String(), tc.want)
		}
	}
}
