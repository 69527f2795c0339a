package jsregexp

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"
)

// findAllCases were answered by Node.js 20 (an exec loop over
// new RegExp(pattern, flags + "g") that steps one unit past an empty
// match; undefined groups written as ""). TestFindAllCasesAgainstNode
// asks node again when it is installed.
var findAllCases = []struct {
	name, pattern, flags, subject string
	want                          []Match
}{
	{"ascii plus", "a+", "", "caaab aa", []Match{{1, 4, "aaa", nil, nil}, {6, 8, "aa", nil, nil}}},
	{"ascii groups", "(\\d+)-(\\d+)", "", "10-20 x 3-4", []Match{{0, 5, "10-20", []string{"10", "20"}, nil}, {8, 11, "3-4", []string{"3", "4"}, nil}}},
	{"ascii empty matches", "b*", "", "abba", []Match{{0, 0, "", nil, nil}, {1, 3, "bb", nil, nil}, {3, 3, "", nil, nil}, {4, 4, "", nil, nil}}},
	{"empty pattern", "(?:)", "", "ab", []Match{{0, 0, "", nil, nil}, {1, 1, "", nil, nil}, {2, 2, "", nil, nil}}},
	{"bmp literal", "é+", "", "ééa", []Match{{0, 2, "éé", nil, nil}}},
	{"bmp range", "[à-ö]", "", "aäz", []Match{{1, 2, "ä", nil, nil}}},
	{"dot skips line terminators", ".", "", "a\u2028b\u000ac\u000dd\u2029\u0085", []Match{{0, 1, "a", nil, nil}, {2, 3, "b", nil, nil}, {4, 5, "c", nil, nil}, {6, 7, "d", nil, nil}, {8, 9, "\u0085", nil, nil}}},
	{"dot splits astral", ".", "", "😀", []Match{{0, 1, "\xed\xa0\xbd", nil, nil}, {1, 2, "\xed\xb8\x80", nil, nil}}},
	{"astral literal", "😀", "", "a😀b😀", []Match{{1, 3, "😀", nil, nil}, {4, 6, "😀", nil, nil}}},
	{"astral quantifier binds low half", "😀+", "", "😀\xed\xb8\x80\xed\xb8\x80", []Match{{0, 4, "😀\xed\xb8\x80\xed\xb8\x80", nil, nil}}},
	{"astral in class is two units", "[😀]", "", "😀", []Match{{0, 1, "\xed\xa0\xbd", nil, nil}, {1, 2, "\xed\xb8\x80", nil, nil}}},
	{"astral is two dots", "^..$", "", "😀", []Match{{0, 2, "😀", nil, nil}}},
	{"astral not one dot", "^.$", "", "😀", nil},
	{"high surrogate escape", "\\ud83d", "", "😀", []Match{{0, 1, "\xed\xa0\xbd", nil, nil}}},
	{"dots around astral", "a..b", "", "a😀b", []Match{{0, 4, "a😀b", nil, nil}}},
	{"lone low surrogate", "\\udc00", "", "x\xed\xb0\x80y", []Match{{1, 2, "\xed\xb0\x80", nil, nil}}},
	{"lone surrogate class", "[\\ud800-\\udbff]", "", "😀\xed\xa0\x80", []Match{{0, 1, "\xed\xa0\xbd", nil, nil}, {2, 3, "\xed\xa0\x80", nil, nil}}},
	{"astral subject indexes", "b", "", "😀b😀b", []Match{{2, 3, "b", nil, nil}, {5, 6, "b", nil, nil}}},
	{"i ascii", "abc", "i", "ABC aBc", []Match{{0, 3, "ABC", nil, nil}, {4, 7, "aBc", nil, nil}}},
	{"i latin1", "é", "i", "É", []Match{{0, 1, "É", nil, nil}}},
	{"i long s is not s", "s", "i", "\u017fSs", []Match{{1, 2, "S", nil, nil}, {2, 3, "s", nil, nil}}},
	{"i kelvin is not k", "k", "i", "\u212aKk", []Match{{1, 2, "K", nil, nil}, {2, 3, "k", nil, nil}}},
	{"i kelvin only itself", "\u212a", "i", "kK\u212a", []Match{{2, 3, "\u212a", nil, nil}}},
	{"i range", "[a-z]+", "i", "HeLLo\u212a\u017f", []Match{{0, 5, "HeLLo", nil, nil}}},
	{"i sharp s", "ß", "i", "ẞß", []Match{{1, 2, "ß", nil, nil}}},
	{"i sigma", "σ", "i", "ΣσςΣ", []Match{{0, 1, "Σ", nil, nil}, {1, 2, "σ", nil, nil}, {2, 3, "ς", nil, nil}, {3, 4, "Σ", nil, nil}}},
	{"i backreference", "(a)\\1", "i", "aA", []Match{{0, 2, "aA", []string{"a"}, nil}}},
	{"i word class", "\\w", "i", "\u017f\u212a", nil},
	{"i negated class", "[^a]", "i", "aAb", []Match{{2, 3, "b", nil, nil}}},
	{"m line anchors", "^\\w+$", "m", "ab\u000acd\u000d\u000aef\u2028gh", []Match{{0, 2, "ab", nil, nil}, {3, 5, "cd", nil, nil}, {7, 9, "ef", nil, nil}, {10, 12, "gh", nil, nil}}},
	{"m empty at line starts", "^", "m", "a\u000ab", []Match{{0, 0, "", nil, nil}, {2, 2, "", nil, nil}}},
	{"dollar not before final newline", "$", "", "a\u000a", []Match{{2, 2, "", nil, nil}}},
	{"caret only at start", "^b", "", "a\u000ab", nil},
	{"empty matches between", "x*", "", "axxb", []Match{{0, 0, "", nil, nil}, {1, 3, "xx", nil, nil}, {3, 3, "", nil, nil}, {4, 4, "", nil, nil}}},
	{"empty matches on astral", "(?:)", "", "😀", []Match{{0, 0, "", nil, nil}, {1, 1, "", nil, nil}, {2, 2, "", nil, nil}}},
	{"backreference", "(\\w)\\1", "", "aabbc", []Match{{0, 2, "aa", []string{"a"}, nil}, {2, 4, "bb", []string{"b"}, nil}}},
	{"forward reference is empty", "\\1(a)", "", "aa", []Match{{0, 1, "a", []string{"a"}, nil}, {1, 2, "a", []string{"a"}, nil}}},
	{"reference to unset group", "(a)|\\1b", "", "b", []Match{{0, 1, "b", []string{""}, []bool{true}}}},
	{"group reset per iteration", "(?:(a)|b)+", "", "ab", []Match{{0, 2, "ab", []string{""}, []bool{true}}}},
	{"optional group reset", "(?:(a)(b)?)+", "", "aba", []Match{{0, 3, "aba", []string{"a", ""}, []bool{false, true}}}},
	{"alternative groups", "(a)|(b)", "", "ab", []Match{{0, 1, "a", []string{"a", ""}, []bool{false, true}}, {1, 2, "b", []string{"", "b"}, []bool{true, false}}}},
	{"octal escape", "\\12", "", "\u000a", []Match{{0, 1, "\u000a", nil, nil}}},
	{"lookahead", "a(?=b)", "", "abac", []Match{{0, 1, "a", nil, nil}}},
	{"negative lookahead", "a(?!b)", "", "abac", []Match{{2, 3, "a", nil, nil}}},
	{"lookbehind", "(?<=\\$)\\d+", "", "$10 20", []Match{{1, 3, "10", nil, nil}}},
	{"negative lookbehind", "(?<!\\$)\\b\\d+", "", "$10 20", []Match{{4, 6, "20", nil, nil}}},
	{"lookbehind captures", "(?<=(\\d)(\\d))x", "", "12x", []Match{{2, 3, "x", []string{"1", "2"}, nil}}},
	{"named groups", "(?<year>\\d{4})-(?<m>\\d\\d)", "", "2024-06", []Match{{0, 7, "2024-06", []string{"2024", "06"}, nil}}},
	{"named backreference", "(?<a>.)\\k<a>", "", "xyyz", []Match{{1, 3, "yy", []string{"y"}, nil}}},
	{"digit is ascii", "\\d+", "", "12٣4", []Match{{0, 2, "12", nil, nil}, {3, 4, "4", nil, nil}}},
	{"word is ascii", "\\w+", "", "héllo_1", []Match{{0, 1, "h", nil, nil}, {2, 7, "llo_1", nil, nil}}},
	{"space is unicode", "\\s+", "", "a\u00a0\ufeff\u2000\u3000\u180eb\u0085c", []Match{{1, 5, "\u00a0\ufeff\u2000\u3000", nil, nil}}},
	{"non-space", "\\S+", "", "a\u00a0b\u1680c", []Match{{0, 1, "a", nil, nil}, {2, 3, "b", nil, nil}, {4, 5, "c", nil, nil}}},
	{"word boundary ascii", "\\bfoo\\b", "", "foo éfooé foo_", []Match{{0, 3, "foo", nil, nil}, {5, 8, "foo", nil, nil}}},
	{"non-boundary", "\\B", "", "ab", []Match{{1, 1, "", nil, nil}}},
	{"any unit class", "[^]", "", "\u000a", []Match{{0, 1, "\u000a", nil, nil}}},
	{"empty class", "[]", "", "a", nil},
	{"backspace class", "[\\b]", "", "\u0008", []Match{{0, 1, "\u0008", nil, nil}}},
	{"lone brace", "a{", "", "a{", []Match{{0, 2, "a{", nil, nil}}},
	{"backslash c", "\\c", "", "\\c", []Match{{0, 2, "\\c", nil, nil}}},
	{"eight", "\\8", "", "8", []Match{{0, 1, "8", nil, nil}}},
	{"lazy interval", "x{1,2}?", "", "xxx", []Match{{0, 1, "x", nil, nil}, {1, 2, "x", nil, nil}, {2, 3, "x", nil, nil}}},
	{"u brace is not an escape", "\\u{2}", "", "uu", []Match{{0, 2, "uu", nil, nil}}},
	{"lone bracket", "]", "", "]", []Match{{0, 1, "]", nil, nil}}},
}

