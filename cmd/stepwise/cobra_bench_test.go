package main

import (
	"io"
	"testing"
)

// BenchmarkCLIDispatch measures what the cobra command tree adds to a
// command line. "usage-direct" prints the command list without cobra (what
// `stepwise --help` does); "help-run" builds the tree and describes run
// for `stepwise help run`; "fmt-help" builds the tree, dispatches and
// parses fmt's options; "complete" describes every command for shell
// completion.
func BenchmarkCLIDispatch(b *testing.B) {
	cases := []struct {
		name string
		args []string
	}{
		{"help-run", []string{"help", "run"}},
		{"fmt-help", []string{"fmt", "--help"}},
		{"complete", []string{"__complete", "run", "--type", ""}},
	}
	b.Run("usage-direct", func(b *testing.B) {
		for b.Loop() {
			usage(io.Discard)
		}
	})
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if code := run(c.args, io.Discard, io.Discard); code != exitOK {
					b.Fatalf("exit %d", code)
				}
			}
		})
	}
}
