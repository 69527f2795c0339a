package asl_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/jsontree"
)

// corpusDir is the labelled corpus beside the repository (../shared/corpus
// from the repository root). CI has it; a clone elsewhere skips.
var corpusDir = filepath.Join("..", "..", "shared", "corpus")

type corpusEntry struct {
	File  string `json:"file"`
	Label string `json:"label"`
}

// verdict is stepwise's judgement of a corpus file where it differs from
// the label, because AWS's documented behaviour says otherwise.
type verdict struct {
	valid bool
	code  asl.Code // for invalid verdicts: the problem that must be reported
	why   string
}

const (
	notAnARN          = "Resource \"foo:bar\" is not an ARN; AWS rejects it (the corpus README notes this too), statelint does not check it"
	cfnObject         = "Resource is a CloudFormation intrinsic object (Fn::GetAtt/Ref): valid only before CloudFormation resolves it; AWS rejects it as written"
	jsonPathInJsonata = "a JSONPath state inside a JSONata machine: AWS rejects it (\"'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine\")"
	noRoleArn         = "Credentials without RoleArn: AWS rejects it (\"The field 'RoleArn' is required but was missing\", in the conformance verdicts)"
	inlineReader      = "ItemReader, ResultWriter and Label on an inline Map (no ProcessorConfig): the AWS guide lists them only as Distributed Map fields and AWS's language service rejects them"
	spacing           = "asl-validator demands exactly one space inside {% %}; AWS documents no such rule and evaluates the expression"
)

// corpusVerdicts records where stepwise deliberately disagrees with a
// corpus label. The test fails if a verdict stops holding.
var corpusVerdicts = map[string]verdict{
	"asl-validator/valid-task-intrisic-function.json":              {false, asl.CodeWrongType, cfnObject},
	"asl-validator/valid-map-with-item-batcher-jsonata.json":       {false, asl.CodeQueryLanguageMix, jsonPathInJsonata},
	"asl-validator/invalid-json-surround-syntax-extra-spaces.json": {true, "", spacing},
	"asl-validator/valid-map-noconfig.asl.json":                    {false, asl.CodeUnknownField, inlineReader},
	"asl-validator/valid-task-credentials.json":                    {false, asl.CodeMissingField, noRoleArn},
	"asl-validator/invalid-jsonata-surround-syntax-no-spaces.json": {true, "", spacing},
	"statelint/backoff-with-backoffrate-decimal.json":              {false, asl.CodeInvalidResource, notAnARN},
	"statelint/backoff-with-backoffrate-integer.json":              {false, asl.CodeInvalidResource, notAnARN},
	"statelint/backoff-with-jitter-on-retry.json":                  {false, asl.CodeInvalidResource, notAnARN},
	"statelint/states-array-intrinsic-functions.json":              {false, asl.CodeInvalidResource, notAnARN},
	"statelint/states-array-invocation.json":                       {false, asl.CodeInvalidResource, notAnARN},
	"statelint/states-encoding-decoding-intrinsic-functions.json":  {false, asl.CodeInvalidResource, notAnARN},
	"statelint/states-format-invocation.json":                      {false, asl.CodeInvalidResource, notAnARN},
	"statelint/states-hash-intrinsic-functions.json":               {false, asl.CodeInvalidResource, notAnARN},
	"statelint/states-json-intrinsic-functions.json":               {false, asl.CodeInvalidResource, notAnARN},
	"statelint/states-jsontostring-invocation.json":                {false, asl.CodeInvalidResource, notAnARN},
	"statelint/states-math-intrinsic-functions.json":               {false, asl.CodeInvalidResource, notAnARN},
	"statelint/states-string-intrinsic-functions.json":             {false, asl.CodeInvalidResource, notAnARN},
	"statelint/states-stringtojson-invocation.json":                {false, asl.CodeInvalidResource, notAnARN},
	"statelint/states-uuid-intrinsic-functions.json":               {false, asl.CodeInvalidResource, notAnARN},
	"statelint/task-with-credentials.json":                         {false, asl.CodeInvalidResource, notAnARN},
	"statelint/task-with-dynamic-timeouts.json":                    {false, asl.CodeInvalidResource, notAnARN},
	"statelint/task-with-parameters.json":                          {false, asl.CodeInvalidResource, notAnARN},
	"statelint/task-with-resultpath.json":                          {false, asl.CodeInvalidResource, notAnARN},
	"statelint/task-with-resultselector.json":                      {false, asl.CodeInvalidResource, notAnARN},
}