func TestFindAll(t *testing.T) {
	for _, tc := range findAllCases {
		t.Run(tc.name, func(t *testing.T) {
			re, err := Compile(tc.pattern, tc.flags)
			if err != nil {
				t.Fatal(err)
			}
			if got := re.FindAll(tc.subject); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("/%s/%s on %+v:\n got %+v\nwant %+v", tc.pattern, tc.flags, tc.subject, got, tc.want)
			}
		})
	}
}

// TestFindAllCasesAgainstNode checks that the table's expectations are
// still what node says.
func TestFindAllCasesAgainstNode(t *testing.T) {
	needNode(t)
	reqs := make([]nodeRequest, len(findAllCases))
	for i, tc := range findAllCases {
		reqs[i] = nodeRequest{Op: "all", Pattern: ToUTF16(tc.pattern), Flags: tc.flags, Subject: ToUTF16(tc.subject)}
	}
	for i, a := range askNode(t, reqs) {
		if got := a.matches(); !reflect.DeepEqual(got, findAllCases[i].want) {
			t.Errorf("%s: node says %+v, the table %+v", findAllCases[i].name, got, findAllCases[i].want)
		}
	}
}

func TestFindAt(t *testing.T) {
	cases := []struct {
		pattern, flags, subject string
		from                    int
		want                    *Match // nil: no match
	}{
		{"b", "", "abab", 0, &Match{Start: 1, End: 2, Text: "b"}},
		{"b", "", "abab", 2, &Match{Start: 3, End: 4, Text: "b"}},
		{"b", "", "abab", 4, nil},
		{"b", "", "abab", 5, nil},                                  // beyond the end
		{"b", "", "abab", -3, &Match{Start: 1, End: 2, Text: "b"}}, // negative counts as 0
		{"", "", "ab", 2, &Match{Start: 2, End: 2, Text: ""}},      // empty match at the end
		{"^a", "", "aa", 1, nil},                                   // ^ is the subject's start, not from
		{"^a", "m", "a\na", 1, &Match{Start: 2, End: 3, Text: "a"}},
		{"(?<=a)b", "", "ab", 1, &Match{Start: 1, End: 2, Text: "b"}}, // lookbehind sees before from
		{`\bb`, "", "ab", 1, nil},                                     // so does \b
		{".", "", "😀x", 1, &Match{Start: 1, End: 2, Text: "\xed\xb8\x80"}},
		{"(x)?y", "", "y", 0, &Match{Start: 0, End: 1, Text: "y", Groups: []string{""}, Missing: []bool{true}}},
	}
	for _, tc := range cases {
		re, err := Compile(tc.pattern, tc.flags)
		if err != nil {
			t.Fatal(err)
		}
		if got := re.FindAt(tc.subject, tc.from); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("/%s/%s FindAt(%q, %d) = %+v, want %+v", tc.pattern, tc.flags, tc.subject, tc.from, got, tc.want)
		}
	}
}

