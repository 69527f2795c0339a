package main

import (
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/cobra"
	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/constructs/workflows"
	"github.com/stepwise-go/stepwise/tasks"
)

// completeFunc completes one argument or option value for the shell.
type completeFunc = cobra.CompletionFunc

// argCompletions complete each command's positional arguments: example
// workflow names where a workflow may be named, ASL files (*.json and
// folders) where a file may be given. A command missing here completes
// nothing.
var argCompletions = map[string]completeFunc{
	"synth":      completeWorkflowsOnly,
	"validate":   completeFilesOnly,
	"fmt":        completeFilesOnly,
	"graph":      completeDefinitions(1),
	"import":     completeFilesN(1),
	"diff":       completeDefinitions(2),
	"jsonata":    completeAtFile(1),
	"run":        completeDefinitions(1),
	"test-state": completeNothing,
	"serve":      completeNothing,
	"studio":     completeFilesOnly,
	"cost":       completeDefinitions(1),
}

// flagCompletions complete option values by option name; an option has
// the same meaning in every command that has it.
var flagCompletions = map[string]completeFunc{
	"type":                completeFixed("STANDARD", "EXPRESS"),
	"format":              completeFixed("mermaid", "dot", "svg"),
	"inspection-level":    completeFixed("INFO", "DEBUG", "TRACE"),
	"stub-tasks":          completeFixed("echo"),
	"handlers":            completeFixed("builtin"),
	"state-name":          completeStateNames,
	"test-case":           completeTestCases,
	"mock-machine":        completeMockMachines,
	"mocks":               completeAtFileValue,
	"input":               completeAtFileValue,
	"context":             completeAtFileValue,
	"definition":          completeAtFileValue,
	"variables":           completeAtFileValue,
	"bindings":            completeAtFileValue,
	"mock":                completeAtFileValue,
	"state-configuration": completeAtFileValue,
	"s3-dir":              completeDirs,
	"data":                completeDirs,
	"addr":                completeNothing,
	"package":             completeNothing,
	"func":                completeNothing,
	"role-arn":            completeNothing,
}

func completeNothing(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
	return nil, cobra.ShellCompDirectiveNoFileComp
}

func completeDirs(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
	return nil, cobra.ShellCompDirectiveFilterDirs
}

// completeFixed offers a closed set of values.
func completeFixed(values ...string) completeFunc {
	return func(_ *cobra.Command, _ []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		return filterPrefix(values, toComplete), cobra.ShellCompDirectiveNoFileComp
	}
}

// completeWorkflowsOnly offers the example workflows not named yet.
func completeWorkflowsOnly(_ *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	var names []string
	for _, w := range workflows.All() {
		if !contains(args, w.Name) {
			names = append(names, cobra.CompletionWithDesc(w.Name, w.Description))
		}
	}
	return filterPrefix(names, toComplete), cobra.ShellCompDirectiveNoFileComp
}

// completeDefinitions offers, for the first n arguments, the example
// workflows and the ASL files.
func completeDefinitions(n int) completeFunc {
	return func(c *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		if len(args) >= n {
			return completeNothing(c, args, toComplete)
		}
		names, _ := completeWorkflowsOnly(c, nil, toComplete)
		files, directive := listFiles(toComplete, "")
		return append(names, files...), directive
	}
}

// completeFilesN offers ASL files for the first n arguments.
func completeFilesN(n int) completeFunc {
	return func(c *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		if len(args) >= n {
			return completeNothing(c, args, toComplete)
		}
		return listFiles(toComplete, "")
	}
}

// completeFilesOnly offers ASL files for every argument.
func completeFilesOnly(_ *cobra.Command, _ []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	return listFiles(toComplete, "")
}

// completeAtFile completes @FILE for the first n arguments (a JSONata
// expression is text, or @FILE).
func completeAtFile(n int) completeFunc {
	return func(c *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		if len(args) >= n {
			return completeNothing(c, args, toComplete)
		}
		return completeAtFileValue(c, args, toComplete)
	}
}

// completeAtFileValue completes a JSON|@FILE value: files once "@" is
// typed, nothing before (JSON text is the user's to write).
func completeAtFileValue(_ *cobra.Command, _ []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	if rest, ok := strings.CutPrefix(toComplete, "@"); ok {
		return listFiles(rest, "@")
	}
	return []cobra.Completion{"@"}, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveNoSpace
}

