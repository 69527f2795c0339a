package runtime_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/stepwise-go/stepwise/runtime"
	"github.com/stepwise-go/stepwise/tasks"
	"github.com/stepwise-go/stepwise/value"
)

// casesDir holds the AWS recordings (shared reference material, outside
// the repository: beside the checkout, or beside a worktree's parent).
var casesDir = func() string {
	for _, up := range []string{filepath.Join("..", ".."), filepath.Join("..", "..", "..")} {
		d := filepath.Join(up, "shared", "conformance", "cases")
		if _, err := os.Stat(d); err == nil {
			return d
		}
	}
	return filepath.Join("..", "..", "shared", "conformance", "cases")
}()

// confCase is the part of a conformance case file the test reads.
type confCase struct {
	ID         string          `json:"id"`
	Definition json.RawMessage `json:"definition"`
	Input      json.RawMessage `json:"input"`
	Expected   map[string]any  `json:"expected"`
	Events     []any           `json:"events"`
	EventsOrd  any             `json:"events_order"`
	Context    map[string]any  `json:"context"`
	Normalise  []map[string]any
	Nondet     []string `json:"nondeterministic_fields"`
	// TestCase and MockConfig answer Task states (executions_mocked/).
	TestCase   string          `json:"test_case"`
	MockConfig json.RawMessage `json:"mock_config"`
}

// TestConformance runs every recorded execution (executions/**,
// executions_mocked/** with its mock file, choice_operators/*) through the runtime and compares the result and
// the history with AWS's, after check.py's normalisation. Cases listed in
// expectedFailures must fail (with the reason given there).
func TestConformance(t *testing.T) {
	if _, err := os.Stat(casesDir); err != nil {
		t.Skipf("conformance cases not found at %s (shared reference material is absent)", casesDir)
	}
	var files []string
	for _, dir := range []string{"executions", "executions_mocked"} {
		filepath.WalkDir(filepath.Join(casesDir, dir), func(p string, d os.DirEntry, err error) error {
			if err == nil && strings.HasSuffix(p, ".json") {
				files = append(files, p)
			}
			return nil
		})
	}
	ops, _ := filepath.Glob(filepath.Join(casesDir, "choice_operators", "*.json"))
	files = append(files, ops...)
	passed, failedAsExpected, skipped := 0, 0, 0
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		var c confCase
		if err := json.Unmarshal(data, &c); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		var raw map[string]any
		json.Unmarshal(data, &raw)
		if rs, ok := raw["normalise"].([]any); ok {
			for _, r := range rs {
				if m, ok := r.(map[string]any); ok {
					c.Normalise = append(c.Normalise, m)
				}
			}
		}
		if reason := skipReason(&c); reason != "" {
			skipped++
			continue
		}
		diff := runCase(&c)
		reason, listed := expectedFailures[c.ID]
		switch {
		case diff == "" && listed:
			t.Errorf("%s passes now but is listed in expectedFailures (%s): remove it from the list", c.ID, reason)
		case diff == "":
			passed++
		case listed:
			failedAsExpected++
		default:
			t.Errorf("%s: %s", c.ID, diff)
		}
	}
	t.Logf("conformance: %d passed, %d expected failures, %d skipped (of %d cases)", passed, failedAsExpected, skipped, len(files))
}

// skipReason mirrors check.py's skips: inputs holding a date computed at
// recording time, which no runner can reproduce.
func skipReason(c *confCase) string {
	if strings.Contains(string(c.Input), "<timestamp>") || strings.Contains(string(c.Input), "<runtime:") {
		return "input computed at recording time"
	}
	return ""
}

