package asl_test

import (
	"os"
	"strings"
	"testing"

	"github.com/stepwise-go/stepwise/asl"
)

// TestDocsListEveryCode keeps the table of validation codes in
// docs/diagnostics.md complete: each code appears with its summary.
func TestDocsListEveryCode(t *testing.T) {
	readme, err := os.ReadFile("../docs/diagnostics.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range asl.AllCodes() {
		summary := strings.ReplaceAll(c.Summary(), "|", `\|`)
		if !strings.Contains(string(readme), "| `"+string(c)+"` |") || !strings.Contains(string(readme), summary) {
			t.Errorf("docs/diagnostics.md does not list code %s with its summary %q", c, c.Summary())
		}
	}
}
