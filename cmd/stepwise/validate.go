package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/stepwise-go/stepwise/asl"
)

func runValidate(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("validate", "[--json] [--type STANDARD|EXPRESS] FILE…",
		"Checks ASL definitions against the rules AWS applies and prints one line per\n"+
			"problem: FILE: /json/pointer: message [code]. Exits 0 when every file is\n"+
			"valid, 1 when any is not, 2 on usage or I/O errors. Files are checked in\n"+
			"parallel on every core; the output keeps the order of the command line.", stderr)
	asJSON := fs.Bool("json", false, "print the problems as a JSON array instead")
	typ := fs.String("type", string(asl.Standard), "the workflow type: STANDARD or EXPRESS (Express workflows allow no .sync or\n.waitForTaskToken integrations and no activities)")
	if code := parseFlags(fs, args, stdout); code >= 0 {
		return code
	}
	mt, err := asl.ParseMachineType(*typ)
	if err != nil {
		fmt.Fprintf(stderr, "stepwise validate: --type: %v\n", err)
		return exitUsage
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "stepwise validate: name at least one file")
		fs.Usage()
		return exitUsage
	}
	results := validateFiles(fs.Args(), asl.Options{Type: mt}, validateWorkers())
	status := exitOK
	var problems []problem
	for _, r := range results {
		switch {
		case r.err != nil:
			fmt.Fprintf(stderr, "stepwise validate: %s\n", escapeControls(r.err.Error()))
			status = exitUsage
			continue
		case r.diags.HasErrors() && status == exitOK:
			status = exitInvalid
		}
		for _, d := range r.diags {
			problems = append(problems, newProblem(r.file, d))
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

// fileResult is what validating one file found.
type fileResult struct {
	file  string
	diags asl.Diagnostics
	err   error // the file could not be read
}

// validateWorkers is how many files validate checks at once: two per
// core, so that while one goroutine waits for the file system to open or
// read a file another has work for the core. On the 2-core build machine
// this takes the corpus from 13 to 9.5 µs a file against 2 workers
// (BenchmarkValidateFiles).
func validateWorkers() int { return 2 * runtime.GOMAXPROCS(0) }

// validateFiles validates each file with opts on at most workers
// goroutines (files are independent) and returns the results in the
// order of files, so the output does not depend on scheduling.
func validateFiles(files []string, opts asl.Options, workers int) []fileResult {
	defer relaxGC(len(files))()
	results := make([]fileResult, len(files))
	workers = max(1, min(workers, len(files)))
	next := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i] = validateFile(files[i], opts)
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	return results
}

func validateFile(file string, opts asl.Options) fileResult {
	data, err := readFile(file)
	if err != nil {
		return fileResult{file: file, err: err}
	}
	_, diags := opts.ParseAndValidate(data)
	return fileResult{file: file, diags: diags}
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
// document's pointer is shown as "/". Control characters (ANSI escapes
// among them) in state names or quoted values are escaped, so a
// definition cannot drive the terminal it is checked on.
func (p problem) line() string {
	ptr := p.Pointer
	if ptr == "" {
		ptr = "/"
	}
	sev := ""
	if p.Severity != asl.Error.String() {
		sev = p.Severity + ": "
	}
	return escapeControls(fmt.Sprintf("%s: %s: %s%s [%s]", p.File, ptr, sev, p.Message, p.Code))
}

// escapeControls replaces the C0 and C1 control characters and DEL in s
// by Go escapes (\n, \x1b, \u009b); invalid UTF-8 bytes become \xNN.
func escapeControls(s string) string {
	clean := true
	for _, r := range s {
		if isControl(r) || r == utf8.RuneError {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case isControl(r):
			q := fmt.Sprintf("%+q", string(r)) // "\x1b", "\u009b", "\n"
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

func isControl(r rune) bool { return r < 0x20 || (r >= 0x7f && r <= 0x9f) }

// batchGCPercent is the garbage collector's target while validate checks
// many files. Each file's tree and model are garbage once it is checked,
// so the live heap stays small (the diagnostics kept) and letting it grow
// 4x instead of 2x before a collection costs little memory; it saves
// about a third of validate's CPU time on the 1,278-file corpus
// (BenchmarkValidateFiles, cpu-ns/file).
const batchGCPercent = 400

// relaxGC raises the collector's target to batchGCPercent for a batch of
// n files (more than one) unless the user chose one with GOGC, and
// returns the function that restores it.
func relaxGC(n int) (restore func()) {
	if n < 2 || os.Getenv("GOGC") != "" {
		return func() {}
	}
	old := debug.SetGCPercent(batchGCPercent)
	return func() { debug.SetGCPercent(old) }
}
