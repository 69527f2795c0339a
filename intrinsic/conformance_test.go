package intrinsic

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stepwise-go/stepwise/jsonpath"
	"github.com/stepwise-go/stepwise/value"
)

// conformanceDir holds executions recorded on AWS: the shared reference
// material beside the repository (../shared from its root), or under
// $STEPWISE_SHARED when that is set. A clone without it skips.
func conformanceDir() string {
	shared := filepath.Join("..", "..", "shared")
	if env := os.Getenv("STEPWISE_SHARED"); env != "" {
		shared = env
	}
	return filepath.Join(shared, "conformance", "cases", "executions", "intrinsic_functions")
}

// recordedCase is the part of a recorded execution this test reads.
type recordedCase struct {
	Definition struct {
		QueryLanguage string                     `json:"QueryLanguage"`
		StartAt       string                     `json:"StartAt"`
		States        map[string]json.RawMessage `json:"States"`
	} `json:"definition"`
	Input    json.RawMessage `json:"input"`
	Expected struct {
		Status string          `json:"status"`
		Output json.RawMessage `json:"output"`
		Error  string          `json:"error"`
		Cause  string          `json:"cause"`
	} `json:"expected"`
	Context          map[string]string `json:"context"`
	Nondeterministic bool              `json:"nondeterministic"`
}

// passState is a Pass state of a recorded definition.
type passState struct {
	Type          string          `json:"Type"`
	QueryLanguage string          `json:"QueryLanguage"`
	Parameters    json.RawMessage `json:"Parameters"`
	Next          string          `json:"Next"`
	End           bool            `json:"End"`
}

// TestRecordedExecutions runs the Parameters of every recorded case that
// is a chain of JSONPath Pass states and compares with what AWS returned.
func TestRecordedExecutions(t *testing.T) {
	dir := conformanceDir()
	files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	if len(files) == 0 {
		t.Skipf("no recorded executions at %s (the shared conformance corpus is absent)", dir)
	}
	ran, matched := 0, 0
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		var rc recordedCase
		if err := json.Unmarshal(data, &rc); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		name := filepath.Base(file)
		got, gotErr, ok := runPassChain(t, &rc)
		if !ok {
			continue
		}
		ran++
		if problem := compareRecorded(&rc, got, gotErr); problem != "" {
			t.Errorf("%s: %s", name, problem)
			continue
		}
		matched++
	}
	t.Logf("%d of %d Pass-chain cases match AWS (%d files)", matched, ran, len(files))
	if ran == 0 {
		t.Error("no recorded case was a Pass chain; the corpus format may have changed")
	}
}

// runPassChain runs the Pass states from StartAt, each replacing its
// input by its evaluated Parameters. ok is false for a case this helper
// cannot run (JSONata, other state types).
func runPassChain(t *testing.T, rc *recordedCase) (out value.Value, err error, ok bool) {
	t.Helper()
	if rc.Definition.QueryLanguage == "JSONata" {
		return nil, nil, false
	}
	input, perr := value.Parse(rc.Input)
	if perr != nil {
		t.Fatalf("input: %v", perr)
	}
	state := rc.Definition.StartAt
	for steps := 0; steps < 100; steps++ {
		var ps passState
		if json.Unmarshal(rc.Definition.States[state], &ps) != nil || ps.Type != "Pass" || ps.QueryLanguage == "JSONata" {
			return nil, nil, false
		}
		if ps.Parameters != nil {
			params, perr := value.Parse(ps.Parameters)
			if perr != nil {
				t.Fatalf("Parameters: %v", perr)
			}
			env := &Env{Input: input, Context: contextObject(rc, state)}
			input, err = evalParameters(params, env)
			if err != nil {
				return nil, err, true
			}
		}
		if ps.End {
			return input, nil, true
		}
		state = ps.Next
	}
	return nil, nil, false
}

