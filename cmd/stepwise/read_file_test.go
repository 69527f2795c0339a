package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadFileMatchesOS: validate's readFile returns what os.ReadFile
// returns, content and error text, for files of several sizes, an
// empty file, a missing file and a folder.
func TestReadFileMatchesOS(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	for _, size := range []int{0, 1, 4095, 4096, 70000} {
		name := filepath.Join(dir, "f"+strings.Repeat("x", size%7))
		content := bytes.Repeat([]byte("ab\n"), size/3+1)[:size]
		if err := os.WriteFile(name, content, 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := readFile(name)
		if err != nil || !bytes.Equal(got, content) {
			t.Errorf("size %d: got %d bytes, err %v", size, len(got), err)
		}
	}
	os.Mkdir("folder", 0o755)
	for _, name := range []string{"missing.json", "folder", ""} {
		_, got := readFile(name)
		_, want := os.ReadFile(name)
		if got == nil || want == nil || got.Error() != want.Error() {
			t.Errorf("readFile(%q) error = %v, os.ReadFile's = %v", name, got, want)
		}
	}
}