// runCase runs one case and returns the first difference, or "".
func runCase(c *confCase) string {
	prog, err := runtime.CompileDefinition(c.Definition)
	if err != nil {
		return "compile: " + firstLine(err.Error())
	}
	input, err := value.Parse(c.Input)
	if err != nil {
		return "input: " + err.Error()
	}
	ctxv := c.Context
	str := func(k, def string) string {
		if s, ok := ctxv[k].(string); ok {
			return s
		}
		return def
	}
	opts := &runtime.Options{
		Type:             str("state_machine_type", "STANDARD"),
		StateMachineName: str("state_machine_name", "<ArnPart_0idx>"),
		StateMachineArn:  str("state_machine_arn", "arn:<partition>:states:<region>:111111111111:stateMachine:<ArnPart_0idx>"),
		Name:             str("execution_name", "<ExecArnPart_0idx>"),
		ExecutionArn:     str("execution_arn", "arn:<partition>:states:<region>:111111111111:execution:<ArnPart_0idx>:<ExecArnPart_0idx>"),
		RoleArn:          str("role_arn", "snf_role_arn"),
	}
	if len(c.MockConfig) > 0 {
		mocks, err := tasks.ParseMockFile(mockConfigText(c.MockConfig), c.ID)
		if err != nil {
			return "mock file: " + firstLine(err.Error())
		}
		mc, err := mocks.Case(opts.StateMachineName, c.TestCase)
		if err != nil {
			return "mock file: " + firstLine(err.Error())
		}
		opts.Tasks = mockHandler(opts.StateMachineName, mc)
	}
	res, events := prog.Run(context.Background(), input, opts)
	got := map[string]any{"status": string(res.Status)}
	if res.Status == runtime.Succeeded {
		got["output"] = toGo(res.Output)
	}
	if res.Error != "" {
		got["error"] = res.Error
	}
	if res.Cause != "" {
		got["cause"] = res.Cause
	}
	want := map[string]any{}
	for _, k := range []string{"status", "output", "error", "cause"} {
		if v, ok := c.Expected[k]; ok {
			want[k] = v
		}
	}
	n := normaliser(c)
	ignoreResult := fieldsUnder(c.Nondet, "expected")
	if d := compare(n(want), n(got), ignoreResult, "result"); d != "" {
		return d
	}
	if c.Events == nil {
		return ""
	}
	actual := n(caseShape(events)).([]any)
	expected := n(c.Events).([]any)
	if c.EventsOrd != nil {
		actual = parallelSort(actual)
		return compareMultiset(expected, actual, fieldsUnder(c.Nondet, "events"))
	}
	return compare(expected, actual, fieldsUnder(c.Nondet, "events"), "events")
}

// mockHandler answers Task states from a mock test case, as stepwise
// run --mocks does: a Throw fails the task, anything else stops the run.
func mockHandler(machine string, mc *tasks.MockCase) runtime.TaskHandler {
	return func(ctx context.Context, req *runtime.TaskRequest) (value.Value, error) {
		out, ok, err := tasks.Chain(mc).Respond(ctx, &tasks.Request{StateMachine: machine, State: req.State,
			Resource: req.Resource, Input: req.Parameters, Context: req.Context})
		var f *tasks.Failure
		switch {
		case errors.As(err, &f):
			return nil, &runtime.TaskError{Name: f.Name, Cause: f.Cause}
		case err != nil:
			return nil, runtime.Stop(err)
		case !ok:
			return nil, runtime.Stop(fmt.Errorf("no mocked response for %s", req.State))
		}
		return out, nil
	}
}

// mockConfigText is the mock file of a case: JSON text, or a JSON object.
func mockConfigText(raw json.RawMessage) []byte {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return []byte(s)
	}
	return raw
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

func toGo(v value.Value) any {
	var x any
	json.Unmarshal(value.Marshal(v), &x)
	return x
}