// contextObject builds $$ for a Pass state the way AWS lays it out.
func contextObject(rc *recordedCase, state string) value.Value {
	input, _ := value.Parse(rc.Input)
	exec := value.NewObject(6)
	exec.Set("Id", rc.Context["execution_arn"])
	exec.Set("Input", input)
	exec.Set("StartTime", "date")
	exec.Set("Name", rc.Context["execution_name"])
	exec.Set("RoleArn", rc.Context["role_arn"])
	exec.Set("RedriveCount", 0.0)
	sm := value.NewObject(2)
	sm.Set("Id", rc.Context["state_machine_arn"])
	sm.Set("Name", rc.Context["state_machine_name"])
	st := value.NewObject(2)
	st.Set("Name", state)
	st.Set("EnteredTime", "date")
	ctx := value.NewObject(3)
	ctx.Set("Execution", exec)
	ctx.Set("StateMachine", sm)
	ctx.Set("State", st)
	return ctx
}

// evalParameters evaluates a Parameters template the way a Pass state
// does: "key.$" values are intrinsic calls or paths, the rest are copied
// (nested objects evaluated likewise).
func evalParameters(tmpl value.Value, env *Env) (value.Value, error) {
	obj, ok := tmpl.(*value.Object)
	if !ok {
		return tmpl, nil
	}
	out := value.NewObject(obj.Len())
	for _, k := range obj.Keys() {
		v, _ := obj.Get(k)
		field, isExpr := strings.CutSuffix(k, ".$")
		src, isString := v.(string)
		if !isExpr || !isString {
			ev, err := evalParameters(v, env)
			if err != nil {
				return nil, err
			}
			out.Set(k, ev)
			continue
		}
		var result value.Value
		if LooksLikeCall(src) {
			call, err := Parse(src)
			if err != nil {
				return nil, err
			}
			prog, err := Compile(call)
			if err != nil {
				return nil, err
			}
			if result, err = prog.Eval(env); err != nil {
				return nil, err
			}
		} else {
			p, err := jsonpath.Parse(src)
			if err != nil {
				return nil, err
			}
			root := env.Input
			if p.Root == jsonpath.Context {
				root = env.Context
			}
			v, found, err := p.Eval(root)
			if err != nil || !found {
				return nil, fmt.Errorf("path %s: found=%v err=%v", src, found, err)
			}
			result = v
		}
		out.Set(field, result)
	}
	return out, nil
}

// uuidPattern matches a version 4 UUID.
var uuidPattern = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)

// compareRecorded says how the result differs from the recording, or "".
func compareRecorded(rc *recordedCase, got value.Value, gotErr error) string {
	if rc.Expected.Status != "SUCCEEDED" {
		f, ok := AsFailure(gotErr)
		switch {
		case !ok:
			return fmt.Sprintf("want %s failure, got %v / %s", rc.Expected.Error, gotErr, value.Marshal(got))
		case f.Error != rc.Expected.Error || !strings.HasSuffix(rc.Expected.Cause, f.Cause):
			return fmt.Sprintf("want %s %q, got %s %q", rc.Expected.Error, rc.Expected.Cause, f.Error, f.Cause)
		}
		return ""
	}
	if gotErr != nil {
		return fmt.Sprintf("unexpected error %v", gotErr)
	}
	want, err := value.Parse(rc.Expected.Output)
	if err != nil {
		return fmt.Sprintf("recorded output: %v", err)
	}
	if rc.Nondeterministic {
		// The recorder replaced the random FunctionResult by a marker.
		obj, _ := got.(*value.Object)
		r, _ := obj.Get("FunctionResult")
		switch x := r.(type) {
		case float64:
		case string:
			if !uuidPattern.MatchString(x) {
				return fmt.Sprintf("not a v4 UUID: %q", x)
			}
		default:
			return fmt.Sprintf("random result of the wrong type: %s", value.Marshal(r))
		}
		return ""
	}
	if !value.Equal(want, got) {
		return fmt.Sprintf("output differs:\nwant %s\n got %s", value.Marshal(want), value.Marshal(got))
	}
	return ""
}
