package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGraphWarnsPastDepthLimit: graph draws a machine nested deeper than
// the drawing's limit and says on stderr which state's blocks it left out;
// a shallow machine draws without a warning.
func TestGraphWarnsPastDepthLimit(t *testing.T) {
	nested := func(levels int) string {
		def := `{"StartAt": "X", "States": {"X": {"Type": "Pass", "End": true}}}`
		for i := levels - 1; i >= 0; i-- {
			def = fmt.Sprintf(`{"StartAt": "P%d", "States": {"P%d": {"Type": "Parallel", "Branches": [%s], "End": true}}}`, i, i, def)
		}
		return def
	}
	dir := t.TempDir()
	for _, tc := range []struct {
		levels int
		warn   bool
	}{{101, true}, {5, false}} {
		file := filepath.Join(dir, fmt.Sprintf("nested%d.json", tc.levels))
		if err := os.WriteFile(file, []byte(nested(tc.levels)), 0o644); err != nil {
			t.Fatal(err)
		}
		code, stdout, stderr := runCLI("graph", "--format", "svg", file)
		if code != exitOK || !strings.HasPrefix(stdout, "<svg") {
			t.Fatalf("%d levels: exit %d, stdout %.40q, stderr %s", tc.levels, code, stdout, stderr)
		}
		warned := strings.Contains(stderr, `"P100": its 1 branch is not drawn`)
		if warned != tc.warn {
			t.Errorf("%d levels: warned = %v, want %v; stderr:\n%s", tc.levels, warned, tc.warn, stderr)
		}
	}
}
