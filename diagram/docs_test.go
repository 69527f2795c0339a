package diagram_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stepwise-go/stepwise/constructs/workflows"
	"github.com/stepwise-go/stepwise/snapshots"
)

// docsDir holds the example pictures docs/cli.md shows.
var docsDir = filepath.Join("..", "docs")

// TestDocsPictures fails when docs/<Name>.svg differs from what `stepwise
// graph --format svg NAME` draws now, or when docs/ has a picture of a
// workflow that no longer exists. `STEPWISE_UPDATE=1 go test ./...` redraws them.
func TestDocsPictures(t *testing.T) {
	names := map[string]bool{}
	for _, w := range workflows.All() {
		names[w.Name+".svg"] = true
		got := exampleDiagram(t, w).SVG()
		path := filepath.Join(docsDir, w.Name+".svg")
		if snapshots.Updating() {
			if err := os.MkdirAll(docsDir, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Errorf("docs/%s.svg: %v (run `STEPWISE_UPDATE=1 go test ./...` to draw it)", w.Name, err)
			continue
		}
		if !bytes.Equal(want, got) {
			t.Errorf("docs/%s.svg is stale: it differs from the picture drawn now (run `STEPWISE_UPDATE=1 go test ./...`)", w.Name)
		}
	}
	files, _ := filepath.Glob(filepath.Join(docsDir, "*.svg"))
	for _, f := range files {
		if base := filepath.Base(f); !names[base] {
			t.Errorf("docs/%s pictures no example workflow; remove it", base)
		}
	}
	if page, err := os.ReadFile(filepath.Join(docsDir, "cli.md")); err == nil &&
		!strings.Contains(string(page), "![JobPoller](JobPoller.svg)") {
		t.Errorf("docs/cli.md does not show JobPoller.svg")
	}
}
