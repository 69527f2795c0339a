package format

import (
	"bufio"
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// diffCase is one generated call: the function's JSONata name and its
// arguments as jsonata-js receives them (nil = undefined).
type diffCase struct {
	Fn   string `json:"fn"`
	Args []any  `json:"args"`
}

// jsonataJS finds node_modules/jsonata by walking up from the package
// directory; "" when there is none.
func jsonataJS() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		p := filepath.Join(dir, "node_modules", "jsonata")
		if _, err := os.Stat(filepath.Join(p, "package.json")); err == nil {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// TestDifferential generates a few hundred calls from a fixed seed, runs
// them all through jsonata-js 2.0.6 in one node process and through this
// package, and compares results and error codes.
func TestDifferential(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed: skipping the comparison with jsonata-js")
	}
	lib := jsonataJS()
	if lib == "" {
		t.Skip("no node_modules/jsonata above this package (run `npm ci` at the repository root): skipping the comparison with jsonata-js")
	}
	cases := generateCases(rand.New(rand.NewPCG(20240601, 7)))
	var in bytes.Buffer
	for _, c := range cases {
		b, _ := json.Marshal(c)
		in.Write(b)
		in.WriteByte('\n')
	}
	input := filepath.Join(t.TempDir(), "cases.jsonl")
	if err := os.WriteFile(input, in.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(node, "testdata/reference.js", lib, "1700000000000", input).Output()
	if err != nil {
		t.Fatalf("node: %v", err)
	}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<24)
	agree, perFn, perFnAgree := 0, map[string]int{}, map[string]int{}
	i := 0
	for sc.Scan() {
		if i >= len(cases) {
			break
		}
		c := cases[i]
		i++
		var ref struct {
			R     any    `json:"r"`
			Undef bool   `json:"undef"`
			NaN   bool   `json:"nan"`
			Err   bool   `json:"err"`
			Code  string `json:"code"`
			Msg   string `json:"msg"`
		}
		if err := json.Unmarshal(sc.Bytes(), &ref); err != nil {
			t.Fatalf("bad reference line %q: %v", sc.Text(), err)
		}
		got := call(c.Fn, goArgs(c.Args))
		perFn[c.Fn]++
		ok := false
		switch {
		case ref.Err:
			ok = got.err != nil && got.code == ref.Code
		case ref.Undef:
			ok = got.undef && got.err == nil
		case ref.NaN:
			ok = got.isNum && math.IsNaN(got.num) && got.err == nil
		default:
			switch r := ref.R.(type) {
			case string:
				ok = got.err == nil && !got.isNum && !got.undef && got.str == r
			case float64:
				ok = got.err == nil && got.isNum && got.num == r
			}
		}
		if ok {
			agree++
			perFnAgree[c.Fn]++
			continue
		}
		b, _ := json.Marshal(c)
		t.Errorf("%s\n  jsonata-js: %s\n  here:       %+v", b, sc.Text(), got)
	}
	if i != len(cases) {
		t.Fatalf("node answered %d of %d cases", i, len(cases))
	}
	var summary []string
	for fn, n := range perFn {
		summary = append(summary, fn+" "+itoa(perFnAgree[fn])+"/"+itoa(n))
	}
	t.Logf("agreement with jsonata-js: %d/%d (%.1f%%): %s", agree, len(cases), 100*float64(agree)/float64(len(cases)), strings.Join(summary, ", "))
}

func itoa(n int) string { return numString(float64(n)) }

// goArgs turns JSON arguments back into call's (nil stays as "").
func goArgs(args []any) []any {
	out := make([]any, len(args))
	for i, a := range args {
		switch v := a.(type) {
		case nil:
			out[i] = ""
		case map[string]any:
			m := map[string]string{}
			for k, x := range v {
				m[k], _ = x.(string)
			}
			out[i] = m
		default:
			out[i] = v
		}
	}
	return out
}