// caseShape converts the history as check.py does: timestamp and roleArn
// dropped, details under "details", input/output/assigned values decoded.
func caseShape(events []runtime.Event) any {
	out := make([]any, 0, len(events))
	for _, e := range events {
		m := map[string]any{"type": e.Type, "id": float64(e.ID), "previousEventId": float64(e.PreviousEventID)}
		if e.Details != nil && e.DetailsKey() != "" {
			var d map[string]any
			json.Unmarshal(value.Marshal(e.Details), &d)
			delete(d, "roleArn")
			for _, k := range []string{"input", "output"} {
				if s, ok := d[k].(string); ok {
					d[k] = decode(s)
				}
			}
			if av, ok := d["assignedVariables"].(map[string]any); ok {
				for k, v := range av {
					if s, ok := v.(string); ok {
						av[k] = decode(s)
					}
				}
			}
			m["details"] = d
		}
		out = append(out, m)
	}
	return out
}

func decode(s string) any {
	var x any
	if json.Unmarshal([]byte(s), &x) != nil {
		return s
	}
	return x
}

const iso8601 = `(?:[1-9]\d{3}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[1-9]\d(?:0[48]|[2468][048]|[13579][26])|(?:[2468][048]|[13579][26])00)-02-29)T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,9})?(?:Z|[+-][01]\d:?([0-5]\d)?)`

