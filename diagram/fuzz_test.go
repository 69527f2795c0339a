package diagram_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/diagram"
)

// namedMachine returns a definition whose states are called a, b and c:
// a Task with a Catch, a Choice, a Parallel holding c, and an error name
// and condition made of the names too.
func namedMachine(a, b, c string) []byte {
	q := func(s string) string { out, _ := json.Marshal(s); return string(out) }
	return []byte(`{"StartAt": ` + q(a) + `, "States": {
  ` + q(a) + `: {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
    "Retry": [{"ErrorEquals": [` + q(b) + `], "MaxAttempts": 2}],
    "Catch": [{"ErrorEquals": [` + q(c) + `], "Next": ` + q(b) + `}], "Next": ` + q(b) + `},
  ` + q(b) + `: {"Type": "Choice", "Choices": [{"Variable": "$.x", "StringEquals": ` + q(a) + `, "Next": "P"}], "Default": ` + q(a) + `},
  "P": {"Type": "Parallel", "Branches": [{"StartAt": ` + q(c) + `, "States": {` + q(c) + `: {"Type": "Pass", "End": true}}}], "End": true}
}}`)
}

// checkFormats renders d in every format and checks that each is well
// formed whatever the names hold.
func checkFormats(t *testing.T, d *diagram.Diagram) {
	t.Helper()
	svg := d.SVG()
	dec := xml.NewDecoder(bytes.NewReader(svg))
	for {
		_, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed XML: %v\n%s", err, svg)
		}
	}
	for i, line := range strings.Split(string(d.Mermaid()), "\n") {
		if strings.Count(line, `"`)%2 != 0 {
			t.Fatalf("Mermaid line %d has unbalanced quotes: %s", i+1, line)
		}
	}
	for i, line := range strings.Split(string(d.DOT()), "\n") {
		if !balancedDOT(line) {
			t.Fatalf("DOT line %d has an unterminated string: %s", i+1, line)
		}
	}
}

// balancedDOT reports whether every double-quoted string of a DOT line
// ends on the line.
func balancedDOT(line string) bool {
	in := false
	for i := 0; i < len(line); i++ {
		switch {
		case in && line[i] == '\\':
			i++
		case line[i] == '"':
			in = !in
		}
	}
	return !in
}

func TestAwkwardNames(t *testing.T) {
	names := []string{
		`Say "hi"`, `a<b>&c`, `[x]{y}(z)`, "line\nbreak\ttab", "`tick`", `#quot; #35;`, `|pipe|;`,
		`\back\slash\`, `end`, `subgraph`, `-->`, `名前 🚀 ünïcödé`, strings.Repeat("very long name ", 20),
		strings.Repeat("x", 300), "\u2028\u0000\uFFFE", `*/ /* -->|x|`,
	}
	for _, n := range names {
		m, diags := asl.Parse(namedMachine(n, n+" 2", n+" 3"))
		if m == nil {
			t.Fatalf("%q: %v", n, diags)
		}
		checkFormats(t, diagram.New(m))
	}
}

func FuzzNames(f *testing.F) {
	f.Add(`Say "hi"`, `a<b>&c`, "x\ny")
	f.Add(`#quot;`, "`", `\`)
	f.Fuzz(func(t *testing.T, a, b, c string) {
		m, _ := asl.Parse(namedMachine(a, b, c))
		if m == nil {
			return
		}
		checkFormats(t, diagram.New(m))
	})
}

// FuzzDefinition draws whatever the parser accepts, valid or not.
func FuzzDefinition(f *testing.F) {
	f.Add(namedMachine("A", "B", "C"))
	f.Add([]byte(`{"StartAt": "X", "States": {"A": {"Type": "Pass", "Next": "A"}, "B": {"Type": "Map", "Iterator": {"StartAt": "Q", "States": {}}, "Next": "Nope"}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, _ := asl.Parse(data)
		if m == nil {
			return
		}
		checkFormats(t, diagram.New(m))
	})
}
