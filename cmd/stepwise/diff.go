package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/stepwise-go/stepwise/semdiff"
)

func runDiff(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("diff", "A B",
		"Compares two definitions semantically (key order, formatting and number\n"+
			"spelling ignored) and prints what differs, state by state: added, removed and\n"+
			"renamed states, and for changed ones each field's path with its old and new\n"+
			"value. A and B are ASL files or example workflow names. Exits 0 when they\n"+
			"are equal, 1 when they differ, 2 on usage or I/O errors.\n\nWorkflows: "+
			strings.Join(workflowNames(), ", "), stderr)
	if code := parseFlags(fs, args, stdout); code >= 0 {
		return code
	}
	if fs.NArg() != 2 {
		fmt.Fprintln(stderr, "stepwise diff: name two files or workflows")
		fs.Usage()
		return exitUsage
	}
	a, code := loadDefinition("diff", fs.Arg(0), stderr)
	if code != exitOK {
		return code
	}
	b, code := loadDefinition("diff", fs.Arg(1), stderr)
	if code != exitOK {
		return code
	}
	r, err := semdiff.Compare(a, b)
	if err != nil {
		fmt.Fprintf(stderr, "stepwise diff: %v\n", strings.NewReplacer("first document", fs.Arg(0), "second document", fs.Arg(1)).Replace(err.Error()))
		return exitInvalid
	}
	io.WriteString(stdout, r.String())
	if r.Equal() {
		return exitOK
	}
	return exitInvalid
}
