package iam

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
)

// Effect says whether a statement allows or denies its actions.
type Effect string

// The two effects.
const (
	EffectAllow Effect = "Allow"
	EffectDeny  Effect = "Deny"
)

// Statement is one IAM policy statement. Make one with Allow (or Deny) and
// narrow it with On and When; the zero Effect means Allow. Statements are
// values: On and When return changed copies.
type Statement struct {
	Effect     Effect
	Actions    []string    // "service:Action"; never a wildcard
	Resources  []string    // ARNs, possibly with placeholders; "*" only where AWS requires it
	Conditions []Condition // all must hold
}

// Condition is one condition of a statement: Operator (StringEquals,
// StringLike, ArnLike, …), the context Key (aws:SourceAccount,
// states:HTTPMethod, …) and the Values, any of which may match.
type Condition struct {
	Operator string
	Key      string
	Values   []string
}

// Allow returns a statement that allows actions ("service:Action"). It has
// no resources until On gives them.
func Allow(actions ...string) Statement {
	return Statement{Effect: EffectAllow, Actions: slices.Clone(actions)}
}

// Deny returns a statement that denies actions.
func Deny(actions ...string) Statement {
	return Statement{Effect: EffectDeny, Actions: slices.Clone(actions)}
}

// On returns s with resources appended.
func (s Statement) On(resources ...string) Statement {
	s.Resources = append(slices.Clip(s.Resources), resources...)
	return s
}

// When returns s with a condition appended: operator, context key, values.
func (s Statement) When(operator, key string, values ...string) Statement {
	s.Conditions = append(slices.Clip(s.Conditions), Condition{Operator: operator, Key: key, Values: slices.Clone(values)})
	return s
}

// effect returns the effect, Allow for the zero value.
func (s Statement) effect() Effect {
	if s.Effect == "" {
		return EffectAllow
	}
	return s.Effect
}

// Problems returns what is wrong with s, one message each: no actions or
// resources, an action that is not "service:Action" or holds a wildcard,
// a malformed placeholder.
func (s Statement) Problems() []string {
	var out []string
	if s.Effect != "" && s.Effect != EffectAllow && s.Effect != EffectDeny {
		out = append(out, fmt.Sprintf("effect %q is neither Allow nor Deny", s.Effect))
	}
	if len(s.Actions) == 0 {
		out = append(out, "the statement has no actions")
	}
	for _, a := range s.Actions {
		service, action, ok := strings.Cut(a, ":")
		switch {
		case strings.ContainsAny(a, "*?"):
			out = append(out, fmt.Sprintf("action %q holds a wildcard; name every action", a))
		case !ok || service == "" || action == "" || strings.ContainsAny(a, " \t\n/"):
			out = append(out, fmt.Sprintf("action %q is not of the form service:Action", a))
		}
	}
	if len(s.Resources) == 0 {
		out = append(out, fmt.Sprintf("the statement for %s has no resources", strings.Join(s.Actions, ", ")))
	}
	for _, r := range s.Resources {
		if _, err := Placeholders(r); err != nil {
			out = append(out, fmt.Sprintf("resource %q: %v", r, err))
		}
	}
	for _, c := range s.Conditions {
		if c.Operator == "" || c.Key == "" || len(c.Values) == 0 {
			out = append(out, fmt.Sprintf("condition %s %s %v needs an operator, a key and values", c.Operator, c.Key, c.Values))
		}
	}
	return out
}

// key identifies what a statement grants apart from its resources:
// statements with equal keys are merged by Aggregate.
func (s Statement) key() string {
	var b strings.Builder
	b.WriteString(string(s.effect()))
	for _, a := range s.Actions {
		b.WriteString("\x00a" + a)
	}
	for _, c := range s.Conditions {
		b.WriteString("\x00c" + c.Operator + "\x01" + c.Key)
		for _, v := range c.Values {
			b.WriteString("\x01" + v)
		}
	}
	return b.String()
}

// Aggregate de-duplicates statements for one policy: statements that grant
// the same actions (in the same order) under the same conditions become
// one, with the union of their resources in first-seen order. The result
// keeps the order in which each distinct statement first appears, so it
// is deterministic. The input is not changed.
func Aggregate(statements []Statement) []Statement {
	var out []Statement
	index := map[string]int{}
	for _, s := range statements {
		k := s.key()
		i, ok := index[k]
		if !ok {
			index[k] = len(out)
			c := s
			c.Effect = s.effect()
			c.Actions = slices.Clone(s.Actions)
			c.Resources = nil
			c.Conditions = slices.Clone(s.Conditions)
			out = append(out, c)
			i = len(out) - 1
		}
		for _, r := range s.Resources {
			if !slices.Contains(out[i].Resources, r) {
				out[i].Resources = append(out[i].Resources, r)
			}
		}
	}
	return out
}

// MarshalJSON renders s as an IAM policy statement: Effect, Action,
// Resource and Condition, with placeholders as they are.
func (s Statement) MarshalJSON() ([]byte, error) {
	type doc struct {
		Effect    Effect                         `json:"Effect"`
		Action    []string                       `json:"Action"`
		Resource  []string                       `json:"Resource"`
		Condition map[string]map[string][]string `json:"Condition,omitempty"`
	}
	d := doc{Effect: s.effect(), Action: s.Actions, Resource: s.Resources}
	if len(s.Conditions) > 0 {
		d.Condition = map[string]map[string][]string{}
		for _, c := range s.Conditions {
			if d.Condition[c.Operator] == nil {
				d.Condition[c.Operator] = map[string][]string{}
			}
			d.Condition[c.Operator][c.Key] = append(d.Condition[c.Operator][c.Key], c.Values...)
		}
	}
	return json.Marshal(d)
}

// Document renders statements as a policy document
// ({"Version": "2012-10-17", "Statement": […]}), indented, for reading
// and golden tests.
func Document(statements []Statement) []byte {
	out, _ := json.MarshalIndent(struct {
		Version   string      `json:"Version"`
		Statement []Statement `json:"Statement"`
	}{"2012-10-17", statements}, "", "  ")
	return append(out, '\n')
}
