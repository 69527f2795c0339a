package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/constructs/workflows"
	"github.com/stepwise-go/stepwise/diagram"
)

// graphFormats are the formats of `stepwise graph`, by name and by the
// file extensions that select them.
var graphFormats = map[string]func(*diagram.Diagram) []byte{
	"mermaid": (*diagram.Diagram).Mermaid,
	"dot":     (*diagram.Diagram).DOT,
	"svg":     (*diagram.Diagram).SVG,
}

var graphExtensions = map[string]string{".mmd": "mermaid", ".mermaid": "mermaid", ".dot": "dot", ".gv": "dot", ".svg": "svg"}

// knownGraphExtensions lists the extensions that select a format, in
// sorted order, for messages.
func knownGraphExtensions() string {
	exts := make([]string, 0, len(graphExtensions))
	for ext := range graphExtensions {
		exts = append(exts, ext)
	}
	sort.Strings(exts)
	return strings.Join(exts, ", ")
}

func runGraph(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("graph", "[--format mermaid|dot|svg] [--out FILE] FILE|NAME",
		"Draws a definition: an ASL file, or one of the repository's example workflows\n"+
			"by name. Mermaid (flowchart TD, renders on GitHub), Graphviz DOT, or SVG laid\n"+
			"out in-process (no Graphviz needed). The format defaults to --out's extension\n"+
			"(.mmd, .dot, .svg), else mermaid.\n\nWorkflows: "+strings.Join(workflowNames(), ", "), stderr)
	format := fs.String("format", "", "`mermaid`, dot or svg")
	out := fs.String("out", "", "write the picture to `FILE` instead of stdout")
	if code := parseFlags(fs, args, stdout); code >= 0 {
		return code
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "stepwise graph: name one file or workflow")
		fs.Usage()
		return exitUsage
	}
	name := *format
	if name == "" && *out != "" {
		ext := strings.ToLower(filepath.Ext(*out))
		if name = graphExtensions[ext]; name == "" {
			fmt.Fprintf(stderr, "stepwise graph: --out %q: unknown extension %q; name the file %s, or choose the format with --format\n", *out, ext, knownGraphExtensions())
			return exitUsage
		}
	}
	if name == "" {
		name = "mermaid"
	}
	render, ok := graphFormats[name]
	if !ok {
		fmt.Fprintf(stderr, "stepwise graph: unknown format %q (use mermaid, dot or svg)\n", name)
		return exitUsage
	}
	data, code := loadDefinition("graph", fs.Arg(0), stderr)
	if code != exitOK {
		return code
	}
	m, diags := asl.ParseAndValidate(data)
	if m == nil {
		printProblems(fs.Arg(0), diags, stderr)
		return exitInvalid
	}
	if diags.HasErrors() {
		fmt.Fprintf(stderr, "stepwise graph: warning: %s has problems; drawn as far as it could be read (stepwise validate lists them)\n", fs.Arg(0))
	}
	d := diagram.New(m)
	for _, w := range d.Warnings {
		fmt.Fprintf(stderr, "stepwise graph: warning: %s: %s\n", fs.Arg(0), w)
	}
	picture := render(d)
	if *out == "" {
		stdout.Write(picture)
		return exitOK
	}
	if err := writeOutFile(*out, picture); err != nil {
		fmt.Fprintf(stderr, "stepwise graph: %v\n", err)
		return exitUsage
	}
	return exitOK
}

// loadDefinition reads an ASL file, or synthesizes the example workflow
// of that name when there is no such file.
func loadDefinition(cmd, arg string, stderr io.Writer) ([]byte, int) {
	data, err := os.ReadFile(arg)
	if err == nil {
		return data, exitOK
	}
	if w, ok := workflows.Lookup(arg); ok && os.IsNotExist(err) {
		out, serr := w.Build().Synth()
		if serr != nil {
			fmt.Fprintf(stderr, "stepwise %s: %s has problems:\n%v\n", cmd, w.Name, serr)
			return nil, exitInvalid
		}
		return out, exitOK
	}
	if os.IsNotExist(err) {
		fmt.Fprintf(stderr, "stepwise %s: no file or example workflow named %q (workflows: %s)\n", cmd, arg, strings.Join(workflowNames(), ", "))
	} else {
		fmt.Fprintf(stderr, "stepwise %s: %v\n", cmd, err)
	}
	return nil, exitUsage
}

// printProblems prints a definition's diagnostics as validate does.
func printProblems(file string, diags asl.Diagnostics, w io.Writer) {
	for _, d := range diags {
		fmt.Fprintln(w, newProblem(file, d).line())
	}
}
