package jsonata

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// corpusDir is the labelled corpus beside the repository (../shared/corpus
// from the repository root). CI has it; a clone elsewhere skips.
var corpusDir = filepath.Join("..", "..", "shared", "corpus")

// syntaxInvalid are the corpus files labelled invalid because of the
// syntax inside a JSONata expression: Parse must reject one of their
// expressions.
var syntaxInvalid = map[string]string{
	"asl-validator/invalid-assign.asl.json":                                  "420. (a number followed by a dot and nothing)",
	"asl-validator/invalid-jsonata-syntax-arithmetic.json":                   "10 + * 2",
	"asl-validator/invalid-jsonata-syntax-jsonpath-in-jsonata-surround.json": "JSONPath filter [?(@.price < 10)]",
	"asl-validator/invalid-jsonata-syntax-mismatched-parens.json":            "$sum( without )",
}

// labelDisagreements are corpus files labelled invalid for the form of the
// {% %} wrapper, whose expressions are nevertheless valid JSONata.
var labelDisagreements = map[string]string{
	"asl-validator/invalid-json-surround-syntax-extra-spaces.json": `asl-validator demands exactly one space inside {% %}; jsonata-js (and AWS, as far as is documented) accepts "{% \n10         %}"`,
	"asl-validator/invalid-jsonata-surround-syntax-no-spaces.json": `asl-validator demands exactly one space inside {% %}; "{%10%}" is a valid template`,
	"asl-validator/invalid-jsonata-surround-syntax-no-close.json":  `"{% 10 %" does not end with %}, so ASL reads it as a plain string, not an expression; whether AWS rejects the definition is not a JSONata syntax question`,
	"asl-validator/invalid-jsonata-surround-syntax-no-open.json":   `"10 %}" does not start with {%, so ASL reads it as a plain string`,
}

type corpusLabel struct {
	File     string   `json:"file"`
	Label    string   `json:"label"`
	Features []string `json:"features"`
}

// corpusString is a string value of a corpus definition.
type corpusString struct {
	file, pointer, value string
}

// TestCorpus parses every "{% … %}" string of the corpus files whose
// features include "jsonata", checks the verdicts against the labels, and
// (when node is available) against jsonata-js.
func TestCorpus(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(corpusDir, "labels.json"))
	if os.IsNotExist(err) {
		t.Skip("corpus not found at " + corpusDir)
	}
	if err != nil {
		t.Fatal(err)
	}
	var labels []corpusLabel
	if err := json.Unmarshal(data, &labels); err != nil {
		t.Fatal(err)
	}
	var templates []corpusString
	files := 0
	for _, l := range labels {
		if !slices.Contains(l.Features, "jsonata") {
			continue
		}
		files++
		raw, err := os.ReadFile(filepath.Join(corpusDir, l.File))
		if err != nil {
			t.Fatal(err)
		}
		dec := json.NewDecoder(bytes.NewReader(raw))
		dec.UseNumber()
		var doc any
		if err := dec.Decode(&doc); err != nil {
			t.Fatalf("%s: %v", l.File, err)
		}
		var strs []corpusString
		collectStrings(l.File, "", doc, &strs)
		rejected := 0
		for _, s := range strs {
			if !IsTemplate(s.value) {
				if strings.Contains(s.value, "{%") || strings.Contains(s.value, "%}") {
					t.Logf("%s%s: %q is not a template (a plain string for ASL)", s.file, s.pointer, s.value)
				}
				continue
			}
			templates = append(templates, s)
			if _, err := ParseTemplate(s.value); err != nil {
				rejected++
				t.Logf("%s%s: %q: %v", s.file, s.pointer, s.value, err)
			}
		}
		switch why, ok := syntaxInvalid[l.File]; {
		case ok && rejected == 0:
			t.Errorf("%s is labelled invalid for its JSONata syntax (%s), but every expression parses", l.File, why)
		case !ok && rejected > 0 && l.Label == "valid":
			t.Errorf("%s is labelled valid, but %d of its expressions do not parse", l.File, rejected)
		case !ok && rejected > 0:
			t.Errorf("%s: %d expressions do not parse; add it to syntaxInvalid if that is why it is labelled %s", l.File, rejected, l.Label)
		case !ok && l.Label == "invalid":
			if why, ok := labelDisagreements[l.File]; ok {
				t.Logf("%s: labelled invalid, expressions valid: %s", l.File, why)
			} else {
				t.Logf("%s: labelled invalid for a reason other than JSONata syntax", l.File)
			}
		}
	}
	t.Logf("%d corpus files with JSONata, %d templates", files, len(templates))

	t.Run("jsonata-js", func(t *testing.T) {
		bodies := make([]string, len(templates))
		for i, s := range templates {
			bodies[i] = s.value[2 : len(s.value)-2]
		}
		ref := referenceVerdicts(t, bodies)
		for i, s := range templates {
			_, err := ParseTemplate(s.value)
			if (err == nil) != ref[i].OK {
				t.Errorf("%s%s: ParseTemplate(%q) = %v; jsonata-js: %s", s.file, s.pointer, s.value, err, ref[i])
			}
		}
	})
}

// collectStrings appends every string value below v (object keys are not
// evaluated by ASL, so they are left out), with its JSON pointer.
func collectStrings(file, pointer string, v any, out *[]corpusString) {
	switch v := v.(type) {
	case string:
		*out = append(*out, corpusString{file, pointer, v})
	case []any:
		for i, x := range v {
			collectStrings(file, pointer+"/"+strconv.Itoa(i), x, out)
		}
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			esc := strings.NewReplacer("~", "~0", "/", "~1").Replace(k)
			collectStrings(file, pointer+"/"+esc, v[k], out)
		}
	}
}
