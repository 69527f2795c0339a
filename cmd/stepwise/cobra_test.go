package main

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// TestCLIHelpAndErrors covers what cobra brought: `help CMD`, -h, the
// single-dash long options Go's flag package accepted, and the exit codes
// of unknown commands and options. Transcripts in snapshots/cli/.
func TestCLIHelpAndErrors(t *testing.T) {
	cases := []struct {
		name string
		args []string
		code int
	}{
		{"help-run", []string{"help", "run"}, exitOK},
		{"help-unknown", []string{"help", "deploy"}, exitUsage},
		{"help-two-args", []string{"help", "run", "fmt"}, exitUsage},
		{"fmt-h", []string{"fmt", "-h"}, exitOK},
		{"root-bad-flag", []string{"--bogus"}, exitUsage},
		{"validate-one-dash-json", []string{"validate", "broken.json", "-json"}, exitInvalid},
		{"validate-bad-shorthand", []string{"validate", "-x", "valid.json"}, exitUsage},
		{"completion-no-shell", []string{"completion"}, exitOK},
		{"completion-unknown-shell", []string{"completion", "tcsh"}, exitUsage},
		{"completion-bad-flag", []string{"completion", "bash", "--bogus"}, exitUsage},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			chdirWithInputs(t)
			checkTranscript(t, tc.name, tc.args, tc.code)
		})
	}
}

// TestHelpIsOneText checks that `CMD --help`, `CMD -h`, `CMD -help` and
// `help CMD` print the same usage, in the shared format, for every command.
func TestHelpIsOneText(t *testing.T) {
	names := []string{"completion"}
	for _, c := range commands {
		names = append(names, c.name)
	}
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			code, want, stderr := runCLI("help", name)
			if code != exitOK || stderr != "" {
				t.Fatalf("help %s: exit %d, stderr %q", name, code, stderr)
			}
			for _, prefix := range []string{"Usage: stepwise " + name, "\nOptions:\n", "  -h, --help "} {
				if !strings.Contains(want, prefix) {
					t.Errorf("help %s lacks %q:\n%s", name, prefix, want)
				}
			}
			if name == "completion" {
				return // cobra's own command: its flags are cobra's
			}
			for _, flag := range []string{"--help", "-h", "-help"} {
				code, got, _ := runCLI(name, flag)
				if code != exitOK || got != want {
					t.Errorf("%s %s: exit %d, printed:\n%s\nwant (as help %s):\n%s", name, flag, code, got, name, want)
				}
			}
		})
	}
}

