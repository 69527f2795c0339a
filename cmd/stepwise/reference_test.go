package main

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// referencePath is docs/cli-reference.md, whose generated section is
// every command's help text.
const referencePath = "../../docs/cli-reference.md"

// Markers around the generated part of docs/cli-reference.md.
const (
	referenceBegin = "<!-- BEGIN command reference -->\n"
	referenceEnd   = "<!-- END command reference -->\n"
)

// commandReference returns the Markdown of every command's help: one
// heading and one text block per command, in the order of `stepwise
// --help`.
func commandReference(t *testing.T) string {
	t.Helper()
	var b strings.Builder
	names := []string{}
	for _, c := range commands {
		names = append(names, c.name)
	}
	names = append(names, "completion", "help")
	for _, name := range names {
		code, help, stderr := runCLI("help", name)
		if code != exitOK {
			t.Fatalf("help %s: exit %d\n%s", name, code, stderr)
		}
		b.WriteString("### " + name + "\n\n```text\n" + help + "```\n\n")
	}
	return b.String()
}

// TestCLIReference checks that docs/cli-reference.md lists every
// command's current help; STEPWISE_UPDATE=1 rewrites that section.
func TestCLIReference(t *testing.T) {
	data, err := os.ReadFile(referencePath)
	if err != nil {
		t.Fatal(err)
	}
	doc := string(data)
	begin := strings.Index(doc, referenceBegin)
	end := strings.Index(doc, referenceEnd)
	if begin < 0 || end < begin {
		t.Fatalf("%s: no %q … %q section", referencePath, strings.TrimSpace(referenceBegin), strings.TrimSpace(referenceEnd))
	}
	got := doc[begin+len(referenceBegin) : end]
	want := commandReference(t)
	if got == want {
		return
	}
	if os.Getenv("STEPWISE_UPDATE") != "" {
		updated := doc[:begin+len(referenceBegin)] + want + doc[end:]
		if err := os.WriteFile(referencePath, []byte(updated), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("%s: the command reference is stale; rewrite it with STEPWISE_UPDATE=1 go test ./cmd/stepwise/ -run TestCLIReference (-want +got):\n%s",
		referencePath, cmp.Diff(want, got))
}
