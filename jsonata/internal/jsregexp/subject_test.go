package jsregexp

import (
	"reflect"
	"testing"
)

// TestExecSubjectAgreesWithExec: a prepared subject finds the same
// matches (indexes, text, groups) as Exec on the string, for ASCII
// subjects (whose matches are slices) and others (surrogate pairs, lone
// surrogates, accented letters).
func TestExecSubjectAgreesWithExec(t *testing.T) {
	patterns := []struct{ pattern, flags string }{
		{`([a-z]+)@([a-z.]+)`, ""}, {`\s+`, ""}, {`(x)?y`, ""}, {`.`, ""}, {`\b\w`, "i"}, {`$`, "m"}, {`(?:)`, ""},
	}
	subjects := []string{"", "ada@example.com grace@mail.test", "a  b\tc", "y xy", "Éa😀b\xed\xa0\x80c", "line1\nline2", "Ünïcödé ada@b.c"}
	for _, p := range patterns {
		re, err := Compile(p.pattern, p.flags)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range subjects {
			sub := NewSubject(s)
			if sub.Len() != UTF16Len(s) || sub.String() != s {
				t.Errorf("NewSubject(%q): Len %d, want %d", s, sub.Len(), UTF16Len(s))
			}
			for from := 0; from <= sub.Len()+1; from++ {
				want, werr := re.Exec(s, from)
				got, gerr := re.ExecSubject(sub, from)
				if !reflect.DeepEqual(got, want) || (werr == nil) != (gerr == nil) {
					t.Errorf("/%s/%s on %q from %d: ExecSubject %+v, Exec %+v", p.pattern, p.flags, s, from, got, want)
				}
			}
		}
	}
}
