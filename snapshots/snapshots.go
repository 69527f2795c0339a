package snapshots

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/semdiff"
)

// UpdateEnv names the environment variable that makes the tests rewrite
// their golden files instead of comparing with them:
// `STEPWISE_UPDATE=1 go test ./...` (or `make update`). Unset, empty or
// "0" compares.
const UpdateEnv = "STEPWISE_UPDATE"

// Updating reports whether the tests rewrite the golden files, that is
// whether $STEPWISE_UPDATE is set to something other than "" or "0".
func Updating() bool {
	v := os.Getenv(UpdateEnv)
	return v != "" && v != "0"
}

// Dir returns the folder of the golden files.
func Dir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Dir(file)
}

// Path returns the path of the golden file name.
func Path(name string) string { return filepath.Join(Dir(), filepath.FromSlash(name)) }

// Check compares got with the golden file name (a path relative to
// snapshots/), or rewrites the file when Updating. A mismatch fails the
// test with a line diff labelled (-want +got). For ASL golden files (names
// ending in .asl.json) the message starts with the semantic difference,
// state by state (package semdiff), and Check also verifies that the
// golden file is canonical: parsed and rendered again, it comes out
// byte-identical.
func Check(t testing.TB, name string, got []byte) {
	t.Helper()
	path := Path(name)
	if Updating() {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("golden file %s: %v (run `STEPWISE_UPDATE=1 go test ./...` to create it)", name, err)
	}
	if !bytes.Equal(want, got) {
		t.Errorf("%s differs from the golden file%s (-want +got):\n%s", name, semantic(name, want, got),
			cmp.Diff(strings.Split(string(want), "\n"), strings.Split(string(got), "\n")))
	}
	if strings.HasSuffix(name, ".asl.json") {
		checkCanonical(t, name, want)
	}
}

// semantic explains a mismatching ASL golden state by state (see package
// semdiff), before the line diff; for other files, or text that is not
// JSON, it returns "".
func semantic(name string, want, got []byte) string {
	if !strings.HasSuffix(name, ".asl.json") {
		return ""
	}
	r, err := semdiff.Compare(want, got)
	if err != nil {
		return ""
	}
	return "; semantically (golden -> got):\n" + r.String() + "line by line"
}

// checkCanonical checks that an ASL golden file parses without problems
// and renders back to the same bytes.
func checkCanonical(t testing.TB, name string, golden []byte) {
	t.Helper()
	m, diags := asl.Parse(golden)
	if m == nil || diags.HasErrors() {
		t.Errorf("golden file %s does not parse:\n%v", name, diags)
		return
	}
	if again := asl.Render(m); !bytes.Equal(again, golden) {
		t.Errorf("golden file %s is not canonical: parse+render changes it (-golden +rendered):\n%s", name,
			cmp.Diff(strings.Split(string(golden), "\n"), strings.Split(string(again), "\n")))
	}
}
