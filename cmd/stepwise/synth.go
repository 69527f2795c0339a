package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/stepwise-go/stepwise/constructs/workflows"
)

func runSynth(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("synth", "[--out DIR] [NAME…]",
		"Prints the ASL JSON of the repository's example workflows (all of them, or the\n"+
			"ones named), one canonical document after another. With --out, writes\n"+
			"DIR/<Name>.asl.json for each instead.\n\nWorkflows: "+strings.Join(workflowNames(), ", "), stderr)
	out := fs.String("out", "", "write `DIR`/<Name>.asl.json files instead of printing")
	if code := parseFlags(fs, args, stdout); code >= 0 {
		return code
	}
	selected, code := selectWorkflows(fs.Args(), stderr)
	if code != exitOK {
		return code
	}
	if *out != "" {
		if err := os.MkdirAll(*out, 0o755); err != nil {
			fmt.Fprintf(stderr, "stepwise synth: %v\n", err)
			return exitUsage
		}
	}
	status := exitOK
	for _, w := range selected {
		asl, err := w.Build().Synth()
		if err != nil {
			fmt.Fprintf(stderr, "stepwise synth: %s has problems:\n%v\n", w.Name, err)
			status = exitInvalid
			continue
		}
		if *out == "" {
			stdout.Write(asl)
			continue
		}
		path := filepath.Join(*out, w.Name+".asl.json")
		if err := os.WriteFile(path, asl, 0o644); err != nil {
			fmt.Fprintf(stderr, "stepwise synth: %v\n", err)
			return exitUsage
		}
		fmt.Fprintln(stdout, path)
	}
	return status
}

// selectWorkflows returns the named workflows, or all when names is empty.
func selectWorkflows(names []string, stderr io.Writer) ([]workflows.Workflow, int) {
	if len(names) == 0 {
		return workflows.All(), exitOK
	}
	var out []workflows.Workflow
	for _, n := range names {
		w, ok := workflows.Lookup(n)
		if !ok {
			fmt.Fprintf(stderr, "stepwise synth: no workflow named %q (have: %s)\n", n, strings.Join(workflowNames(), ", "))
			return nil, exitUsage
		}
		out = append(out, w)
	}
	return out, exitOK
}

func workflowNames() []string {
	var names []string
	for _, w := range workflows.All() {
		names = append(names, w.Name)
	}
	return names
}
