package importer

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestImportPathsMatchTheFolders: every module package the printer
// imports is a folder of this repository (found from go.mod's module
// path) whose Go files declare the package name the printed code uses.
func TestImportPathsMatchTheFolders(t *testing.T) {
	gomod, err := os.ReadFile(filepath.Join("..", "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^module\s+(\S+)`).FindSubmatch(gomod)
	if m == nil {
		t.Fatal("go.mod has no module line")
	}
	module := string(m[1])
	for name, path := range importPaths {
		if !strings.Contains(path, ".") {
			continue // the standard library
		}
		rel, ok := strings.CutPrefix(path, module+"/")
		if !ok {
			t.Errorf("%s: %q is not in module %s", name, path, module)
			continue
		}
		files, _ := filepath.Glob(filepath.Join("..", filepath.FromSlash(rel), "*.go"))
		declared := false
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if regexp.MustCompile(`(?m)^package ` + name + `$`).Match(src) {
				declared = true
				break
			}
		}
		if !declared {
			t.Errorf("%s: no Go file in %s declares package %s", name, rel, name)
		}
	}
}
