package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"sort"
	"strings"

	"github.com/stepwise-go/stepwise/constructs/workflows"
	"github.com/stepwise-go/stepwise/runtime"
	"github.com/stepwise-go/stepwise/studio"
)

// maxStudioFiles bounds the definition files read from a folder.
const maxStudioFiles = 500

func runStudio(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("studio", "[--addr 127.0.0.1:8084] [--handlers builtin] [--mocks FILE --test-case NAME | --stub-tasks echo] [FILE|DIR…]",
		"Serves a local web page to run workflows and watch them: the example\n"+
			"workflows and the given ASL files (a folder gives its *.json files), each\n"+
			"drawn; start an execution with an input, follow it live, click a state for its\n"+
			"input, output, variables, retries and errors, approve or reject waiting\n"+
			"task tokens, download the history. Listens on localhost only unless --addr says\n"+
			"otherwise. Stop it with Ctrl-C.", stderr)
	addr := fs.String("addr", studio.DefaultAddr, "listen on `host:port`")
	var f runFlags
	fs.StringVar(&f.handlers, "handlers", "", "answer Task states with Go handlers first: `builtin` runs the project's own Lambda functions (JobPoller's submitjob and jobstatus)")
	fs.StringVar(&f.mocks, "mocks", "", "answer Task states from a Step Functions Local mock configuration `FILE`; needs --test-case")
	fs.StringVar(&f.testCase, "test-case", "", "the mock file's test case `NAME`")
	fs.StringVar(&f.mockMachine, "mock-machine", "", "the state machine `NAME` in the mock file")
	fs.StringVar(&f.stubTasks, "stub-tasks", "", "answer Task states nothing else answers: `echo`")
	if code := parseFlags(fs, args, stdout); code >= 0 {
		return code
	}
	cfg, code := studioConfig(*addr, &f, fs.Args(), stderr)
	if code != exitOK {
		return code
	}
	srv, err := studio.New(cfg)
	if err != nil {
		fmt.Fprintf(stderr, "stepwise studio: %v\n", err)
		return exitUsage
	}
	if !studio.IsLoopback(*addr) {
		fmt.Fprintf(stderr, "stepwise studio: warning: %s is not a loopback address; anyone who can reach it and knows the page's token can run workflows here\n", *addr)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	err = srv.ListenAndServe(ctx, func(a string) {
		fmt.Fprintf(stdout, "stepwise studio: http://%s/ (Ctrl-C stops)\n", srv.Addr())
	})
	if err != nil {
		fmt.Fprintf(stderr, "stepwise studio: %v\n", err)
		return exitUsage
	}
	return exitOK
}

// studioConfig gathers the workflows (examples first, then the files) and
// the task setup.
func studioConfig(addr string, f *runFlags, paths []string, stderr io.Writer) (studio.Config, int) {
	cfg := studio.Config{Addr: addr}
	for _, w := range workflows.All() {
		def, err := w.Build().Synth()
		if err != nil {
			fmt.Fprintf(stderr, "stepwise studio: %s has problems: %v\n", w.Name, err)
			continue
		}
		cfg.Workflows = append(cfg.Workflows, studio.Workflow{Name: w.Name, Source: "built-in example", Definition: def})
	}
	files, err := definitionFiles(paths)
	if err != nil {
		fmt.Fprintf(stderr, "stepwise studio: %v\n", err)
		return cfg, exitUsage
	}
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintf(stderr, "stepwise studio: %v\n", err)
			return cfg, exitUsage
		}
		cfg.Workflows = append(cfg.Workflows, studio.Workflow{Name: filepath.Base(path), Source: path, Definition: data})
	}
	newTasks, err := taskSetup(f, &runtime.Options{})
	if err != nil {
		fmt.Fprintf(stderr, "stepwise studio: %v\n", err)
		return cfg, exitUsage
	}
	cfg.NewTasks = newTasks
	return cfg, exitOK
}

// definitionFiles expands folders into their *.json files, sorted.
func definitionFiles(paths []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !info.IsDir() {
			out = append(out, p)
			continue
		}
		matches, err := filepath.Glob(filepath.Join(p, "*.json"))
		if err != nil {
			return nil, err
		}
		sort.Strings(matches)
		out = append(out, matches...)
	}
	if len(out) > maxStudioFiles {
		return nil, fmt.Errorf("%d definition files given; at most %d (%s…)", len(out), maxStudioFiles, strings.Join(out[:3], ", "))
	}
	return out, nil
}
