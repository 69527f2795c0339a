package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGraphOutExtension: without --format, --out's extension must name a
// format; an unknown one is a usage error that lists the known ones.
func TestGraphOutExtension(t *testing.T) {
	valid := map[string]string{"valid.json": inputFiles["valid.json"]}
	checkCLICases(t, []cliCase{
		{"graph-out-unknown-extension", valid, []string{"graph", "--out", "picture.png", "valid.json"}, exitUsage},
		{"graph-out-no-extension", valid, []string{"graph", "--out", "picture", "valid.json"}, exitUsage},
		{"graph-out-unknown-extension-with-format", valid, []string{"graph", "--format", "dot", "--out", "picture.txt", "valid.json"}, exitOK},
	})
	t.Run("no file written", func(t *testing.T) {
		t.Chdir(t.TempDir())
		os.WriteFile("valid.json", []byte(inputFiles["valid.json"]), 0o644)
		runCLI("graph", "--out", "picture.png", "valid.json")
		if _, err := os.Stat("picture.png"); err == nil {
			t.Error("graph wrote picture.png although it refused the extension")
		}
	})
}

// TestOutCreatesParentFolders: every flag that names an output file
// creates the file's missing parent folders, the rule synth --out DIR
// follows for its folder.
func TestOutCreatesParentFolders(t *testing.T) {
	cases := []struct {
		name   string
		args   []string // "OUT" is replaced by the output path
		output string   // relative to the temporary folder
	}{
		{"synth --out", []string{"synth", "--out", "OUT", "SeedChoice"}, "a/b/dir/SeedChoice.asl.json"},
		{"graph --out", []string{"graph", "--out", "OUT", "valid.json"}, "a/b/picture.svg"},
		{"import --out", []string{"import", "--out", "OUT", "valid.json"}, "a/b/valid.go"},
		{"run --history", []string{"run", "valid.json", "--history", "OUT"}, "a/b/history.json"},
		{"run --trace", []string{"run", "valid.json", "--trace", "OUT"}, "a/b/trace.svg"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			chdirWithInputs(t)
			out := filepath.FromSlash(tc.output)
			flagValue := out
			if tc.args[0] == "synth" {
				flagValue = filepath.Dir(out)
			}
			args := make([]string, len(tc.args))
			for i, a := range tc.args {
				args[i] = strings.ReplaceAll(a, "OUT", flagValue)
			}
			code, _, stderr := runCLI(args...)
			if code != exitOK {
				t.Fatalf("stepwise %s: exit %d\n%s", strings.Join(args, " "), code, stderr)
			}
			info, err := os.Stat(out)
			if err != nil {
				t.Fatalf("stepwise %s did not write %s: %v", strings.Join(args, " "), out, err)
			}
			if info.Size() == 0 {
				t.Errorf("%s is empty", out)
			}
		})
	}
	t.Run("a parent that is a file is an error", func(t *testing.T) {
		chdirWithInputs(t)
		code, _, stderr := runCLI("graph", "--out", filepath.Join("valid.json", "picture.svg"), "valid.json")
		if code != exitUsage || !strings.Contains(stderr, "valid.json") {
			t.Errorf("exit %d, stderr %q; want exit %d naming the path", code, stderr, exitUsage)
		}
	})
}