var (
	isoRE       = regexp.MustCompile(iso8601)
	isoStartRE  = regexp.MustCompile(`^(?:` + iso8601 + `|date)`)
	uuidRE      = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`)
	causeJSONRE = regexp.MustCompile(`(?s)^(.*)'(\{.*\})'`)
	refRE       = regexp.MustCompile(`<([A-Za-z][A-Za-z0-9_.\-]*):([0-9a-zA-Z\-]+)>`)
)

// normaliser applies check.py's global rules and the case's regex and
// key_value rules; references <name:N> lose their number (only which
// name matters here), and strings starting with "{" are parsed.
func normaliser(c *confCase) func(any) any {
	type rx struct {
		re  *regexp.Regexp
		rep string
	}
	var regexes []rx
	keyValues := map[string]string{}
	for _, r := range c.Normalise {
		switch r["kind"] {
		case "regex":
			if re, err := regexp.Compile(fmt.Sprint(r["pattern"])); err == nil {
				regexes = append(regexes, rx{re, fmt.Sprint(r["replacement"])})
			}
		case "key_value":
			keyValues[fmt.Sprint(r["key"])] = fmt.Sprint(r["replacement"])
		}
	}
	var walk func(key string, v any) any
	walk = func(key string, v any) any {
		switch x := v.(type) {
		case map[string]any:
			o := make(map[string]any, len(x))
			for k, v := range x {
				o[k] = walk(k, v)
			}
			return o
		case []any:
			a := make([]any, len(x))
			for i, v := range x {
				a[i] = walk("", v)
			}
			return a
		case string:
			if strings.Contains(strings.ToLower(key), "timestamp") && !isoStartRE.MatchString(x) {
				return "timestamp"
			}
			if strings.HasPrefix(strings.TrimSpace(x), "{") {
				var parsed any
				if json.Unmarshal([]byte(x), &parsed) == nil {
					return walk(key, parsed)
				}
			}
			if key == "cause" {
				if m := causeJSONRE.FindStringSubmatchIndex(x); m != nil && json.Valid([]byte(x[m[4]:m[5]])) {
					x = x[:m[4]] + "<json-input>" + x[m[5]:]
				}
			}
			x = isoRE.ReplaceAllString(x, "date")
			if strings.HasSuffix(strings.ToLower(key), "id") && uuidRE.MatchString(x) {
				x = "<uuid>"
			}
			for _, r := range regexes {
				x = r.re.ReplaceAllString(x, r.rep)
			}
			if rep, ok := keyValues[key]; ok && x != "" {
				x = "<" + rep + ">"
			}
			return refRE.ReplaceAllString(x, "<$1>")
		case nil, bool:
			return x
		}
		if key != "" && strings.Contains(strings.ToLower(key), "timestamp") {
			return "timestamp"
		}
		return v
	}
	return func(v any) any { return walk("", v) }
}

// fieldsUnder returns the nondeterministic paths below root ("output.a").
func fieldsUnder(fields []string, root string) []string {
	var out []string
	for _, f := range fields {
		if f == root {
			out = append(out, "")
		} else if strings.HasPrefix(f, root+".") || strings.HasPrefix(f, root+"[") {
			out = append(out, strings.TrimPrefix(f[len(root):], "."))
		}
	}
	return out
}

var pathTokenRE = regexp.MustCompile(`\.?([^.\[\]]+)|\[(\d+)\]`)

// ignore blanks the value at path (check.py's mark_ignored) in doc.
func ignore(doc any, path string) any {
	if path == "" {
		return "<ignored>"
	}
	toks := pathTokenRE.FindAllStringSubmatch(path, -1)
	var rec func(node any, i int) any
	rec = func(node any, i int) any {
		if i == len(toks) {
			return "<ignored>"
		}
		if toks[i][2] != "" {
			a, ok := node.([]any)
			var idx int
			fmt.Sscan(toks[i][2], &idx)
			if !ok || idx >= len(a) {
				return node
			}
			a[idx] = rec(a[idx], i+1)
			return a
		}
		m, ok := node.(map[string]any)
		if !ok {
			return node
		}
		if v, ok := m[toks[i][1]]; ok {
			m[toks[i][1]] = rec(v, i+1)
		}
		return m
	}
	return rec(doc, 0)
}

func compare(want, got any, ignored []string, label string) string {
	for _, p := range ignored {
		want = ignore(want, p)
		got = ignore(got, p)
	}
	if reflect.DeepEqual(want, got) {
		return ""
	}
	w, _ := json.Marshal(want)
	g, _ := json.Marshal(got)
	return fmt.Sprintf("%s differs:\n want %.600s\n got  %.600s", label, w, g)
}

// parallelSort is the recorder's Parallel reordering as check.py applies
// it (the same list surgery, quirks included): events between
// ParallelStateStarted and a closing ParallelState* event get id and
// previousEventId 0 and are sorted; a later close within the same stretch
// drops what lies between (so ParallelStateSucceeded disappears).
func parallelSort(events []any) []any {
	startIdx := -1
	var sublist []any
	in := false
	for i := 0; i < len(events); i++ {
		m, ok := events[i].(map[string]any)
		if !ok {
			in = false
			continue
		}
		switch t, _ := m["type"].(string); {
		case t == "ParallelStateSucceeded" || t == "ParallelStateAborted" || t == "ParallelStateExited" || t == "ParallelStateFailed":
			if startIdx >= 0 {
				sorted := append([]any(nil), sublist...)
				sort.SliceStable(sorted, func(x, y int) bool { return sortKey(sorted[x]) < sortKey(sorted[y]) })
				rest := append([]any(nil), events[i:]...)
				events = append(append(events[:startIdx:startIdx], sorted...), rest...)
				i = startIdx + len(sorted)
			}
			in = false
		case t == "ParallelStateStarted":
			in = true
			sublist = nil
			startIdx = i + 1
		case in:
			m["id"], m["previousEventId"] = 0.0, 0.0
			sublist = append(sublist, m)
		}
	}
	return events
}

func sortKey(v any) string {
	b, _ := json.Marshal(v) // encoding/json sorts map keys, like sort_keys=True
	return string(b)
}

// compareMultiset compares the events with ids in order and the zero-id
// (Parallel branch) events as a multiset.
func compareMultiset(want, got []any, ignored []string) string {
	split := func(events []any) (seq []any, set []string) {
		for _, e := range events {
			m := e.(map[string]any)
			if m["id"] == 0.0 && m["previousEventId"] == 0.0 {
				b, _ := json.Marshal(m)
				set = append(set, string(b))
			} else {
				seq = append(seq, m)
			}
		}
		sort.Strings(set)
		return
	}
	ws, wset := split(want)
	gs, gset := split(got)
	if d := compare(ws, gs, ignored, "events(ordered)"); d != "" {
		return d
	}
	if !reflect.DeepEqual(wset, gset) {
		return fmt.Sprintf("Parallel branch events differ: want %d, got %d", len(wset), len(gset))
	}
	return ""
}
