package runtime

import (
	"github.com/stepwise-go/stepwise/value"
)

// runPass: Parameters or Result become the result.
func (t *thread) runPass(st *state, raw value.Value) (stepResult, *failure) {
	if st.jsonata {
		out, assigned, f := t.jsonataOutput(st, st.output, st.assign, t.statesEnv(raw, nil, nil), raw)
		if f != nil {
			return stepResult{}, f
		}
		return stepResult{output: out, next: st.next, assigned: assigned}, nil
	}
	eff, f := t.applyInputPath(st.inputPath, raw)
	if f != nil {
		return stepResult{}, f
	}
	if st.result == nil { // with a Result, TestState reports the result instead
		t.note(noteAfterInputPath, eff)
	}
	if st.parameters != nil {
		if eff, f = st.parameters.eval(t.env(eff)); f != nil {
			return stepResult{}, f
		}
	}
	result := eff
	if st.result != nil {
		result = st.result.lit
		t.note(noteResult, result)
	} else {
		t.note(noteAfterParameters, eff)
	}
	return t.finishJSONPath(st, raw, result) // a Pass has no ResultSelector
}

// passThrough is the data flow of Choice, Wait and Succeed: InputPath,
// then OutputPath (JSONPath), or Output and Assign (JSONata). It returns
// the effective input too, which Choice rules and Wait paths read.
func (t *thread) passThrough(st *state, raw value.Value, next int) (stepResult, value.Value, *failure) {
	if st.jsonata {
		out, assigned, f := t.jsonataOutput(st, st.output, st.assign, t.statesEnv(raw, nil, nil), raw)
		if f != nil {
			return stepResult{}, nil, f
		}
		return stepResult{output: out, next: next, assigned: assigned}, raw, nil
	}
	eff, f := t.applyInputPath(st.inputPath, raw)
	if f != nil {
		return stepResult{}, nil, f
	}
	t.note(noteAfterInputPath, eff)
	assigned, f := t.assignJSONPath(st.assign, eff)
	if f != nil {
		return stepResult{}, nil, f
	}
	out, f := t.applyOutputPath(st.outputPath, eff)
	if f != nil {
		return stepResult{}, nil, f
	}
	return stepResult{output: out, next: next, assigned: assigned}, eff, nil
}

// runSucceed ends the block successfully.
func (t *thread) runSucceed(st *state, raw value.Value) (stepResult, *failure) {
	r, _, f := t.passThrough(st, raw, -1)
	return r, f
}
