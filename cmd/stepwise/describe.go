package main

import (
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// describedAnnotation marks a cobra command whose usage and flags
// describeCommand has filled in.
const describedAnnotation = "stepwise/described"

// describeCommand fills in c's usage line, description and flags from its
// run function, once: the run function is called in description mode (see
// describer), which returns before it does anything. Commands that are not
// in the table are left as they are.
func describeCommand(c *cobra.Command) {
	if c.Annotations[describedAnnotation] != "" || !c.HasParent() || c.Parent().HasParent() {
		return
	}
	for _, cmd := range commands {
		if cmd.name != c.Name() {
			continue
		}
		d := describe(cmd.run)
		if d.synopsis != "" {
			c.Use = cmd.name + " " + d.synopsis
		}
		c.Long = d.description
		if d.flags != nil {
			c.Flags().AddGoFlagSet(d.flags)
		}
	}
	if c.Annotations == nil {
		c.Annotations = map[string]string{}
	}
	c.Annotations[describedAnnotation] = "yes"
}

// describeFlags gives every subcommand its flags and lets cobra parse
// them, with the completion functions of flagCompletions, so that shell
// completion (`stepwise __complete …`) knows each command's options and
// the values already typed.
func describeFlags(root *cobra.Command) {
	for _, c := range root.Commands() {
		if !isTableCommand(c.Name()) {
			continue
		}
		describeCommand(c)
		c.DisableFlagParsing = false
		c.Flags().VisitAll(func(f *pflag.Flag) {
			if fn, ok := flagCompletions[f.Name]; ok {
				_ = c.RegisterFlagCompletionFunc(f.Name, fn)
			}
		})
	}
}

// isTableCommand reports whether name is one of the commands of the table.
func isTableCommand(name string) bool {
	for _, c := range commands {
		if c.name == name {
			return true
		}
	}
	return false
}
