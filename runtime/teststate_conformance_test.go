package runtime_test

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/stepwise-go/stepwise/runtime"
	"github.com/stepwise-go/stepwise/value"
)

// realLambda is why a case that invoked a deployed Lambda function cannot
// pass: TestState answers a Task locally only from a mock or a handler.
const realLambda = "AWS invoked a real Lambda function (the recording dropped the roleArn); locally a Task state needs a mock or a task handler"

// expectedTestStateFailures lists the TestState cases this build cannot
// pass, with the reason for each; TestTestStateConformance fails when a
// listed case passes.
var expectedTestStateFailures = map[string]string{
	"test_state/test_base_lambda_service_task_state[DEBUG]": realLambda,
	"test_state/test_base_lambda_service_task_state[INFO]":  realLambda,
}

// tsCase is the part of a test_state case file the test reads.
type tsCase struct {
	ID          string                     `json:"id"`
	Request     map[string]json.RawMessage `json:"request"`
	Expected    map[string]any             `json:"expected"`
	JSONDecoded []string                   `json:"request_json_decoded"`
	Nondet      []string                   `json:"nondeterministic_fields"`
	Normalise   []map[string]any           `json:"normalise"`
}

// testStateFields are the request fields check.py maps to flags.
var testStateFields = map[string]bool{"definition": true, "input": true, "variables": true, "inspectionLevel": true,
	"mock": true, "stateName": true, "revealSecrets": true, "context": true, "stateConfiguration": true}

// TestTestStateConformance runs every recorded TestState call
// (test_state/*.json) through runtime.TestState and compares the
// response, or the API error's code and message, with AWS's, skipping
// what check.py skips.
func TestTestStateConformance(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(casesDir, "test_state", "*.json"))
	if len(files) == 0 {
		t.Skipf("TestState cases not found under %s (shared reference material is absent)", casesDir)
	}
	cases := make([]*tsCase, 0, len(files))
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		c := &tsCase{}
		if err := json.Unmarshal(data, c); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		cases = append(cases, c)
	}
	ambiguous := ambiguousCases(cases)
	passed, failedAsExpected, skipped := 0, 0, 0
	for _, c := range cases {
		if ambiguous[c.ID] || tsSkipReason(c) != "" {
			skipped++
			continue
		}
		diff := runTestStateCase(c)
		reason, listed := expectedTestStateFailures[c.ID]
		switch {
		case diff == "" && listed:
			t.Errorf("%s passes now but is listed in expectedTestStateFailures (%s): remove it", c.ID, reason)
		case diff == "":
			passed++
		case listed:
			failedAsExpected++
		default:
			t.Errorf("%s: %s", c.ID, diff)
		}
	}
	t.Logf("test_state conformance: %d passed, %d expected failures, %d skipped (of %d cases)", passed, failedAsExpected, skipped, len(cases))
}

// tsSkipReason mirrors check.py: request fields without a flag, and
// request values computed at recording time.
func tsSkipReason(c *tsCase) string {
	for k := range c.Request {
		if !testStateFields[k] {
			return "request field " + k + " has no flag"
		}
	}
	for _, f := range c.Nondet {
		if !strings.HasPrefix(f, "request") {
			continue
		}
		var req any
		b, _ := json.Marshal(c.Request)
		json.Unmarshal(b, &req)
		v := lookup(map[string]any{"request": req}, f)
		if s, ok := v.(string); ok && (strings.Contains(s, "<timestamp>") || strings.Contains(s, "datetime") || strings.Contains(s, "strftime")) {
			return "request holds a date computed at recording time"
		}
	}
	return ""
}

