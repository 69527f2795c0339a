package importer

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stepwise-go/stepwise/asl"
)

// corpusDir is the labelled corpus beside the repository; a clone without
// it skips the corpus tests.
var corpusDir = filepath.Join("..", "..", "shared", "corpus")

// corpusFile is one definition of the corpus that stepwise judges valid.
type corpusFile struct {
	name string
	data []byte
}

// validCorpus returns the corpus definitions without errors, as
// asl.ParseAndValidate judges them.
func validCorpus(t *testing.T) []corpusFile {
	t.Helper()
	labels, err := os.ReadFile(filepath.Join(corpusDir, "labels.json"))
	if os.IsNotExist(err) {
		t.Skipf("corpus not found at %s (it lives in ../shared beside the repository); skipping", corpusDir)
	}
	if err != nil {
		t.Fatal(err)
	}
	var entries []struct {
		File string `json:"file"`
	}
	if err := json.Unmarshal(labels, &entries); err != nil {
		t.Fatal(err)
	}
	var out []corpusFile
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(corpusDir, e.File))
		if err != nil {
			t.Fatal(err)
		}
		if m, diags := asl.ParseAndValidate(data); m != nil && !diags.HasErrors() {
			out = append(out, corpusFile{e.File, data})
		}
	}
	return out
}

// TestCorpusRoundTrip imports every valid corpus definition: the plan
// must run through the DSL and synthesize the same definition
// (normalized). Nothing is skipped: a definition the DSL cannot express
// fails the test with the fields' JSON pointers.
func TestCorpusRoundTrip(t *testing.T) {
	files := validCorpus(t)
	for _, f := range files {
		t.Run(f.name, func(t *testing.T) {
			if _, err := NewPlan(f.data, "Workflow"); err != nil {
				t.Fatal(err)
			}
		})
	}
	t.Logf("%d valid corpus definitions imported", len(files))
}
