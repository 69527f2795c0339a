package sfn

import (
	"github.com/stepwise-go/stepwise/jsontree"
)

// dualValue is a payload of a field both query languages have (Assign,
// ItemSelector), converted for both: a Path value is a "key.$" member in
// JSONPath states and a "{% … %}" expression in JSONata states. Build
// picks the form of the state's effective language, which is known only
// then, and reports the JSONata form's problems only when it uses it.
type dualValue struct {
	jsonPath *jsontree.Value
	jsonata  *jsontree.Value // nil when both forms are the same
	probs    problems        // the JSONata form's own problems
}

// dualPayload converts x for field of the state s in both forms. Problems
// of the JSONPath form (and those both forms share) are recorded on s at
// once; those of the JSONata form only are kept for pick. With object
// set, the value must be a JSON object.
func dualPayload(ps *problems, field string, x any, object bool) dualValue {
	jp, pathIssues := convertPayload(x, jsonPathMode)
	for _, is := range pathIssues {
		ps.add(append([]any{field}, is.where...), "%s", is.msg)
	}
	if object && len(pathIssues) == 0 && jp.Kind != jsontree.Object {
		ps.add([]any{field}, msgNotObject, field, jp.Kind)
	}
	v := dualValue{jsonPath: jp}
	if x == nil {
		return v
	}
	ata, issues, dynamic := convertDynamic(x, jsonataMode)
	if !dynamic {
		return v
	}
	v.jsonata = ata
	shared := map[string]bool{}
	for _, is := range pathIssues {
		shared[is.msg] = true
	}
	for _, is := range issues {
		if !shared[is.msg] {
			v.probs.add(append([]any{field}, is.where...), "%s", is.msg)
		}
	}
	return v
}

// pick returns the form for a state of language lang and reports the
// JSONata form's problems at at when it is the one used.
func (v dualValue) pick(lang QueryLanguage, at site) *jsontree.Value {
	if lang != JSONata || v.jsonata == nil {
		return v.jsonPath
	}
	if len(v.probs) > 0 {
		at.b.report(at.loc(), v.probs)
	}
	return v.jsonata
}
