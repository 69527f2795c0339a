package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"
)

// Summaries of the two commands cobra provides.
const (
	completionSummary = "print a shell completion script (bash, zsh, fish, powershell)"
	helpSummary       = "print the help of a command"
)

// newRootCommand builds the command tree: one cobra command per entry of
// commands, plus `help` and `completion`. Each subcommand hands its
// arguments, options included, to its run function, which parses them
// itself (DisableFlagParsing) and whose exit code is stored in *code. The
// subcommands carry no flags until describeFlags adds them, which shell
// completion and help need and running does not.
func newRootCommand(stdout, stderr io.Writer, code *int) *cobra.Command {
	root := &cobra.Command{
		Use:           "stepwise",
		Short:         "AWS Step Functions state machines: synthesize, check, draw, run",
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetHelpFunc(func(c *cobra.Command, _ []string) { writeHelp(c.OutOrStdout(), c) })
	root.SetUsageFunc(func(c *cobra.Command) error { writeHelp(c.ErrOrStderr(), c); return nil })
	for _, c := range commands {
		run := c.run
		root.AddCommand(&cobra.Command{
			Use:                c.name,
			Short:              c.summary,
			DisableFlagParsing: true,
			ValidArgsFunction:  argCompletions[c.name],
			RunE: func(_ *cobra.Command, args []string) error {
				*code = run(args, stdout, stderr)
				return nil
			},
		})
	}
	root.SetHelpCommand(newHelpCommand(stdout, stderr, code))
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	if c := findCommand(root, "completion"); c != nil {
		c.Short = completionSummary
		// Runnable, so that an unknown shell is an error (exit 2) rather
		// than cobra's help for a command that only groups others.
		c.RunE = func(c *cobra.Command, _ []string) error {
			writeHelp(stdout, c)
			return nil
		}
	}
	return root
}

// newHelpCommand is `stepwise help [COMMAND]`: the root's usage, or the
// command's, on stdout; an unknown command is a usage error.
func newHelpCommand(stdout, stderr io.Writer, code *int) *cobra.Command {
	return &cobra.Command{
		Use:   "help [COMMAND]",
		Short: helpSummary,
		Long:  "Prints the usage of a command: its arguments, what it does and its options.",
		Args:  cobra.MaximumNArgs(1),
		ValidArgsFunction: func(c *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
			if len(args) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			var names []cobra.Completion
			for _, sub := range c.Root().Commands() {
				if sub.IsAvailableCommand() || sub.Name() == "help" {
					names = append(names, cobra.CompletionWithDesc(sub.Name(), sub.Short))
				}
			}
			return filterPrefix(names, toComplete), cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(c *cobra.Command, args []string) error {
			if len(args) == 0 {
				usage(stdout)
				return nil
			}
			target := findCommand(c.Root(), args[0])
			if target == nil || target.Hidden {
				fmt.Fprintf(stderr, "stepwise help: unknown command %q\n\n", args[0])
				usage(stderr)
				*code = exitUsage
				return nil
			}
			writeHelp(stdout, target)
			return nil
		},
	}
}

// writeHelp prints c's usage in writeUsage's format. A subcommand of the
// table is described by its run function (describeCommand), so the text is
// the same as `stepwise CMD --help`.
func writeHelp(w io.Writer, c *cobra.Command) {
	if !c.HasParent() {
		usage(w)
		return
	}
	describeCommand(c)
	line := c.CommandPath() + strings.TrimPrefix(c.Use, c.Name())
	if c.HasAvailableSubCommands() {
		line = c.CommandPath() + " COMMAND"
	}
	description := strings.TrimSpace(c.Long)
	if description == "" {
		description = c.Short
	}
	if c.HasAvailableSubCommands() {
		description += "\n\nCommands:"
		for _, sub := range c.Commands() {
			if sub.IsAvailableCommand() {
				description += fmt.Sprintf("\n  %-10s %s", sub.Name(), sub.Short)
			}
		}
	}
	writeUsage(w, line, description, c.LocalFlags())
}

// findCommand returns root's direct subcommand called name, or nil.
func findCommand(root *cobra.Command, name string) *cobra.Command {
	for _, c := range root.Commands() {
		if c.Name() == name || c.HasAlias(name) {
			return c
		}
	}
	return nil
}

// isCompletionRequest reports whether arg is cobra's hidden command for
// shell completion (`stepwise __complete ARGS… PARTIAL`).
func isCompletionRequest(arg string) bool {
	return arg == cobra.ShellCompRequestCmd || arg == cobra.ShellCompNoDescRequestCmd
}