// TestComplete drives shell completion through cobra's hidden
// __complete command, as the generated shell scripts do.
func TestComplete(t *testing.T) {
	const parallel = `{"StartAt":"Fan","States":{"Fan":{"Type":"Parallel","Branches":[{"StartAt":"Left","States":{"Left":{"Type":"Pass","End":true}}}],"Next":"Done"},"Done":{"Type":"Succeed"}}}`
	const mocks = `{"StateMachines":{"Order":{"TestCases":{"HappyPath":{"Charge":"ok"},"Declined":{"Charge":"ok"}}}},"MockedResponses":{"ok":{"0":{"Return":{}}}}}`
	tests := []struct {
		args      []string
		want      []string // completions (values, without descriptions)
		directive cobra.ShellCompDirective
	}{
		{[]string{"synth", "Job"}, []string{"JobPoller"}, cobra.ShellCompDirectiveNoFileComp},
		{[]string{"synth", "JobPoller", "J"}, []string{"JsonataMix"}, cobra.ShellCompDirectiveNoFileComp},
		{[]string{"run", "J"}, []string{"JobPoller", "JsonataMix"}, cobra.ShellCompDirectiveNoFileComp},
		{[]string{"run", "va"}, []string{"valid.json"}, cobra.ShellCompDirectiveNoFileComp},
		{[]string{"run", "valid.json", ""}, nil, cobra.ShellCompDirectiveNoFileComp},
		{[]string{"graph", "Seed"}, []string{"SeedChoice"}, cobra.ShellCompDirectiveNoFileComp},
		{[]string{"cost", "Iot"}, []string{"IotIngest"}, cobra.ShellCompDirectiveNoFileComp},
		{[]string{"diff", "valid.json", "ex"}, []string{"express.json"}, cobra.ShellCompDirectiveNoFileComp},
		{[]string{"validate", "valid.json", "s"}, []string{"sub/"}, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveNoSpace},
		{[]string{"validate", "sub/"}, []string{"sub/inner.json"}, cobra.ShellCompDirectiveNoFileComp},
		{[]string{"fmt", "n"}, []string{"notjson.json"}, cobra.ShellCompDirectiveNoFileComp},
		{[]string{"validate", "--type", ""}, []string{"STANDARD", "EXPRESS"}, cobra.ShellCompDirectiveNoFileComp},
		{[]string{"run", "valid.json", "--type", "E"}, []string{"EXPRESS"}, cobra.ShellCompDirectiveNoFileComp},
		{[]string{"graph", "--format", ""}, []string{"mermaid", "dot", "svg"}, cobra.ShellCompDirectiveNoFileComp},
		{[]string{"test-state", "--inspection-level", ""}, []string{"INFO", "DEBUG", "TRACE"}, cobra.ShellCompDirectiveNoFileComp},
		{[]string{"test-state", "--definition", "@parallel.json", "--state-name", ""}, []string{"Fan", "Left", "Done"}, cobra.ShellCompDirectiveNoFileComp},
		{[]string{"test-state", "--definition", parallel, "--state-name", "D"}, []string{"Done"}, cobra.ShellCompDirectiveNoFileComp},
		{[]string{"test-state", "--state-name", ""}, nil, cobra.ShellCompDirectiveNoFileComp},
		{[]string{"test-state", "--definition", "@par"}, []string{"@parallel.json"}, cobra.ShellCompDirectiveNoFileComp},
		{[]string{"run", "--input", ""}, []string{"@"}, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveNoSpace},
		{[]string{"run", "x.json", "--mocks", "@mocks.json", "--test-case", ""}, []string{"Declined", "HappyPath"}, cobra.ShellCompDirectiveNoFileComp},
		{[]string{"run", "x.json", "--mocks", "mocks.json", "--mock-machine", ""}, []string{"Order"}, cobra.ShellCompDirectiveNoFileComp},
		{[]string{"run", "--stub-tasks", ""}, []string{"echo"}, cobra.ShellCompDirectiveNoFileComp},
		{[]string{"jsonata", "@m"}, []string{"@mocks.json"}, cobra.ShellCompDirectiveNoFileComp},
		{[]string{"synth", "--out", ""}, nil, cobra.ShellCompDirectiveDefault}, // the shell's own file names
		{[]string{"run", "--re"}, []string{"--real-time", "--repeat"}, cobra.ShellCompDirectiveNoFileComp},
		{[]string{"help", "te"}, []string{"test-state"}, cobra.ShellCompDirectiveNoFileComp},
		{[]string{"completion", "z"}, []string{"zsh"}, cobra.ShellCompDirectiveNoFileComp},
		{[]string{"te"}, []string{"test-state"}, cobra.ShellCompDirectiveNoFileComp},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			chdirWithInputs(t)
			must(t, os.WriteFile("parallel.json", []byte(parallel), 0o644))
			must(t, os.WriteFile("mocks.json", []byte(mocks), 0o644))
			must(t, os.Mkdir("sub", 0o755))
			must(t, os.WriteFile("sub/inner.json", []byte("{}"), 0o644))
			got, directive := complete(t, tt.args...)
			if strings.Join(got, " ") != strings.Join(tt.want, " ") || directive != tt.directive {
				t.Errorf("completions %q directive %d, want %q directive %d", got, directive, tt.want, tt.directive)
			}
		})
	}
}

// TestCompletionScripts checks that each shell's script is printed and
// names the program.
func TestCompletionScripts(t *testing.T) {
	for _, shell := range []string{"bash", "zsh", "fish", "powershell"} {
		code, stdout, stderr := runCLI("completion", shell)
		if code != exitOK || !strings.Contains(stdout, "stepwise") || !strings.Contains(stdout, "__complete") {
			t.Errorf("completion %s: exit %d, %d bytes, stderr %q", shell, code, len(stdout), stderr)
		}
	}
}

// complete runs `stepwise __complete ARGS…` and returns the completion
// values (descriptions cut off) and the directive.
func complete(t *testing.T, args ...string) ([]string, cobra.ShellCompDirective) {
	t.Helper()
	code, stdout, stderr := runCLI(append([]string{cobra.ShellCompRequestCmd}, args...)...)
	if code != exitOK {
		t.Fatalf("__complete: exit %d\n%s", code, stderr)
	}
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	last := lines[len(lines)-1]
	if !strings.HasPrefix(last, ":") {
		t.Fatalf("no directive line in %q", stdout)
	}
	d, err := strconv.Atoi(last[1:])
	if err != nil {
		t.Fatal(err)
	}
	var values []string
	for _, l := range lines[:len(lines)-1] {
		v, _, _ := strings.Cut(l, "\t")
		values = append(values, v)
	}
	return values, cobra.ShellCompDirective(d)
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
