package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

// TestFmtInventsNoFields: fmt refuses a definition that lacks a field the
// canonical form would print, instead of printing an invented one.
func TestFmtInventsNoFields(t *testing.T) {
	checkCLICases(t, []cliCase{
		{"fmt-empty-object", map[string]string{"empty.json": `{}`}, []string{"fmt", "empty.json"}, exitInvalid},
		{"fmt-task-without-resource", map[string]string{"task.json": `{"StartAt":"T","States":{"T":{"Type":"Task","End":true}}}`},
			[]string{"fmt", "task.json"}, exitInvalid},
		{"fmt-minimal", map[string]string{"min.json": `{"States":{"A":{"End":true,"Type":"Pass"}},"StartAt":"A"}`},
			[]string{"fmt", "min.json"}, exitOK},
	})
}

// TestFmtEmptyObjectLeftAlone: fmt -w does not rewrite a file it refuses.
func TestFmtEmptyObjectLeftAlone(t *testing.T) {
	t.Chdir(t.TempDir())
	if err := os.WriteFile("empty.json", []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, _ := runCLI("fmt", "-w", "empty.json"); code != exitInvalid {
		t.Errorf("fmt -w {}: exit %d, want %d", code, exitInvalid)
	}
	if b, _ := os.ReadFile("empty.json"); string(b) != "{}" {
		t.Errorf("fmt -w rewrote a refused file to %q", b)
	}
}

// TestFmtCorpusIdempotent formats every definition of the labelled corpus
// (../shared/corpus) that fmt accepts twice: the second pass must give
// the same bytes, and the first may add no key that the input lacks
// (checked here with encoding/json, apart from fmt's own check).
func TestFmtCorpusIdempotent(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "corpus", "*", "*.json"))
	if len(files) == 0 {
		t.Skip("../shared/corpus is absent: the fmt idempotence test needs the labelled corpus beside the repository")
	}
	accepted := 0
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		once, _ := formatDefinition(data)
		if once == nil {
			continue
		}
		accepted++
		twice, diags := formatDefinition(once)
		if !bytes.Equal(once, twice) {
			t.Errorf("%s: formatting twice changes the text (second pass problems: %v)", file, diags)
		}
		var in, out any
		if json.Unmarshal(data, &in) != nil || json.Unmarshal(once, &out) != nil {
			t.Errorf("%s: input or output is not JSON", file)
			continue
		}
		if p := addedKey(in, out, ""); p != "" {
			t.Errorf("%s: fmt added %s", file, p)
		}
	}
	if accepted < len(files)/2 {
		t.Errorf("fmt accepted only %d of %d corpus files", accepted, len(files))
	}
	t.Logf("fmt accepted %d of %d corpus files; each is idempotent and adds no key", accepted, len(files))
}

// addedKey returns the JSON pointer of a key in out that in lacks at the
// same place, or "".
func addedKey(in, out any, at string) string {
	switch o := out.(type) {
	case map[string]any:
		i, ok := in.(map[string]any)
		if !ok {
			return ""
		}
		for k, v := range o {
			iv, ok := i[k]
			if !ok {
				return at + "/" + k
			}
			if p := addedKey(iv, v, at+"/"+k); p != "" {
				return p
			}
		}
	case []any:
		i, ok := in.([]any)
		if !ok {
			return ""
		}
		for n := range min(len(i), len(o)) {
			if p := addedKey(i[n], o[n], at+"/"+strconv.Itoa(n)); p != "" {
				return p
			}
		}
	}
	return ""
}

// TestAddedKey: the test's own checker finds an added key and accepts a
// reordering, so TestFmtCorpusIdempotent can fail.
func TestAddedKey(t *testing.T) {
	var in, out, same any
	json.Unmarshal([]byte(`{"a":[{"b":1}]}`), &in)
	json.Unmarshal([]byte(`{"a":[{"b":1,"c":2}]}`), &out)
	json.Unmarshal([]byte(`{"a":[{"b":1}]}`), &same)
	if got := addedKey(in, out, ""); got != "/a/0/c" {
		t.Errorf("addedKey = %q, want /a/0/c", got)
	}
	if got := addedKey(in, same, ""); got != "" {
		t.Errorf("addedKey = %q, want none", got)
	}
}

// FuzzFmtIdempotent: whatever fmt accepts, it formats to a text that
// formats to itself and that adds no key to the input.
func FuzzFmtIdempotent(f *testing.F) {
	for _, s := range inputFiles {
		f.Add([]byte(s))
	}
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"StartAt":"T","States":{"T":{"Type":"Task","End":true}}}`))
	f.Add([]byte(`{"States":{"M":{"Type":"Map","Iterator":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}},"StartAt":"M"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		once, _ := formatDefinition(data)
		if once == nil {
			return
		}
		twice, diags := formatDefinition(once)
		if !bytes.Equal(once, twice) {
			t.Fatalf("formatting twice changes the text:\n%s\n%s\n%v", once, twice, diags)
		}
		var in, out any
		if json.Unmarshal(data, &in) == nil && json.Unmarshal(once, &out) == nil {
			if p := addedKey(in, out, ""); p != "" {
				t.Fatalf("fmt added %s:\n%s", p, once)
			}
		}
	})
}
