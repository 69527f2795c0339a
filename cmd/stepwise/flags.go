package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/pflag"
)

// newFlags returns a flag set for a subcommand whose usage text is
// synopsis and description; errors go to stderr, --help to stdout. The
// options are parsed by pflag (see parseFlags), so `--name`, `--name=v`,
// options after the file names and one-letter `-w` all work; the usage
// text is the one `stepwise help NAME` prints (see writeUsage).
//
// When stderr is a *describer, the flag set is being described for the
// cobra command tree (help, completion, docs) instead of being run: the
// synopsis and description are recorded there.
func newFlags(name, synopsis, description string, stderr io.Writer) *flag.FlagSet {
	if d, ok := stderr.(*describer); ok {
		d.synopsis, d.description = synopsis, description
	}
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		writeUsage(fs.Output(), "stepwise "+name+" "+synopsis, description, goFlagsToPflag(fs))
	}
	return fs
}

// parseFlags parses args; it returns the exit code to stop with, or -1 to
// go on. Options may come before or after the positional arguments
// (`validate FILE --json`); "--" ends the options and a lone "-" (standard
// input) is positional. A long option spelled with one dash (`-json`, as
// Go's flag package allowed) is read as `--json`. --help or -h prints the
// usage to stdout and stops with exitOK; an unknown or malformed option
// prints the error and the usage to stderr and stops with exitUsage.
// After parsing, fs.Args() holds the positional arguments.
//
// When stdout is a *describer, parseFlags records fs there and stops with
// exitOK without parsing: the command is being described, not run.
func parseFlags(fs *flag.FlagSet, args []string, stdout io.Writer) int {
	if d, ok := stdout.(*describer); ok {
		d.flags = fs
		return exitOK
	}
	stderr := fs.Output()
	pfs := goFlagsToPflag(fs)
	pfs.SetOutput(io.Discard)
	pfs.Usage = func() {}
	err := pfs.Parse(oneDashLongFlags(pfs, args))
	switch {
	case errors.Is(err, pflag.ErrHelp):
		fs.SetOutput(stdout)
		fs.Usage()
		fs.SetOutput(stderr)
		return exitOK
	case err != nil:
		fmt.Fprintf(stderr, "stepwise %s: %v\n", fs.Name(), err)
		fs.Usage()
		return exitUsage
	}
	// Hand the positional arguments to fs, whose flag values pflag set.
	if err := fs.Parse(append([]string{"--"}, pfs.Args()...)); err != nil {
		fmt.Fprintf(stderr, "stepwise %s: %v\n", fs.Name(), err)
		return exitUsage
	}
	return -1
}

// goFlagsToPflag returns a pflag set over fs's flags: setting one sets
// the Go flag's value. A one-letter flag also answers to its shorthand
// (`-w`).
func goFlagsToPflag(fs *flag.FlagSet) *pflag.FlagSet {
	pfs := pflag.NewFlagSet(fs.Name(), pflag.ContinueOnError)
	pfs.SortFlags = true
	pfs.AddGoFlagSet(fs)
	return pfs
}

// oneDashLongFlags rewrites `-name` and `-name=value` to `--name…` when
// name is one of pfs's long options of two letters or more (or "help"),
// so that command lines written for Go's flag package keep working. It
// stops at "--" and skips the value of an option that takes one.
func oneDashLongFlags(pfs *pflag.FlagSet, args []string) []string {
	out := make([]string, 0, len(args))
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			return append(out, args[i:]...)
		}
		if len(a) > 2 && a[0] == '-' && a[1] != '-' {
			name, _, _ := strings.Cut(a[1:], "=")
			if len(name) > 1 && (name == "help" || pfs.Lookup(name) != nil) {
				a = "-" + a
			}
		}
		out = append(out, a)
		if !strings.HasPrefix(a, "--") || strings.Contains(a, "=") {
			continue
		}
		if f := pfs.Lookup(a[2:]); f != nil && f.NoOptDefVal == "" && i+1 < len(args) {
			out = append(out, args[i+1]) // the option's value, even "-x"
			i++
		}
	}
	return out
}

// describer is the stdout and stderr given to a run function to learn its
// options and usage text without running it: newFlags and parseFlags
// record what they see, and parseFlags stops the function with exitOK.
// It discards anything written to it.
type describer struct {
	synopsis, description string
	flags                 *flag.FlagSet
}

func (*describer) Write(p []byte) (int, error) { return len(p), nil }

// describe runs fn in description mode and returns what it recorded; flags
// is nil when fn does not use newFlags/parseFlags.
func describe(fn func(args []string, stdout, stderr io.Writer) int) *describer {
	d := &describer{}
	fn(nil, d, d)
	return d
}
