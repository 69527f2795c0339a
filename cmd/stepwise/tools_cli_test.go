package main

import (
	"os"
	"path/filepath"
	"testing"
)

// cliCase is one command line run in a folder holding files, with the
// transcript compared with snapshots/cli/<name>.txt.
type cliCase struct {
	name  string
	files map[string]string
	args  []string
	code  int
}

// checkCLICases runs each case in a fresh temporary folder.
func checkCLICases(t *testing.T, cases []cliCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, content := range tc.files {
				if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			t.Chdir(dir)
			checkTranscript(t, tc.name, tc.args, tc.code)
		})
	}
}
