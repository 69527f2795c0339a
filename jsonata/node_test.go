package jsonata

import (
	"bufio"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

// The reference for the differential tests is jsonata-js 2.0.6, run by
// testdata/parse.js under Node.js. The package comes from the project's
// package.json (npm ci installs it into node_modules at the repository
// root).

const referenceVersion = "2.0.6"

// verdict is what jsonata-js says of one expression.
type verdict struct {
	OK   bool    `json:"ok"`
	Code string  `json:"code"`
	Pos  float64 `json:"pos"`
	Msg  string  `json:"msg"`
}

var (
	nodeOnce sync.Once
	nodeErr  string // why the reference is unavailable, "" when it is
)

// needNode skips the test when node or node_modules/jsonata is missing,
// and fails it when the installed jsonata is not version 2.0.6.
func needNode(t testing.TB) {
	t.Helper()
	nodeOnce.Do(func() {
		if _, err := exec.LookPath("node"); err != nil {
			nodeErr = "node is not on PATH"
			return
		}
		if _, ok := findJsonataJS(); !ok {
			nodeErr = "node_modules/jsonata not found between the package and the repository root (run npm ci)"
			return
		}
		out, err := exec.Command("node", filepath.Join("testdata", "parse.js"), "--version").Output()
		if err != nil {
			nodeErr = "testdata/parse.js --version failed: " + err.Error()
			return
		}
		if v := strings.TrimSpace(string(out)); v != referenceVersion {
			nodeErr = "FATAL: node_modules/jsonata is version " + v + ", the reference is " + referenceVersion
		}
	})
	if strings.HasPrefix(nodeErr, "FATAL: ") {
		t.Fatal(strings.TrimPrefix(nodeErr, "FATAL: "))
	}
	if nodeErr != "" {
		t.Skip("skipping the comparison with jsonata-js: " + nodeErr)
	}
}

// findJsonataJS walks up from the package directory to the repository
// root (the directory holding go.mod, or .git) looking for
// node_modules/jsonata.
func findJsonataJS() (string, bool) {
	dir, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for {
		candidate := filepath.Join(dir, "node_modules", "jsonata", "package.json")
		if _, err := os.Stat(candidate); err == nil {
			return filepath.Dir(candidate), true
		}
		if isRepoRoot(dir) {
			return "", false
		}
		up := filepath.Dir(dir)
		if up == dir {
			return "", false
		}
		dir = up
	}
}

func isRepoRoot(dir string) bool {
	for _, marker := range []string{"go.mod", ".git"} {
		if _, err := os.Stat(filepath.Join(dir, marker)); err == nil {
			return true
		}
	}
	return false
}

// referenceVerdicts asks jsonata-js about every expression (each must be
// valid UTF-8, as JavaScript strings come from JSON).
func referenceVerdicts(t testing.TB, exprs []string) []verdict {
	t.Helper()
	return runReference(t, exprs)
}

func runReference(t testing.TB, exprs []string) []verdict {
	t.Helper()
	needNode(t)
	cmd := exec.Command("node", filepath.Join("testdata", "parse.js"))
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	writeErr := make(chan error, 1)
	go func() {
		w := bufio.NewWriter(stdin)
		enc := json.NewEncoder(w)
		for _, e := range exprs {
			if !utf8.ValidString(e) {
				writeErr <- errors.New("expression is not valid UTF-8: " + strings.ToValidUTF8(e, "?"))
				stdin.Close()
				return
			}
			if err := enc.Encode(e); err != nil {
				writeErr <- err
				stdin.Close()
				return
			}
		}
		err := w.Flush()
		stdin.Close()
		writeErr <- err
	}()
	var out []verdict
	sc := bufio.NewScanner(stdout)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var v verdict
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatalf("bad line from parse.js: %q: %v", sc.Text(), err)
		}
		out = append(out, v)
	}
	if err := <-writeErr; err != nil {
		t.Fatal(err)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("node testdata/parse.js: %v\n%s", err, stderr.String())
	}
	if len(out) != len(exprs) {
		t.Fatalf("parse.js answered %d of %d expressions\n%s", len(out), len(exprs), stderr.String())
	}
	return out
}
