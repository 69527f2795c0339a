package asl_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stepwise-go/stepwise/asl"
)

// verdictsDir holds definitions real AWS accepted or rejected, with AWS's
// messages (../shared/conformance/verdicts from the repository root).
var verdictsDir = filepath.Join("..", "..", "shared", "conformance", "verdicts")

// awsVerdict is one recorded verdict file.
type awsVerdict struct {
	ID             string          `json:"id"`
	Definition     json.RawMessage `json:"definition"`
	DefinitionText *string         `json:"definition_text"`
	Type           string          `json:"type"`
	Scope          string          `json:"scope"` // "state-machine", or "state" for the TestState API
	AWS            struct {
		Error       string `json:"error"`
		Message     string `json:"message"`
		Result      string `json:"result"`
		Diagnostics []struct {
			Location string `json:"location"`
			Message  string `json:"message"`
		} `json:"diagnostics"`
	} `json:"aws"`
}

// text returns the definition as AWS received it; a single state given
// to the TestState API is wrapped in a machine, as AWS's locations
// (/States/StateName/…) show it does.
func (c awsVerdict) text() []byte {
	if c.DefinitionText != nil {
		return []byte(*c.DefinitionText)
	}
	if c.Scope == "state" {
		return []byte(`{"StartAt":"StateName","States":{"StateName":` + string(c.Definition) + `}}`)
	}
	return c.Definition
}

func loadVerdicts(t *testing.T, kind string) map[string]awsVerdict {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(verdictsDir, kind, "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Skipf("AWS verdicts not found at %s (they live in ../shared beside the repository); skipping", verdictsDir)
	}
	out := make(map[string]awsVerdict, len(files))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var c awsVerdict
		if err := json.Unmarshal(data, &c); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out[filepath.Base(f)] = c
	}
	return out
}

func validateVerdict(t *testing.T, c awsVerdict) asl.Diagnostics {
	t.Helper()
	mt, err := asl.ParseMachineType(c.Type)
	if err != nil {
		t.Fatalf("%s: %v", c.ID, err)
	}
	_, diags := asl.Options{Type: mt}.ParseAndValidate(c.text())
	return diags
}

// TestAWSAccepted: every definition AWS accepted validates without errors.
func TestAWSAccepted(t *testing.T) {
	for name, c := range loadVerdicts(t, "accepted") {
		t.Run(name, func(t *testing.T) {
			if diags := validateVerdict(t, c); diags.HasErrors() {
				t.Errorf("AWS accepted this %s definition; stepwise rejects it:\n%s\n%s", c.Type, diags, c.text())
			}
		})
	}
}

// awsPointer finds the JSON pointer AWS's message names ("… at
// /States/Query/Resource").
var awsPointer = regexp.MustCompile(` at (/[^' ]*)'?$`)

// TestAWSRejected: every definition AWS rejected gives at least one
// error, and where AWS's message names a location or a field, one of our
// errors is at that location (or inside it) and names the same thing.
func TestAWSRejected(t *testing.T) {
	located := 0
	for name, c := range loadVerdicts(t, "rejected") {
		t.Run(name, func(t *testing.T) {
			diags := validateVerdict(t, c)
			if !diags.HasErrors() {
				t.Fatalf("AWS rejected this %s definition (%s); stepwise accepts it:\n%s\n%s", c.Type, c.AWS.Message, diags, c.text())
			}
			want := ""
			if m := awsPointer.FindStringSubmatch(strings.TrimSuffix(c.AWS.Message, "'")); m != nil {
				want = m[1]
			}
			for _, d := range c.AWS.Diagnostics {
				if strings.HasPrefix(d.Location, "/") {
					want = d.Location
				}
			}
			if want == "" {
				return
			}
			located++
			for _, d := range diags {
				if d.Severity == asl.Error && strings.HasPrefix(d.At.Pointer(), want) {
					return
				}
				// AWS names the object that lacks a field; we may name the field.
				if d.Severity == asl.Error && strings.HasPrefix(want, d.At.Pointer()) && d.At.Pointer() != "" {
					return
				}
			}
			t.Errorf("AWS reports the problem at %s (%s%s); no error of ours is there:\n%s", want, c.AWS.Message, c.AWS.Diagnostics, diags)
		})
	}
	if located == 0 {
		t.Errorf("no AWS message named a location; the location check cannot have run")
	}
}

// TestAWSRejectedMessages checks a sample of AWS's messages for the
// field or rule they name: our message must name it too.
func TestAWSRejectedMessages(t *testing.T) {
	verdicts := loadVerdicts(t, "rejected")
	cases := []struct {
		file  string
		code  asl.Code
		words []string // each must appear in our message
	}{
		{"credentials__test_invalid_credentials_field[EMPTY_CREDENTIALS]@invalid_definition.json", asl.CodeMissingField, []string{"RoleArn"}},
		{"credentials__test_invalid_credentials_field[INVALID_CREDENTIALS_FIELD]@invalid_definition.json", asl.CodeMissingField, []string{"RoleArn"}},
		{"services__test_invalid_integration@exception.json", asl.CodeInvalidResource, []string{"dynamodb:query", "not a Step Functions optimized integration"}},
		{"test_sfn_api_express__test_illegal_callbacks[SYNC]@creation_error.json", asl.CodeExpressPattern, []string{"Express", ".sync"}},
		{"test_sfn_api_map_run__test_map_state_label_empty_fail@map_state_label_empty_fail.json", asl.CodeInvalidValue, []string{"Label", "empty"}},
		{"test_sfn_api_map_run__test_map_state_label_invalid_char_fail[%3A]@map_state_label_invalid_char_fail.json", asl.CodeInvalidValue, []string{"Label"}},
		{"test_sfn_api_validation__test_validate_state_machine_definition_type_standard[INVALID_DOWNGRADE_QUERY_LANGUAGE]@validation_response.json", asl.CodeQueryLanguageMix, []string{"JSONPath", "JSONata"}},
		{"test_sfn_api_validation__test_validate_state_machine_definition_type_standard[INVALID_BASE_NO_STARTAT]@validation_response.json", asl.CodeMissingField, []string{"StartAt"}},
		{"test_state__test_parallel_state_empty_branches@validation_exception.json", asl.CodeParallelNoBranches, []string{"branch"}},
	}
	for _, tc := range cases {
		t.Run(tc.file, func(t *testing.T) {
			c, ok := verdicts[tc.file]
			if !ok {
				t.Fatalf("verdict file %s is gone", tc.file)
			}
			for _, d := range validateVerdict(t, c) {
				if d.Code != tc.code {
					continue
				}
				for _, w := range tc.words {
					if !strings.Contains(d.Message, w) {
						t.Errorf("AWS says %q; our %s message %q does not name %q", c.AWS.Message, tc.code, d.Message, w)
					}
				}
				return
			}
			t.Errorf("AWS says %q; we report no %s problem", c.AWS.Message, tc.code)
		})
	}
}
