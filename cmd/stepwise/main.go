// Command stepwise prints, checks, formats, draws, imports and compares
// AWS Step Functions state machines: the repository's example workflows
// written with the Go DSL, and Amazon States Language (ASL) files. It needs
// no Node.js and no AWS account.
//
//	stepwise synth [--out DIR] [NAME…]                 print (or write) the examples' ASL
//	stepwise validate [--json] FILE…                   check ASL files as AWS would
//	stepwise fmt [-w] FILE…                            print (or rewrite) ASL files canonically
//	stepwise graph [--format F] [--out FILE] FILE|NAME draw a definition (mermaid, dot, svg)
//	stepwise import [--package P] [--func F] [--main] FILE  turn ASL into Go code using the DSL
//	stepwise diff A B                                  compare two definitions semantically
//	stepwise jsonata EXPR|@FILE [--input J] [--json]   evaluate a JSONata expression
//	stepwise run [--input JSON] [--json] FILE|NAME      execute a definition locally
//	stepwise serve [--addr HOST:PORT] [--mocks FILE] [--data DIR]  a local Step Functions endpoint
//	stepwise test-state --definition JSON|@FILE [--input J] [--mock M] [--json]  run one state as TestState does
//	stepwise studio [--addr A] [FILE|DIR…]              run and watch workflows in a web page
//	stepwise cost [--input JSON] [--executions N] FILE|NAME  Standard vs Express monthly cost
//	stepwise completion bash|zsh|fish|powershell       print a shell completion script
//	stepwise help [COMMAND]                            print a command's usage (also CMD --help)
package main

import (
	"fmt"
	"io"
	"os"
)

// Exit codes shared by the subcommands.
const (
	exitOK      = 0 // success; for validate: every file is valid
	exitInvalid = 1 // validate/fmt/synth found problems in a definition
	exitUsage   = 2 // bad arguments, or a file could not be read or written
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// command is one subcommand.
type command struct {
	name    string
	summary string
	run     func(args []string, stdout, stderr io.Writer) int
}

var commands = []command{
	{"synth", "print the ASL of the repository's example workflows", runSynth},
	{"validate", "check ASL files against AWS's rules", runValidate},
	{"fmt", "print ASL files in canonical form", runFmt},
	{"graph", "draw a definition as Mermaid, DOT or SVG", runGraph},
	{"import", "turn an ASL definition into Go code using the DSL", runImport},
	{"diff", "compare two definitions state by state", runDiff},
	{"jsonata", "evaluate a JSONata expression as Step Functions does", runJsonata},
	{"run", "execute a state machine locally, as AWS would", runRun},
	{"test-state", "run one state as AWS's TestState API does", runTestState},
	{"serve", "serve the Step Functions API locally for SDKs and the AWS CLI", runServe},
	{"studio", "serve a local web page to run and watch workflows", runStudio},
	{"cost", "estimate the monthly cost as a Standard and as an Express workflow", runCost},
}

// run dispatches to a subcommand through the cobra command tree (see
// newRootCommand) and returns the exit code: the subcommand's own, or
// exitUsage for an unknown command or bad arguments.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return exitUsage
	}
	if args[0] == "-h" || args[0] == "-help" || args[0] == "--help" {
		usage(stdout)
		return exitOK
	}
	code := exitOK
	root := newRootCommand(stdout, stderr, &code)
	switch {
	case isCompletionRequest(args[0]):
		describeFlags(root)
	case findCommand(root, args[0]) == nil:
		fmt.Fprintf(stderr, "stepwise: unknown command %q\n\n", args[0])
		usage(stderr)
		return exitUsage
	}
	root.SetArgs(args)
	if err := root.Execute(); err != nil {
		fmt.Fprintf(stderr, "stepwise %s: %v\n", args[0], err)
		return exitUsage
	}
	return code
}

// usage prints the list of commands.
func usage(w io.Writer) {
	fmt.Fprintln(w, "Usage: stepwise <command> [arguments]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Commands:")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(w, "  %-10s %s\n", "completion", completionSummary)
	fmt.Fprintf(w, "  %-10s %s\n", "help", helpSummary)
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Run 'stepwise help <command>' or 'stepwise <command> --help' for a command's options.")
}
