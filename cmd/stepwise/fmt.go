package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
)

func runFmt(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("fmt", "[-w] FILE…",
		"Prints ASL definitions in stepwise's canonical form: two-space indentation,\n"+
			"keys in the documented order, states in file order, a trailing newline.\n"+
			"A file whose JSON does not fit ASL's shape (syntax, unknown or mistyped\n"+
			"fields) is reported and left alone; semantic problems do not stop fmt.", stderr)
	write := fs.Bool("w", false, "rewrite the files in place instead of printing them")
	if code := parseFlags(fs, args, stdout); code >= 0 {
		return code
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "stepwise fmt: name at least one file")
		fs.Usage()
		return exitUsage
	}
	status := exitOK
	for _, file := range fs.Args() {
		data, err := os.ReadFile(file)
		if err != nil {
			fmt.Fprintf(stderr, "stepwise fmt: %v\n", err)
			status = exitUsage
			continue
		}
		formatted, diags := formatDefinition(data)
		if formatted == nil {
			for _, d := range diags {
				fmt.Fprintln(stderr, newProblem(file, d).line())
			}
			if status == exitOK {
				status = exitInvalid
			}
			continue
		}
		switch {
		case !*write:
			stdout.Write(formatted)
		case bytes.Equal(formatted, data):
		default:
			if err := os.WriteFile(file, formatted, 0o644); err != nil {
				fmt.Fprintf(stderr, "stepwise fmt: %v\n", err)
				status = exitUsage
			}
		}
	}
	return status
}
