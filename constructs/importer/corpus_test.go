package importer

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stepwise-go/stepwise/constructs/asl"
	_ "github.com/stepwise-go/stepwise/snapshots" // registers -update
)

// corpusDir is the labelled corpus beside the repository; a clone without
// it skips the corpus tests.
var corpusDir = filepath.Join("..", "..", "..", "shared", "corpus")

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

// missingFeatures names what the DSL cannot express yet, from an import
// error, or "" when the error is something else.
func missingFeatures(err error) string {
	var ie *Error
	if !errors.As(err, &ie) || len(ie.Unsupported) == 0 {
		return ""
	}
	var out []string
	for _, u := range ie.Unsupported {
		out = append(out, u.Pointer+" ("+u.Reason+")")
	}
	slices.Sort(out)
	return strings.Join(slices.Compact(out), "; ")
}

// TestCorpusRoundTrip imports every valid corpus definition: the plan
// must run through the DSL and synthesize the same definition
// (normalized), or name the features the DSL cannot express yet.
func TestCorpusRoundTrip(t *testing.T) {
	for _, f := range validCorpus(t) {
		t.Run(f.name, func(t *testing.T) {
			_, err := NewPlan(f.data, "Workflow")
			if missing := missingFeatures(err); missing != "" {
				t.Skipf("the DSL cannot express: %s", missing)
			}
			if err != nil {
				t.Fatal(err)
			}
		})
	}
}
