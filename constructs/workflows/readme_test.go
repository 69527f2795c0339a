package workflows_test

import (
	"os"
	"strings"
	"testing"

	"github.com/stepwise-go/stepwise/constructs/workflows"
)

// TestREADMEQuickStart keeps the README's quick start true: the Go code it
// shows is JobPoller's, and the JSON it shows is what JobPoller
// synthesizes.
func TestREADMEQuickStart(t *testing.T) {
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	source, err := os.ReadFile("job_poller.go")
	if err != nil {
		t.Fatal(err)
	}
	goCode := string(source)[strings.Index(string(source), "func JobPoller()"):]
	if !strings.Contains(readme, "```go\n"+goCode+"```") {
		t.Errorf("README.md does not show the current JobPoller source")
	}
	asl, err := workflows.JobPoller().Synth()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(readme, "```json\n"+string(asl)+"```") {
		t.Errorf("README.md does not show JobPoller's current ASL")
	}
}
