package workflows_test

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stepwise-go/stepwise/constructs/workflows"
	"github.com/stepwise-go/stepwise/jsontree"
	"github.com/stepwise-go/stepwise/snapshots"
)

// shared is ../shared beside the repository; CI has it, a clone elsewhere
// skips the tests that read it.
var shared = filepath.Join("..", "..", "..", "shared")

func readShared(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(shared, name))
	if os.IsNotExist(err) {
		t.Skipf("%s not found (../shared lives beside the repository); skipping", name)
	}
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestGolden(t *testing.T) {
	for _, w := range workflows.All() {
		t.Run(w.Name, func(t *testing.T) {
			got, err := w.Build().Synth()
			if err != nil {
				t.Fatalf("synth: %v", err)
			}
			snapshots.Check(t, w.Name+".asl.json", got)
		})
	}
}

// TestSeedChoiceMatchesSeed compares SeedChoice with the JSON printed in
// the seed document: the same definition, states in the same order.
func TestSeedChoiceMatchesSeed(t *testing.T) {
	doc := readShared(t, "seed/aws-step-functions-overview.ko.txt")
	seedJSON := firstJSONObject(t, doc)
	got, err := workflows.SeedChoice().Synth()
	if err != nil {
		t.Fatal(err)
	}
	want := mustParse(t, seedJSON)
	have := mustParse(t, got)
	if !jsontree.Equal(want, have) {
		t.Errorf("SeedChoice differs from the seed document:\nseed:\n%s\ngot:\n%s", seedJSON, got)
	}
	if w, g := stateOrder(want), stateOrder(have); strings.Join(w, ",") != strings.Join(g, ",") {
		t.Errorf("state order = %v, seed has %v", g, w)
	}
}

// TestMatchesCDK compares workflows with what the AWS CDK 2.276.0
// synthesizes for the same programs (../shared/cdk-reference), deploy-time
// references aside.
func TestMatchesCDK(t *testing.T) {
	for _, name := range []string{"JobPoller", "ParallelMapRetry", "JsonataMix", "Variables", "DistributedMapCsv"} {
		t.Run(name, func(t *testing.T) {
			ref := readShared(t, "cdk-reference/"+name+".asl.json")
			w, _ := workflows.Lookup(name)
			got, err := w.Build().Synth()
			if err != nil {
				t.Fatal(err)
			}
			want, have := mustParse(t, ref), mustParse(t, got)
			normalizeReferences(want)
			normalizeReferences(have)
			if !jsontree.Equal(want, have) {
				t.Errorf("%s differs from the CDK's synthesis:\ncdk:\n%s\ngot:\n%s", name, ref, got)
			}
		})
	}
}

// firstJSONObject cuts the first balanced {…} block out of a text.
func firstJSONObject(t *testing.T, text []byte) []byte {
	t.Helper()
	start := bytes.IndexByte(text, '{')
	depth := 0
	for i := start; start >= 0 && i < len(text); i++ {
		switch text[i] {
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				return text[start : i+1]
			}
		}
	}
	t.Fatal("no JSON object in the seed document")
	return nil
}

func mustParse(t *testing.T, data []byte) *jsontree.Value {
	t.Helper()
	v, err := jsontree.Parse(data)
	if err != nil {
		t.Fatalf("not JSON: %v\n%s", err, data)
	}
	return v
}

func stateOrder(def *jsontree.Value) []string {
	var names []string
	for _, m := range def.Get("States").Members {
		names = append(names, m.Key)
	}
	return names
}

var reference = regexp.MustCompile(`\$\{[^}]*\}`)

// normalizeReferences rewrites deploy-time references so that the CDK's
// (${AWS::Partition}, ${SubmitLambda8054545E.Arn}) and stepwise's
// (${SubmitJobFunctionArn}, arn:aws:…) compare equal.
func normalizeReferences(v *jsontree.Value) {
	switch v.Kind {
	case jsontree.String:
		v.Text = reference.ReplaceAllString(strings.ReplaceAll(v.Text, "arn:${AWS::Partition}:", "arn:aws:"), "${ref}")
	case jsontree.Array:
		for _, it := range v.Items {
			normalizeReferences(it)
		}
	case jsontree.Object:
		for _, m := range v.Members {
			normalizeReferences(m.Value)
		}
	}
}
