package runtime

import (
	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/jsonata"
	"github.com/stepwise-go/stepwise/jsontree"
	"github.com/stepwise-go/stepwise/value"
)

// failSpec is a compiled Fail state: each of error and cause is a
// literal, a path or intrinsic (…Path fields), or a JSONata template.
type failSpec struct {
	errorT, causeT *tmpl
}

func compileFail(s *asl.Fail) (*failSpec, error) {
	fs := &failSpec{}
	one := func(lit, path *string, field string) (*tmpl, error) {
		switch {
		case path != nil:
			return compileDollar(*path, field)
		case lit != nil && jsonata.IsTemplate(*lit):
			return compileJSONataTemplate(jsontree.NewString(*lit), field)
		case lit != nil:
			return &tmpl{kind: tmplLiteral, lit: *lit}, nil
		}
		return nil, nil
	}
	var err error
	if fs.errorT, err = one(s.Error, s.ErrorPath, "ErrorPath"); err != nil {
		return nil, err
	}
	if s.Error != nil && fs.errorT != nil && fs.errorT.kind == tmplJSONata {
		fs.errorT.field = "Error"
	}
	if fs.causeT, err = one(s.Cause, s.CausePath, "CausePath"); err != nil {
		return nil, err
	}
	if s.Cause != nil && fs.causeT != nil && fs.causeT.kind == tmplJSONata {
		fs.causeT.field = "Cause"
	}
	return fs, nil
}

// runFail ends the block with the state's error and cause.
func (t *thread) runFail(st *state, raw value.Value) *failure {
	env := t.env(raw)
	if st.jsonata {
		env = t.statesEnv(raw, nil, nil)
	} else {
		t.note(noteAfterInputPath, raw)
	}
	f := &failure{}
	if st.fail.errorT != nil {
		v, ff := st.fail.errorT.eval(env)
		if ff != nil {
			return ff
		}
		f.Error, f.HasError = stringOf(v), true
	}
	if st.fail.causeT != nil {
		v, ff := st.fail.causeT.eval(env)
		if ff != nil {
			return ff
		}
		f.Cause, f.HasCause = stringOf(v), true
	}
	return f
}

// stringOf is a string value as it is, anything else as JSON text.
func stringOf(v value.Value) string {
	if s, ok := v.(string); ok {
		return s
	}
	return jsonText(v)
}