func loadCorpus(t *testing.T) []corpusEntry {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(corpusDir, "labels.json"))
	if os.IsNotExist(err) {
		t.Skipf("corpus not found at %s (it lives in ../shared beside the repository); skipping", corpusDir)
	}
	if err != nil {
		t.Fatal(err)
	}
	var entries []corpusEntry
	if err := json.Unmarshal(data, &entries); err != nil {
		t.Fatalf("labels.json: %v", err)
	}
	return entries
}

func TestCorpusLabels(t *testing.T) {
	for _, e := range loadCorpus(t) {
		t.Run(e.File, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(corpusDir, e.File))
			if err != nil {
				t.Fatal(err)
			}
			_, diags := asl.ParseAndValidate(data)
			want := strings.HasPrefix(e.Label, "valid")
			v, overridden := corpusVerdicts[e.File]
			if overridden {
				want = v.valid
			}
			if got := !diags.HasErrors(); got != want {
				t.Errorf("valid = %v, want %v (label %q)\n%s", got, want, e.Label, diags)
			}
			if overridden && v.code != "" && !slices.Contains(diags.Codes(), v.code) {
				t.Errorf("want a %s problem (%s), got:\n%s", v.code, v.why, diags)
			}
		})
	}
}

// TestCorpusRoundTrip checks, for every definition stepwise accepts, that
// rendering the parsed model gives the same JSON (semantically) and that
// rendering is a fixed point (byte-identical the second time).
func TestCorpusRoundTrip(t *testing.T) {
	for _, e := range loadCorpus(t) {
		data, err := os.ReadFile(filepath.Join(corpusDir, e.File))
		if err != nil {
			t.Fatal(err)
		}
		m, diags := asl.ParseAndValidate(data)
		if m == nil || diags.HasErrors() {
			continue
		}
		t.Run(e.File, func(t *testing.T) { checkRoundTrip(t, data, m) })
	}
}

// checkRoundTrip checks render(parse(x)) ≡ x and that a second round
// changes no byte.
func checkRoundTrip(t *testing.T, original []byte, m *asl.Machine) {
	t.Helper()
	first := asl.Render(m)
	want, _ := jsontree.Parse(original)
	got, err := jsontree.Parse(first)
	if err != nil {
		t.Fatalf("rendered text is not JSON: %v\n%s", err, first)
	}
	if !jsontree.Equal(want, got) {
		t.Errorf("render(parse(x)) differs from x:\n%s", first)
	}
	m2, diags := asl.Parse(first)
	if diags.HasErrors() {
		t.Fatalf("rendered text does not parse:\n%s", diags)
	}
	if second := asl.Render(m2); !bytes.Equal(first, second) {
		t.Errorf("render is not a fixed point:\nfirst:\n%s\nsecond:\n%s", first, second)
	}
	if pretty, size := asl.RenderMeasured(m); !bytes.Equal(pretty, first) {
		t.Errorf("RenderMeasured's text differs from Render's")
	} else if streamed, streamedSize := writeByState(m); !bytes.Equal(streamed, first) || streamedSize != size {
		t.Errorf("MachineWriter's text or size differs from RenderMeasured's")
	} else if compact := asl.RenderCompact(m); size != len(compact) {
		t.Errorf("RenderMeasured counts %d compact bytes, RenderCompact has %d", size, len(compact))
	} else if bytes.ContainsRune(compact, '\n') {
		t.Errorf("compact form has a newline")
	} else if c, err := jsontree.Parse(compact); err != nil || !jsontree.Equal(c, got) {
		t.Errorf("compact form differs from the indented one: %v", err)
	}
}
