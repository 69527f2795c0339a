package asl_test

import (
	"os"
	"strings"
	"testing"

	"github.com/stepwise-go/stepwise/asl"
)

// TestREADMEListsEveryCode keeps the README's table of validation codes
// complete: each code appears with its summary.
func TestREADMEListsEveryCode(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range asl.AllCodes() {
		summary := strings.ReplaceAll(c.Summary(), "|", `\|`)
		if !strings.Contains(string(readme), "| `"+string(c)+"` |") || !strings.Contains(string(readme), summary) {
			t.Errorf("README.md does not list code %s with its summary %q", c, c.Summary())
		}
	}
}
