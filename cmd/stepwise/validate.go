package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/stepwise-go/stepwise/asl"
)

func runValidate(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("validate", "[--json] FILE…",
		"Checks ASL definitions against the rules AWS applies and prints one line per\n"+
			"problem: FILE: /json/pointer: message [code]. Exits 0 when every file is\n"+
			"valid, 1 when any is not, 2 on usage or I/O errors.", stderr)
	asJSON := fs.Bool("json", false, "print the problems as a JSON array instead")
	if code := parseFlags(fs, args, stdout); code >= 0 {
		return code
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "stepwise validate: name at least one file")
		fs.Usage()
		return exitUsage
	}
	status := exitOK
	var problems []problem
	for _, file := range fs.Args() {
		data, err := os.ReadFile(file)
		if err != nil {
			fmt.Fprintf(stderr, "stepwise validate: %v\n", err)
			status = exitUsage
			continue
		}
		_, diags := asl.ParseAndValidate(data)
		if diags.HasErrors() && status == exitOK {
			status = exitInvalid
		}
		for _, d := range diags {
			problems = append(problems, newProblem(file, d))
		}
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if problems == nil {
			problems = []problem{}
		}
		enc.Encode(problems)
		return status
	}
	for _, p := range problems {
		fmt.Fprintln(stdout, p.line())
	}
	return status
}

// problem is one diagnostic as validate prints it.
type problem struct {
	File     string `json:"file"`
	Pointer  string `json:"pointer"` // RFC 6901; "" is the whole document
	Path     string `json:"path"`    // readable: States["X"].Next
	Code     string `json:"code"`
	Severity string `json:"severity"`
	Message  string `json:"message"`
}

func newProblem(file string, d asl.Diagnostic) problem {
	return problem{File: file, Pointer: d.At.Pointer(), Path: d.At.String(), Code: string(d.Code),
		Severity: d.Severity.String(), Message: d.Message}
}

// line renders the problem as "file: /pointer: message [code]"; the whole
// document's pointer is shown as "/".
func (p problem) line() string {
	ptr := p.Pointer
	if ptr == "" {
		ptr = "/"
	}
	sev := ""
	if p.Severity != asl.Error.String() {
		sev = p.Severity + ": "
	}
	return fmt.Sprintf("%s: %s: %s%s [%s]", p.File, ptr, sev, p.Message, p.Code)
}
