package sfn_test

import (
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/constructs/sfn"
	"github.com/stepwise-go/stepwise/jsontree"
)

// here returns the position of the line that calls it ("file_test.go:42");
// its arguments are ignored, so here(x.Misuse()) names the misusing line.
func here(...any) string {
	_, file, line, _ := runtime.Caller(1)
	return filepath.Base(file) + ":" + strconv.Itoa(line)
}

// compact renders v on one line.
func compact(v *jsontree.Value) string {
	return string(jsontree.Compact.Append(nil, v, 0))
}

// statesJSON synthesizes a machine starting at def and returns its States
// object on one line; it fails the test when Synth reports errors.
func statesJSON(t *testing.T, def sfn.Chainable) string {
	t.Helper()
	out, err := sfn.NewStateMachine("Test", def).Synth()
	if err != nil {
		t.Fatalf("Synth: %v", err)
	}
	v, err := jsontree.Parse(out)
	if err != nil {
		t.Fatalf("Synth output is not JSON: %v", err)
	}
	return compact(v.Get("States"))
}

// diff describes a mismatch of two renderings readably.
func diff(want, got string) string {
	i := 0
	for i < len(want) && i < len(got) && want[i] == got[i] {
		i++
	}
	from := max(0, i-30)
	return "\nwant: " + want + "\ngot:  " + got +
		"\nfirst difference at byte " + strconv.Itoa(i) + ": want …" + clip(want[from:]) + " got …" + clip(got[from:])
}

func clip(s string) string {
	if len(s) > 60 {
		return s[:60] + "…"
	}
	return s
}

// only returns the diagnostics with the given codes.
func only(ds asl.Diagnostics, codes ...asl.Code) asl.Diagnostics {
	var out asl.Diagnostics
	for _, d := range ds {
		for _, c := range codes {
			if d.Code == c {
				out = append(out, d)
			}
		}
	}
	return out
}

// hasCode reports whether ds holds a diagnostic with code.
func hasCode(ds asl.Diagnostics, code asl.Code) bool {
	return len(only(ds, code)) > 0
}

func lines(ds asl.Diagnostics) string {
	var b strings.Builder
	for _, d := range ds {
		b.WriteString("\n\t" + d.String())
	}
	return b.String()
}
