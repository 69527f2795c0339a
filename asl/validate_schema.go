package asl

import (
	"slices"
	"strings"

	"github.com/stepwise-go/stepwise/jsontree"
)

// schema describes an object of fixed shape inside a state (a distributed
// Map's ItemReader, ReaderConfig, ItemBatcher, ResultWriter, WriterConfig):
// the fields it allows and how each is checked.
type schema struct {
	what      string // for messages: "ItemReader"
	fields    map[string]fieldRule
	exclusive [][2]string // pairs that exclude each other
	required  []string
	oneOf     []string // at least one of these is required
}

// fieldKind is the JSON shape a schema field takes.
type fieldKind uint8

const (
	kindString   fieldKind = iota
	kindStrings            // an array of strings
	kindInt                // an integer (or, in JSONata states, an expression)
	kindObject             // a nested schema
	kindTemplate           // a JSONPath payload template (Parameters)
	kindJSONata            // a JSONata value (Arguments)
	kindRefPath            // a reference path (the …Path fields)
	kindAny                // any JSON (checked as a template in JSONPath states)
)

// fieldRule is how one field of a schema is checked.
type fieldRule struct {
	kind     fieldKind
	enum     []string      // allowed values of a string
	min, max int64         // bounds of an integer (max 0: none)
	lang     QueryLanguage // the only language the field belongs to ("": both)
	sub      *schema       // for kindObject
}

// checkObject checks val against s at location at.
func (v *validator) checkObject(sc *scope, at Location, val *jsontree.Value, s *schema) {
	if val.Kind != jsontree.Object {
		v.add(sc, at, CodeWrongType, "%s must be an object, not %s", s.what, val.Kind)
		return
	}
	seen := map[string]bool{}
	for _, m := range val.Members {
		mat := at.At(m.Key)
		if seen[m.Key] {
			v.add(sc, mat, CodeDuplicateKey, "field %q appears more than once", m.Key)
			continue
		}
		seen[m.Key] = true
		rule, ok := s.fields[m.Key]
		if !ok {
			v.add(sc, mat, CodeUnknownField, "field %q is not allowed in %s (allowed: %s)", m.Key, s.what, strings.Join(sortedKeys(s.fields), ", "))
			continue
		}
		if rule.lang != "" && rule.lang != sc.lang {
			v.add(sc, mat, CodeQueryLanguageField, "%s is a %s field; this state uses %s", m.Key, rule.lang, sc.lang)
			continue
		}
		v.checkField(sc, mat, m.Key, m.Value, rule)
	}
	for _, pair := range s.exclusive {
		if seen[pair[0]] && seen[pair[1]] {
			v.add(sc, at.At(pair[1]), CodeExclusiveFields, "%s may have only one of %s and %s", s.what, pair[0], pair[1])
		}
	}
	for _, f := range s.required {
		if !seen[f] {
			v.add(sc, at, CodeMissingField, "%s needs %s", s.what, f)
		}
	}
	if len(s.oneOf) > 0 && !slices.ContainsFunc(s.oneOf, func(f string) bool { return seen[f] }) {
		v.add(sc, at, CodeMissingField, "%s needs at least one of %s", s.what, strings.Join(s.oneOf, ", "))
	}
}

func (v *validator) checkField(sc *scope, at Location, name string, val *jsontree.Value, rule fieldRule) {
	wrong := func(want string) { v.add(sc, at, CodeWrongType, "%s must be %s, not %s", name, want, val.Kind) }
	switch rule.kind {
	case kindString:
		if val.Kind != jsontree.String {
			wrong("a string")
		} else if rule.enum != nil && !slices.Contains(rule.enum, val.Text) {
			v.add(sc, at, CodeInvalidValue, "%s must be one of %s, not %q", name, strings.Join(rule.enum, ", "), val.Text)
		}
	case kindStrings:
		if val.Kind != jsontree.Array || slices.ContainsFunc(val.Items, func(it *jsontree.Value) bool { return it.Kind != jsontree.String }) {
			wrong("an array of strings")
		}
	case kindInt:
		v.checkIntField(sc, at, name, val, rule)
	case kindObject:
		v.checkObject(sc, at, val, rule.sub)
	case kindTemplate:
		v.templateValue(sc, at, val)
	case kindJSONata:
		v.expressionValue(sc, at, val)
	case kindRefPath:
		if val.Kind != jsontree.String {
			wrong("a path string")
			return
		}
		if sc.lang == JSONPath {
			v.referencePathAt(sc, at, val.Text)
		}
	case kindAny:
		if sc.lang == JSONata {
			v.expressionValue(sc, at, val)
		} else {
			v.templateValue(sc, at, val)
		}
	}
}

func (v *validator) checkIntField(sc *scope, at Location, name string, val *jsontree.Value, rule fieldRule) {
	if val.Kind == jsontree.String && sc.lang == JSONata {
		v.expression(sc, at, val.Text)
		return
	}
	n, ok := val.Int()
	if val.Kind != jsontree.Number || !ok {
		v.add(sc, at, CodeWrongType, "%s must be an integer, not %s", name, val.Kind)
		return
	}
	if n < rule.min || (rule.max > 0 && n > rule.max) {
		if rule.max > 0 {
			v.add(sc, at, CodeInvalidValue, "%s must be between %d and %d, not %d", name, rule.min, rule.max, n)
		} else {
			v.add(sc, at, CodeInvalidValue, "%s must be %d or more, not %d", name, rule.min, n)
		}
	}
}

func sortedKeys(m map[string]fieldRule) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
