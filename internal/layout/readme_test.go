package layout_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// root is the repository, two folders up from this package.
var root = filepath.Join("..", "..")

// pending lists folders the tree names before they exist on this branch,
// with why; delete an entry once its folder has arrived.
var pending = map[string]string{}

// TestREADMELayoutMatchesFolders: every top-level folder with Go code is
// in the README's Layout tree, and every folder the tree names exists.
func TestREADMELayoutMatchesFolders(t *testing.T) {
	tree := layoutTree(t)
	listed := map[string]bool{}
	for _, line := range strings.Split(tree, "\n") {
		if f := strings.Fields(line); len(f) > 0 && strings.HasSuffix(f[0], "/") {
			listed[f[0]] = true
		}
	}
	top, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range top {
		name := e.Name() + "/"
		if e.IsDir() && !skipped(e.Name()) && hasGo(t, filepath.Join(root, e.Name())) && !covered(listed, name) {
			t.Errorf("the folder %s has Go code but the README's Layout tree does not list it", name)
		}
	}
	for name := range listed {
		_, err := os.Stat(filepath.Join(root, filepath.FromSlash(name)))
		switch why, ok := pending[name]; {
		case err == nil && ok:
			t.Errorf("%s exists now: remove it from pending", name)
		case err != nil && !ok:
			t.Errorf("the README's Layout tree lists %s, which does not exist", name)
		case err != nil:
			t.Logf("%s is listed before it exists: %s", name, why)
		}
	}
}

// covered reports whether the tree lists folder or a folder inside it
// (cmd/stepwise/ covers cmd/).
func covered(listed map[string]bool, folder string) bool {
	for name := range listed {
		if strings.HasPrefix(name, folder) {
			return true
		}
	}
	return false
}

// layoutTree returns the text block under the README's "## Layout".
func layoutTree(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("(?s)\n## Layout\n+```text\n(.*?)```").FindSubmatch(data)
	if m == nil {
		t.Fatal("README.md has no ## Layout section with a ```text tree")
	}
	return string(m[1])
}

// skipped reports folders that are not the project's code.
func skipped(name string) bool {
	return strings.HasPrefix(name, ".") || name == "node_modules" || name == "cdk.out" || name == "testdata"
}

// hasGo reports whether dir holds a .go file at any depth.
func hasGo(t *testing.T, dir string) bool {
	found := false
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != dir && skipped(d.Name()) {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".go") {
			found = true
			return fs.SkipAll
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return found
}
