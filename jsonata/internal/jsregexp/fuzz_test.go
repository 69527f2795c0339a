package jsregexp

import (
	"os"
	"slices"
	"testing"
	"time"

	"github.com/dlclark/regexp2/v2"
)

// TestMain makes regexp2's timeout clock tick every millisecond, so the
// fuzz target's short match timeouts are honoured. The setting is a
// global that regexp2's clock goroutine reads, so it is made once, before
// any test starts that goroutine.
func TestMain(m *testing.M) {
	regexp2.SetTimeoutCheckPeriod(time.Millisecond)
	os.Exit(m.Run())
}

// FuzzFindAll compiles random patterns and runs them on random subjects:
// nothing may panic, every match must lie inside the subject with the
// right number of groups, and a pattern JavaScript rejects must give a
// *SyntaxError. The match timeout is short (and regexp2's clock ticks
// every millisecond in these tests, see TestMain), so catastrophic
// patterns cost little.
func FuzzFindAll(f *testing.F) {
	for _, tc := range findAllCases {
		f.Add(tc.pattern, tc.flags, tc.subject)
	}
	f.Add(`(a+)+$`, "i", "aaaaaaaaaaaaaaaaaaaaaaaaaaaa!")
	f.Add("[\xed\xa0\xbd-\xed\xb8\x80]", "m", "\xed\xa0\xbd😀")
	f.Fuzz(func(t *testing.T, pattern, flags, subject string) {
		re, err := CompileWithTimeout(pattern, flags, 5*time.Millisecond)
		if err != nil {
			if _, ok := err.(*SyntaxError); !ok {
				t.Fatalf("Compile(%q, %q): %T %v", pattern, flags, err, err)
			}
			return
		}
		if len(pattern) > 200 || len(subject) > 200 {
			return // long inputs only slow the fuzzer down
		}
		n := UTF16Len(subject)
		ms, _ := re.ExecAll(subject)
		for _, m := range ms {
			if m.Start < 0 || m.Start > m.End || m.End > n || len(m.Groups) != re.Groups() {
				t.Fatalf("/%s/%s on %q: bad match %+v", pattern, flags, subject, m)
			}
			// Compared as units: a byte that is not UTF-8 is U+FFFD in Text.
			if !slices.Equal(ToUTF16(m.Text), ToUTF16(UTF16Slice(subject, m.Start, m.End))) {
				t.Fatalf("/%s/%s on %q: text %q is not the subject's units %d-%d", pattern, flags, subject, m.Text, m.Start, m.End)
			}
		}
	})
}