// ambiguousCases finds cases whose identical requests recorded different
// responses (no implementation can pass all of them).
func ambiguousCases(cases []*tsCase) map[string]bool {
	groups := map[string][]*tsCase{}
	for _, c := range cases {
		keys := make([]string, 0, len(c.Request))
		for k := range c.Request {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var b strings.Builder
		for _, k := range keys {
			b.WriteString(k + "=" + string(c.Request[k]) + ";")
		}
		groups[b.String()] = append(groups[b.String()], c)
	}
	out := map[string]bool{}
	for _, g := range groups {
		sigs := map[string]bool{}
		for _, c := range g {
			exp := toGo(mustValue(c.Expected))
			for _, p := range fieldsUnder(c.Nondet, "expected") {
				exp = ignore(exp, p)
			}
			b, _ := json.Marshal(exp)
			sigs[string(b)] = true
		}
		if len(sigs) > 1 {
			for _, c := range g {
				out[c.ID] = true
			}
		}
	}
	return out
}

func mustValue(x any) value.Value {
	b, _ := json.Marshal(x)
	v, _ := value.Parse(b)
	return v
}

var botoErrorRE = regexp.MustCompile(`(?s)^An error occurred \((\w+)\) when calling the TestState operation: (.*)$`)

// runTestStateCase runs one case and returns the first difference, or "".
func runTestStateCase(c *tsCase) string {
	req, err := testStateRequest(c)
	if err != nil {
		return "request: " + err.Error()
	}
	resp, err := runtime.TestState(context.Background(), req)
	if ae, ok := c.Expected["api_error"].(map[string]any); ok {
		var code, msg string
		if e, ok := ae["Error"].(map[string]any); ok {
			code, _ = e["Code"].(string)
			msg, _ = e["Message"].(string)
		} else if m := botoErrorRE.FindStringSubmatch(stringOf(ae["exception_value"])); m != nil {
			code, msg = m[1], m[2]
		}
		var apiErr *runtime.APIError
		if !errors.As(err, &apiErr) {
			return "want API error " + code + ": " + msg + "; got a response"
		}
		if apiErr.Code != code || apiErr.Message != msg {
			return "want API error " + code + ": " + msg + "; got " + apiErr.Error()
		}
		return ""
	}
	if err != nil {
		return "unexpected error: " + err.Error()
	}
	n := normaliser(&confCase{Normalise: c.Normalise})
	return compare(n(c.Expected), n(toGo(resp.JSON())), fieldsUnder(c.Nondet, "expected"), "response")
}

// testStateRequest builds the request as check.py builds the flags.
func testStateRequest(c *tsCase) (*runtime.TestStateRequest, error) {
	req := &runtime.TestStateRequest{}
	text := func(field string) []byte {
		raw := c.Request[field]
		var s string
		if json.Unmarshal(raw, &s) == nil && !contains(c.JSONDecoded, field) {
			return []byte(s) // sent as JSON text
		}
		return raw
	}
	var err error
	if _, ok := c.Request["definition"]; ok {
		req.Definition = text("definition")
	}
	if _, ok := c.Request["input"]; ok {
		if req.Input, err = value.Parse(text("input")); err != nil {
			return nil, err
		}
	}
	if _, ok := c.Request["variables"]; ok {
		v, err := value.Parse(text("variables"))
		if err != nil {
			return nil, err
		}
		req.Variables, _ = v.(*value.Object)
	}
	json.Unmarshal(c.Request["inspectionLevel"], &req.InspectionLevel)
	json.Unmarshal(c.Request["stateName"], &req.StateName)
	json.Unmarshal(c.Request["revealSecrets"], &req.RevealSecrets)
	if raw, ok := c.Request["mock"]; ok {
		var m struct {
			Result              json.RawMessage          `json:"result"`
			ErrorOutput         *runtime.MockErrorOutput `json:"errorOutput"`
			FieldValidationMode string                   `json:"fieldValidationMode"`
		}
		if err := json.Unmarshal(raw, &m); err != nil {
			return nil, err
		}
		req.Mock = &runtime.TestStateMock{ErrorOutput: m.ErrorOutput, FieldValidationMode: m.FieldValidationMode}
		var s string
		if len(m.Result) > 0 {
			if json.Unmarshal(m.Result, &s) == nil && !contains(c.JSONDecoded, "mock.result") {
				req.Mock.Result = s
			} else {
				req.Mock.Result = string(m.Result)
			}
		}
	}
	if _, ok := c.Request["context"]; ok {
		if req.Context, err = value.Parse(text("context")); err != nil {
			return nil, err
		}
	}
	if _, ok := c.Request["stateConfiguration"]; ok {
		req.Config = &runtime.StateConfiguration{}
		if err := json.Unmarshal(text("stateConfiguration"), req.Config); err != nil {
			return nil, err
		}
	}
	return req, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func stringOf(v any) string {
	s, _ := v.(string)
	return s
}

// lookup reads a dotted path ("request.input.a[0]") in doc.
func lookup(doc any, path string) any {
	for _, tok := range pathTokenRE.FindAllStringSubmatch(path, -1) {
		switch node := doc.(type) {
		case map[string]any:
			doc = node[tok[1]]
		case []any:
			i := 0
			for _, ch := range tok[2] {
				i = i*10 + int(ch-'0')
			}
			if tok[2] == "" || i >= len(node) {
				return nil
			}
			doc = node[i]
		default:
			return nil
		}
	}
	return doc
}
