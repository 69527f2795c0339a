package asl_test

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stepwise-go/stepwise/asl"
)

// inlineMap is an inline Map with extra fields.
func inlineMap(fields string) string {
	return one(`{"Type": "Map", "End": true, "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}` + fields + `}`)
}

// jsonataTask is a Task in a JSONata machine with extra fields.
func jsonataTask(fields string) string {
	return `{"QueryLanguage": "JSONata", "StartAt": "S", "States": {"S": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true, ` + fields + `}}}`
}

// Rules AWS's language service applies (issue 15 item 4): a failing and a
// passing case each.
func init() {
	ruleCases = append(ruleCases, []struct {
		code      asl.Code
		bad, good string
	}{
		{asl.CodeInvalidValue, one(`{"Type": "Wait", "Seconds": 100000000, "End": true}`), one(`{"Type": "Wait", "Seconds": 99999999, "End": true}`)},
		{asl.CodeInvalidExpression, jsonataTask(`"Arguments": "hello"`), jsonataTask(`"Arguments": "{% $states.input %}"`)},
		{asl.CodeNextAndEnd, `{"StartAt": "S", "States": {"S": {"Type": "Pass", "Next": "T", "End": false}, "T": {"Type": "Succeed"}}}`,
			`{"StartAt": "S", "States": {"S": {"Type": "Pass", "Next": "T"}, "T": {"Type": "Succeed"}}}`},
		{asl.CodeWrongType, one(`{"Type": "Wait", "Seconds": 0.1e1, "End": true}`), one(`{"Type": "Wait", "Seconds": 1, "End": true}`)},
		{asl.CodeWrongType, task(`"TimeoutSeconds": 5.0`), task(`"TimeoutSeconds": 5`)},
		{asl.CodeWrongType, task(`"TimeoutSeconds": 99999999999999999999`), task(`"TimeoutSeconds": 99999999`)},
		{asl.CodeUnknownField, inlineMap(`, "ItemBatcher": {"MaxItemsPerBatch": 2}`), dmap(`"ItemBatcher": {"MaxItemsPerBatch": 2}`)},
		{asl.CodeUnknownField, inlineMap(`, "Label": "run"`), dmap(`"Label": "run"`)},
		{asl.CodeUnknownField, inlineMap(`, "ResultWriter": {"Resource": "arn:aws:states:::s3:putObject", "Parameters": {"Bucket": "b", "Prefix": "p"}}`),
			dmap(`"ResultWriter": {"Resource": "arn:aws:states:::s3:putObject", "Parameters": {"Bucket": "b", "Prefix": "p"}}`)},
		{asl.CodeUnknownField, inlineMap(`, "ItemReader": {"Resource": "arn:aws:states:::s3:listObjectsV2", "Parameters": {"Bucket": "b"}}`),
			dmap(`"ItemReader": {"Resource": "arn:aws:states:::s3:listObjectsV2", "Parameters": {"Bucket": "b"}}`)},
	}...)
}

// TestWarnings covers the rules that warn: AWS accepts the definition.
func TestWarnings(t *testing.T) {
	cases := []struct {
		name      string
		code      asl.Code
		bad, good string
	}{
		{"repeated key in Parameters", asl.CodeDuplicateKey, task(`"Parameters": {"a": 1, "a": 2}`), task(`"Parameters": {"a": 1, "b": 2}`)},
		{"repeated key deep in Result", asl.CodeDuplicateKey, one(`{"Type": "Pass", "Result": [{"x": {"k": 1, "k": 1}}], "End": true}`), one(`{"Type": "Pass", "Result": [{"x": {"k": 1}}, {"x": {"k": 1}}], "End": true}`)},
		{"repeated key in a large object", asl.CodeDuplicateKey, task(`"Parameters": {` + manyKeys(40) + `, "k7": 0}`), task(`"Parameters": {` + manyKeys(40) + `}`)},
		{"ToleratedFailureCount on an inline Map", asl.CodeUnknownField, inlineMap(`, "ToleratedFailureCount": 1`), dmap(`"ToleratedFailureCount": 1`)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := asl.ParseAndValidate([]byte(tc.bad))
			if diags.HasErrors() || !slices.Contains(diags.Codes(), tc.code) {
				t.Errorf("bad: want only warnings, a %s among them; got\n%s", tc.code, diags)
			}
			if _, diags := asl.ParseAndValidate([]byte(tc.good)); len(diags) > 0 {
				t.Errorf("good: want no problems, got\n%s", diags)
			}
		})
	}
}

func manyKeys(n int) string {
	keys := make([]string, n)
	for i := range keys {
		keys[i] = `"k` + strconv.Itoa(i) + `": 0`
	}
	return strings.Join(keys, ", ")
}

// TestMessagesSayWhatIsWrong checks the wording of messages that once
// left the reader guessing.
func TestMessagesSayWhatIsWrong(t *testing.T) {
	cases := []struct {
		name  string
		def   string
		words []string
	}{
		{"MaxAttempts above the maximum", task(`"Retry": [{"ErrorEquals": ["E"], "MaxAttempts": 100000000}]`), []string{"at most 99999999", "100000000"}},
		{"ResultPath into the context object", task(`"ResultPath": "$$.Execution"`), []string{"context object", "read-only"}},
		{"ResultPath into a variable", task(`"ResultPath": "$counter"`), []string{"variable", "Assign"}},
		{"$$ in JSONata", `{"QueryLanguage": "JSONata", "StartAt": "S", "States": {"S": {"Type": "Pass", "Output": "{% $$foo() %}", "End": true}}}`, []string{`"$$foo"`, "$states.context"}},
		{"integer overflow", task(`"TimeoutSeconds": 123456789012345678901234567890`), []string{"out of range", "123456789012345678901234567890"}},
		{"huge value quoted in part", one(`{"Type": "Task", "Resource": "` + strings.Repeat("x", 100000) + `", "End": true}`), []string{"…(100000 bytes in all)"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := asl.ParseAndValidate([]byte(tc.def))
			text := diags.Error()
			for _, w := range tc.words {
				if !strings.Contains(text, w) {
					t.Errorf("messages do not say %q:\n%s", w, text)
				}
			}
			if strings.Contains(text, "$$$") {
				t.Errorf("a name is printed with a doubled $:\n%s", text)
			}
			if len(text) > 2000 {
				t.Errorf("messages are %d bytes long; a diagnostic quotes at most %d characters of a value", len(text), asl.MaxQuoted)
			}
		})
	}
}