func TestCompileErrors(t *testing.T) {
	cases := []struct {
		pattern, flags, want string // want "": compiles
	}{
		{"a+", "", ""},
		{"a+", "im", ""},
		{"a+", "mi", ""},
		{"a+", "g", "Invalid regular expression: /a+/g: Invalid flags"},
		{"a+", "ii", "Invalid regular expression: /a+/ii: Invalid flags"},
		{"a+", "u", "Invalid regular expression: /a+/u: Invalid flags"},
		{"a**", "", "Invalid regular expression: /a**/: Nothing to repeat"},
		{"(", "i", "Invalid regular expression: /(/i: Unterminated group"},
		{"[b-a]", "", "Invalid regular expression: /[b-a]/: Range out of order in character class"},
	}
	for _, tc := range cases {
		re, err := Compile(tc.pattern, tc.flags)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("Compile(%q, %q): %v", tc.pattern, tc.flags, err)
		case tc.want == "" && re.String() != "/"+tc.pattern+"/"+tc.flags:
			t.Errorf("Compile(%q, %q).String() = %q", tc.pattern, tc.flags, re.String())
		case tc.want != "" && (err == nil || err.Error() != tc.want):
			t.Errorf("Compile(%q, %q) error = %v, want %q", tc.pattern, tc.flags, err, tc.want)
		case tc.want != "":
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Errorf("Compile(%q, %q) error %T is not a *SyntaxError", tc.pattern, tc.flags, err)
			}
		}
	}
}

// TestCatastrophicPatternTimesOut checks that exponential backtracking
// ends with ErrTimeout, and that the same pattern still answers quickly
// on an input it can match.
func TestCatastrophicPatternTimesOut(t *testing.T) {
	re, err := CompileWithTimeout(`^(a+)+$`, "", 50*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	m, err := re.Exec(strings.Repeat("a", 40)+"!", 0)
	if !errors.Is(err, ErrTimeout) || m != nil {
		t.Errorf("Exec = %v, %v; want nil, ErrTimeout", m, err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("the timeout took %v", d)
	}
	if ms, err := re.ExecAll("aaa"); err != nil || len(ms) != 1 {
		t.Errorf("ExecAll(aaa) = %v, %v; want one match", ms, err)
	}
	if re.FindAt(strings.Repeat("a", 40)+"!", 0) != nil {
		t.Error("FindAt after a timeout: want nil")
	}
}
