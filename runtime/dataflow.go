package runtime

import (
	"fmt"

	"github.com/stepwise-go/stepwise/value"
)

// The JSONPath pipeline: InputPath → Parameters → work → ResultSelector →
// ResultPath → OutputPath.

// applyInputPath selects the effective input; null gives {}.
func (t *thread) applyInputPath(p *nullablePath, raw value.Value) (value.Value, *failure) {
	return t.selectPath(p, raw)
}

// applyOutputPath selects the state output; null gives {}.
func (t *thread) applyOutputPath(p *nullablePath, v value.Value) (value.Value, *failure) {
	return t.selectPath(p, v)
}

func (t *thread) selectPath(p *nullablePath, v value.Value) (value.Value, *failure) {
	if p == nil {
		return v, nil
	}
	if p.null {
		return value.NewObject(0), nil
	}
	out, ok, err := t.readPath(p.ref, v)
	if err != nil || !ok {
		return nil, t.invalidPath(p.ref)
	}
	return out, nil
}

// invalidPath is AWS's "Invalid path" runtime error.
func (t *thread) invalidPath(p *pathRef) *failure {
	return t.runtimeFailure(fmt.Sprintf("Invalid path '%s' : No results for path: %s", p.raw, canonicalPath(p.path)))
}

// applyResultPath places result into the raw state input; null keeps the
// input, absent replaces it.
func (t *thread) applyResultPath(p *nullablePath, raw, result value.Value) (value.Value, *failure) {
	if p == nil {
		return result, nil
	}
	if p.null {
		return raw, nil
	}
	if len(p.ref.path.Segments) == 0 {
		return result, nil
	}
	out, err := setPath(raw, p.ref.path, result)
	if err != nil {
		return nil, t.resultPathFailure(p.ref.raw, raw)
	}
	return out, nil
}

// resultPathFailure is States.ResultPathMatchFailure: ResultPath crosses
// something other than an object in the raw input (AWS documents the
// error; its cause is not recorded, so this one names the path and input).
func (t *thread) resultPathFailure(path string, raw value.Value) *failure {
	return fail(ErrResultPathMatchFailure, t.prefix()+fmt.Sprintf("Unable to apply ResultPath '%s' to the input '%s'", path, jsonText(raw)))
}

// assignJSONPath evaluates a JSONPath Assign over the state result.
func (t *thread) assignJSONPath(a *tmpl, result value.Value) (*value.Object, *failure) {
	if a == nil {
		return nil, nil
	}
	v, f := a.eval(t.env(result))
	if f != nil {
		return nil, f
	}
	o, _ := v.(*value.Object)
	return o, nil
}

// jsonataOutput evaluates Output and Assign of a JSONata state over the
// same $states; without Output the state outputs def.
func (t *thread) jsonataOutput(st *state, outputT, assignT *tmpl, env *evalEnv, def value.Value) (value.Value, *value.Object, *failure) {
	var assigned *value.Object
	if assignT != nil {
		v, f := assignT.eval(env)
		if f != nil {
			return nil, nil, f
		}
		assigned, _ = v.(*value.Object)
	}
	out := def
	if outputT != nil {
		v, f := outputT.eval(env)
		if f != nil {
			return nil, nil, f
		}
		out = v
	}
	return out, assigned, nil
}

// note records a value of the pipeline for TestState's inspection data
// (afterInputPath, result, …); one nil check when no TestState runs.
func (t *thread) note(key string, v value.Value) {
	if t.ex.test != nil {
		t.ex.test.note(key, v)
	}
}

// finishWithResult ends a state that produced a result (Task, Map,
// Parallel): Output and Assign over $states.result in JSONata, the
// JSONPath result pipeline otherwise.
func (t *thread) finishWithResult(st *state, raw, result value.Value) (stepResult, *failure) {
	if st.jsonata {
		out, assigned, f := t.jsonataOutput(st, st.output, st.assign, t.statesEnv(raw, result, nil), result)
		if f != nil {
			return stepResult{}, f
		}
		return stepResult{output: out, next: st.next, assigned: assigned}, nil
	}
	return t.finishJSONPath(st, raw, result)
}

// finishJSONPath runs ResultSelector, ResultPath, OutputPath and Assign
// for a state with a result.
func (t *thread) finishJSONPath(st *state, raw, result value.Value) (stepResult, *failure) {
	if st.resultSelector != nil {
		v, f := st.resultSelector.eval(t.env(result))
		if f != nil {
			return stepResult{}, f
		}
		result = v
	}
	t.note(noteAfterResultSelector, result)
	assigned, f := t.assignJSONPath(st.assign, result)
	if f != nil {
		return stepResult{}, f
	}
	merged, f := t.applyResultPath(st.resultPath, raw, result)
	if f != nil {
		return stepResult{}, f
	}
	t.note(noteAfterResultPath, merged)
	out, f := t.applyOutputPath(st.outputPath, merged)
	if f != nil {
		return stepResult{}, f
	}
	return stepResult{output: out, next: st.next, assigned: assigned}, nil
}
