package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/pflag"
)

// helpUsage is the --help line every command's usage ends with.
const helpUsage = "print this help and exit"

// writeUsage prints a command's usage in the one format every command
// shares, whether asked with `stepwise CMD --help`, `stepwise help CMD` or
// after a usage error:
//
//	Usage: stepwise CMD SYNOPSIS
//
//	DESCRIPTION
//
//	Options:
//	  --name VALUE   what it does (default …)
//	  -h, --help     print this help and exit
//
// line is the usage line after "Usage: "; flags may be nil.
func writeUsage(w io.Writer, line, description string, flags *pflag.FlagSet) {
	fmt.Fprintf(w, "Usage: %s\n", line)
	if description != "" {
		fmt.Fprintf(w, "\n%s\n", description)
	}
	shown := pflag.NewFlagSet("usage", pflag.ContinueOnError)
	shown.SortFlags = true
	if flags != nil {
		flags.VisitAll(func(f *pflag.Flag) {
			if f.Name != "help" && !f.Hidden {
				shown.AddFlag(f)
			}
		})
	}
	shown.BoolP("help", "h", false, helpUsage)
	fmt.Fprintf(w, "\nOptions:\n%s", oneLetterFlags(shown))
}

// oneLetterFlags is fs.FlagUsages with a one-letter flag (fmt's -w) shown
// as "-w" instead of pflag's "-w, --w", in the same column width.
func oneLetterFlags(fs *pflag.FlagSet) string {
	usages := fs.FlagUsages()
	fs.VisitAll(func(f *pflag.Flag) {
		if len(f.Name) == 1 && f.Shorthand == f.Name {
			both := "-" + f.Name + ", --" + f.Name
			usages = strings.Replace(usages, both+" ", "-"+f.Name+strings.Repeat(" ", len(both)-len(f.Name)), 1)
		}
	})
	return usages
}
