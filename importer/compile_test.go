package importer

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stepwise-go/stepwise/constructs/workflows"
	"github.com/stepwise-go/stepwise/jsontree"
)

// roundTripInput is a definition to import, compile and run.
type roundTripInput struct {
	name string
	data []byte
}

// exampleInputs returns the ASL of the repository's example workflows.
func exampleInputs(t *testing.T) []roundTripInput {
	var out []roundTripInput
	for _, w := range workflows.All() {
		data, err := w.Build().Synth()
		if err != nil {
			t.Fatalf("synth %s: %v", w.Name, err)
		}
		out = append(out, roundTripInput{"example " + w.Name, data})
	}
	return out
}

// TestCompiledRoundTrip checks the exactness claim on the real Go text:
// it imports the examples and every valid corpus definition,
// writes the programs into one temporary module (which uses this
// repository through a replace directive), builds it once, runs it once,
// and compares each synthesized definition with its normalized input.
func TestCompiledRoundTrip(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a program; skipped with -short")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool on PATH")
	}
	inputs := exampleInputs(t)
	for i, a := range awkwardTexts {
		inputs = append(inputs, roundTripInput{"awkward names " + a, awkwardMachine(a, awkwardTexts[(i+1)%len(awkwardTexts)]+" 2", awkwardTexts[(i+5)%len(awkwardTexts)]+" 3")})
	}
	for i, def := range onceRefused {
		inputs = append(inputs, roundTripInput{fmt.Sprintf("once refused %d", i), []byte(def)})
	}
	if _, err := os.Stat(filepath.Join(corpusDir, "labels.json")); err == nil {
		for _, f := range validCorpus(t) {
			inputs = append(inputs, roundTripInput{f.name, f.data})
		}
	}
	dir := t.TempDir()
	var kept []roundTripInput
	var calls strings.Builder
	for _, in := range inputs {
		name := fmt.Sprintf("Imported%d", len(kept))
		src, err := Import(in.data, Options{Package: "main", Func: name})
		if err != nil {
			t.Fatalf("%s: %v", in.name, err)
		}
		write(t, filepath.Join(dir, strings.ToLower(name)+".go"), src)
		fmt.Fprintf(&calls, "\tprint(%s())\n", name)
		kept = append(kept, in)
	}
	write(t, filepath.Join(dir, "main.go"), []byte(`package main

import (
	"fmt"
	"os"

	"github.com/stepwise-go/stepwise/constructs/sfn"
)

func print(m *sfn.StateMachine) {
	data, err := m.Synth()
	if err != nil {
		fmt.Println("ERROR", err)
	}
	os.Stdout.Write(data)
	fmt.Println("\x00")
}

func main() {
`+calls.String()+"}\n"))
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dir, "go.mod"), []byte("module importcheck\n\ngo 1.26\n\nrequire github.com/stepwise-go/stepwise v0.0.0\n\nreplace github.com/stepwise-go/stepwise => "+root+"\n"))
	sum, _ := os.ReadFile(filepath.Join(root, "go.sum"))
	write(t, filepath.Join(dir, "go.sum"), sum)
	cmd := exec.Command(goTool, "run", "-mod=mod", ".")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("the imported programs do not build or run: %v\n%s", err, stderr.String())
	}
	results := strings.Split(string(out), "\x00\n")
	if len(results) != len(kept)+1 {
		t.Fatalf("got %d results for %d programs:\n%s", len(results)-1, len(kept), out)
	}
	for i, in := range kept {
		want, _ := jsontree.Parse(in.data)
		got, err := jsontree.Parse([]byte(results[i]))
		if err != nil {
			t.Errorf("%s: the program printed no JSON: %v\n%s", in.name, err, results[i])
			continue
		}
		if !jsontree.Equal(Normalize(want), got) {
			t.Errorf("%s: the imported program synthesizes something else:\n%s", in.name, results[i])
		}
	}
	t.Logf("%d imported programs built, run and compared", len(kept))
}

func write(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}
