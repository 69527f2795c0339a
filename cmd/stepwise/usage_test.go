package main

import (
	"strings"
	"testing"

	"github.com/spf13/pflag"
)

// A one-letter option is shown as gofmt shows it ("-w"), not as pflag's
// "-w, --w"; longer options keep their form and the columns line up.
func TestUsageShowsOneLetterFlagsOnce(t *testing.T) {
	fs := pflag.NewFlagSet("fmt", pflag.ContinueOnError)
	fs.BoolP("w", "w", false, "rewrite the files in place")
	fs.String("out", "", "write to this file")
	var b strings.Builder
	writeUsage(&b, "stepwise fmt [-w] FILE…", "", fs)
	got := b.String()
	for _, want := range []string{
		"  -h, --help         print this help and exit\n",
		"      --out string   write to this file\n",
		"  -w                 rewrite the files in place\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("usage lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "--w ") {
		t.Errorf("usage still shows --w:\n%s", got)
	}
}
