package asl

import (
	"strings"

	"github.com/stepwise-go/stepwise/intrinsic"
	"github.com/stepwise-go/stepwise/jsonpath"
	"github.com/stepwise-go/stepwise/jsontree"
)

// path checks that s is a JSONPath and returns it parsed, or nil.
// Parsed paths are cached by text: machines repeat their paths a lot.
func (v *validator) path(sc *scope, at Location, s string) *jsonpath.Path {
	p, ok := v.paths[s]
	if !ok || p == nil {
		var err error
		p, err = jsonpath.Parse(strings.TrimSpace(s))
		if err != nil {
			v.add(sc, at, CodeInvalidPath, "%q is not a valid JSONPath: %v", s, err)
			return nil
		}
		v.paths[s] = p
	}
	if p.Root == jsonpath.Variable {
		v.read(sc, p.Variable, at)
	}
	return p
}

// nullablePath checks InputPath/OutputPath: a JSONPath or null.
func (v *validator) nullablePath(sc *scope, field string, p *NullablePath) {
	if p != nil && !p.Null && sc.lang == JSONPath {
		v.path(sc, sc.at.At(field), p.Path)
	}
}

// referencePath checks a field that must be a reference path (one node: no
// wildcards, filters, slices, unions or recursive descent).
func (v *validator) referencePath(sc *scope, field string, s *string) {
	if s == nil || sc.lang == JSONata {
		return
	}
	v.referencePathAt(sc, sc.at.At(field), *s)
}

// referencePathAt checks s, at location at, as a reference path.
func (v *validator) referencePathAt(sc *scope, at Location, s string) {
	if p := v.path(sc, at, s); p != nil && !p.IsReference() {
		v.add(sc, at, CodeInvalidRefPath, "%q must be a reference path: a single node, without wildcards, filters, slices, unions, negative indexes or '..'", s)
	}
}

// resultPath checks ResultPath: null, or a reference path into the state's
// input ($…), not the context object or a variable.
func (v *validator) resultPath(sc *scope, field string, p *NullablePath) {
	if p == nil || p.Null || sc.lang == JSONata {
		return
	}
	v.referencePath(sc, field, &p.Path)
	if rp := v.paths[p.Path]; rp != nil && rp.Root != jsonpath.Input {
		why := "a variable: ResultPath writes into the state's input; set variables with Assign"
		if strings.HasPrefix(p.Path, "$$") {
			why = "the context object ($$), which is read-only: ResultPath writes into the state's input"
		}
		v.add(sc, sc.at.At(field), CodeInvalidRefPath, "ResultPath %s cannot write to %s (start it with \"$.\", or \"$\" for the whole input)", excerpt(p.Path), why)
	}
}

// template checks a JSONPath payload template (Parameters, ResultSelector,
// ItemSelector, Assign): every key ending in ".$" must hold a path or an
// intrinsic function call.
func (v *validator) template(sc *scope, field string, t *jsontree.Value) {
	if t == nil || sc.lang == JSONata {
		return
	}
	v.templateValue(sc, sc.at.At(field), t)
}

func (v *validator) templateValue(sc *scope, at Location, t *jsontree.Value) {
	switch t.Kind {
	case jsontree.Object:
		for _, m := range t.Members {
			mat := at.At(m.Key)
			if base, ok := strings.CutSuffix(m.Key, ".$"); ok && t.Get(base) != nil {
				v.add(sc, mat, CodeDuplicateKey, "%q and %q both set the field %q", base, m.Key, base)
			}
			if strings.HasSuffix(m.Key, ".$") && len(m.Key) > 2 {
				v.dynamicValue(sc, mat, m.Value, nil)
				continue
			}
			v.templateValue(sc, mat, m.Value)
		}
	case jsontree.Array:
		for i, it := range t.Items {
			v.templateValue(sc, at.Index(i), it)
		}
	}
}

// dynamicValue checks the value of a ".$" key (or a …Path field that also
// takes intrinsics): a JSONPath or an intrinsic call. allowed, when not nil,
// limits which intrinsic functions may be used.
func (v *validator) dynamicValue(sc *scope, at Location, val *jsontree.Value, allowed map[string]bool) {
	if val.Kind != jsontree.String {
		v.add(sc, at, CodeInvalidPayloadPath, "a key ending in \".$\" must hold a string (a JSONPath or an intrinsic function call), not %s", val.Kind)
		return
	}
	v.pathOrIntrinsic(sc, at, val.Text, allowed)
}

func (v *validator) pathOrIntrinsic(sc *scope, at Location, s string, allowed map[string]bool) {
	switch {
	case intrinsic.LooksLikeCall(s):
		call, err := intrinsic.Parse(maskPlaceholders(s))
		if err != nil {
			v.add(sc, at, CodeInvalidIntrinsic, "%q: %v", s, err)
			return
		}
		for _, e := range intrinsic.Check(call) {
			v.add(sc, at, CodeInvalidIntrinsic, "%q: %v", s, e)
		}
		v.intrinsicReads(sc, at, call)
		if allowed != nil && !allowed[call.Name] {
			v.add(sc, at, CodeInvalidIntrinsic, "%s cannot be used here; allowed: States.Format, States.JsonToString, States.ArrayGetItem, States.Base64Encode, States.Base64Decode, States.Hash, States.UUID", call.Name)
		}
	case strings.HasPrefix(s, "$"):
		v.path(sc, at, s)
	default:
		v.add(sc, at, CodeInvalidPayloadPath, "%q is neither a JSONPath (starting with \"$\") nor an intrinsic function call (States.…)", s)
	}
}

// failPathFunctions are the intrinsic functions Fail's ErrorPath and
// CausePath accept.
var failPathFunctions = map[string]bool{
	"States.Format": true, "States.JsonToString": true, "States.ArrayGetItem": true,
	"States.Base64Encode": true, "States.Base64Decode": true, "States.Hash": true, "States.UUID": true,
}

func (v *validator) failPath(sc *scope, field string, s *string) {
	if s != nil && sc.lang == JSONPath {
		v.pathOrIntrinsic(sc, sc.at.At(field), *s, failPathFunctions)
	}
}

// credentials checks a Task's Credentials object (usually {"RoleArn": …}):
// its ".$" keys like any payload template.

// maskPlaceholders replaces each ${Name} deploy-time placeholder with as
// many x's, so that checks of the text around it keep their positions.
func maskPlaceholders(s string) string {
	if !strings.Contains(s, "${") {
		return s
	}
	return placeholder.ReplaceAllStringFunc(s, func(p string) string { return strings.Repeat("x", len(p)) })
}