// completeStateNames offers the names of the states of --definition, at
// every depth (TestState's --state-name may name a nested state).
func completeStateNames(c *cobra.Command, _ []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	data := readValue(c, "definition")
	if data == nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	m, _ := asl.Parse(data)
	if m == nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	var names []string
	collectStateNames(&m.Graph, &names, 0)
	return filterPrefix(names, toComplete), cobra.ShellCompDirectiveNoFileComp
}

// maxCompletionDepth bounds the nesting collectStateNames walks.
const maxCompletionDepth = 64

func collectStateNames(g *asl.Graph, names *[]string, depth int) {
	if depth > maxCompletionDepth {
		return
	}
	for _, s := range g.States {
		*names = append(*names, cobra.CompletionWithDesc(s.Common().Name, s.Type()))
		switch s := s.(type) {
		case *asl.Parallel:
			for _, b := range s.Branches {
				collectStateNames(b, names, depth+1)
			}
		case *asl.Map:
			if s.ItemProcessor != nil {
				collectStateNames(s.ItemProcessor, names, depth+1)
			}
		}
	}
}

// completeMockMachines offers the state machines of the --mocks file.
func completeMockMachines(c *cobra.Command, _ []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	f := readMockFile(c)
	if f == nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	return filterPrefix(f.Machines(), toComplete), cobra.ShellCompDirectiveNoFileComp
}

// completeTestCases offers the test cases of the --mocks file: of
// --mock-machine when given, else of every machine.
func completeTestCases(c *cobra.Command, _ []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	f := readMockFile(c)
	if f == nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	machines := f.Machines()
	if m := flagValue(c, "mock-machine"); m != "" {
		machines = []string{m}
	}
	var names []string
	for _, m := range machines {
		for _, tc := range f.TestCases(m) {
			if !contains(names, tc) {
				names = append(names, tc)
			}
		}
	}
	sort.Strings(names)
	return filterPrefix(names, toComplete), cobra.ShellCompDirectiveNoFileComp
}

func readMockFile(c *cobra.Command) *tasks.MockFile {
	path := strings.TrimPrefix(flagValue(c, "mocks"), "@")
	if path == "" {
		return nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	f, err := tasks.ParseMockFile(data, path)
	if err != nil {
		return nil
	}
	return f
}

// readValue returns the JSON of a JSON|@FILE option, or nil.
func readValue(c *cobra.Command, name string) []byte {
	v := flagValue(c, name)
	if v == "" {
		return nil
	}
	if path, ok := strings.CutPrefix(v, "@"); ok {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil
		}
		return data
	}
	return []byte(v)
}

// flagValue returns the value given to option name so far, or "".
func flagValue(c *cobra.Command, name string) string {
	if f := c.Flags().Lookup(name); f != nil && f.Changed {
		return f.Value.String()
	}
	return ""
}

// maxCompletionFiles bounds how many entries of a folder listFiles reads.
const maxCompletionFiles = 2000

// listFiles offers the *.json files and the folders whose path starts with
// toComplete, each prefixed with prefix. A lone folder is offered without
// a trailing space, so that completion can go on inside it.
func listFiles(toComplete, prefix string) ([]cobra.Completion, cobra.ShellCompDirective) {
	dir, base := filepath.Split(toComplete)
	open := dir
	if open == "" {
		open = "."
	}
	f, err := os.Open(open)
	if err != nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	defer f.Close()
	entries, _ := f.ReadDir(maxCompletionFiles)
	var out []string
	dirs := 0
	for _, e := range entries {
		name := e.Name()
		if !strings.HasPrefix(name, base) || (strings.HasPrefix(name, ".") && !strings.HasPrefix(base, ".")) {
			continue
		}
		isDir := e.IsDir()
		if e.Type()&os.ModeSymlink != 0 {
			if st, err := os.Stat(filepath.Join(open, name)); err == nil {
				isDir = st.IsDir()
			}
		}
		switch {
		case isDir:
			out = append(out, prefix+dir+name+"/")
			dirs++
		case strings.EqualFold(filepath.Ext(name), ".json"):
			out = append(out, prefix+dir+name)
		}
	}
	sort.Strings(out)
	directive := cobra.ShellCompDirectiveNoFileComp
	if len(out) == 1 && dirs == 1 {
		directive |= cobra.ShellCompDirectiveNoSpace
	}
	return out, directive
}

// filterPrefix keeps the completions (optionally "value\tdescription")
// whose value starts with prefix.
func filterPrefix(values []string, prefix string) []cobra.Completion {
	var out []cobra.Completion
	for _, v := range values {
		if strings.HasPrefix(v, prefix) {
			out = append(out, v)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
