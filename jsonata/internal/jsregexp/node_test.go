package jsregexp

import (
	"bufio"
	"encoding/json"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The reference for the differential tests is Node.js's own RegExp, run
// by testdata/reference.js in one node process per test.

// needNode skips the test when node is not on PATH.
func needNode(t testing.TB) {
	t.Helper()
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("skipping the comparison with JavaScript's RegExp: node is not on PATH")
	}
}

// nodeRequest is one line for reference.js; strings are UTF-16 units.
type nodeRequest struct {
	Op      string   `json:"op"`
	Pattern []uint16 `json:"p"`
	Flags   string   `json:"f,omitempty"`
	Subject []uint16 `json:"s,omitempty"`
}

// nodeAnswer is reference.js's answer to one request.
type nodeAnswer struct {
	OK      bool     `json:"ok"`
	Msg     string   `json:"msg"`
	Canon   []uint16 `json:"canon"`
	Matches []struct {
		Start  int         `json:"start"`
		End    int         `json:"end"`
		Text   []uint16    `json:"text"`
		Groups []*[]uint16 `json:"groups"` // null: the group did not participate
	} `json:"matches"`
}

// matches converts the answer to Matches as the Go API reports them (a
// group that did not participate, null in JavaScript, becomes "").
func (a nodeAnswer) matches() []Match {
	var out []Match
	for _, m := range a.Matches {
		gm := Match{Start: m.Start, End: m.End, Text: FromUTF16(m.Text)}
		for i, g := range m.Groups {
			if g == nil {
				gm.Groups = append(gm.Groups, "")
				if gm.Missing == nil {
					gm.Missing = make([]bool, len(m.Groups))
				}
				gm.Missing[i] = true
				continue
			}
			gm.Groups = append(gm.Groups, FromUTF16(*g))
		}
		out = append(out, gm)
	}
	return out
}

// askNode sends every request to one node process and returns its
// answers in order.
func askNode(t testing.TB, reqs []nodeRequest) []nodeAnswer {
	t.Helper()
	needNode(t)
	cmd := exec.Command("node", filepath.Join("testdata", "reference.js"))
	var in strings.Builder
	enc := json.NewEncoder(&in)
	for _, r := range reqs {
		if err := enc.Encode(r); err != nil {
			t.Fatal(err)
		}
	}
	cmd.Stdin = strings.NewReader(in.String())
	var stderr strings.Builder
	cmd.Stderr = &stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var out []nodeAnswer
	sc := bufio.NewScanner(stdout)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var a nodeAnswer
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatalf("bad line from reference.js: %q: %v", sc.Text(), err)
		}
		out = append(out, a)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("node testdata/reference.js: %v\n%s", err, stderr.String())
	}
	if len(out) != len(reqs) {
		t.Fatalf("reference.js answered %d of %d requests\n%s", len(out), len(reqs), stderr.String())
	}
	return out
}
