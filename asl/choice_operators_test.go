package asl_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/value"
)

// choiceCasesDir holds the Choice operator executions recorded on AWS:
// ../shared/conformance from the repository root, or under
// $STEPWISE_SHARED when set (for a clone that is not beside ../shared).
var choiceCasesDir = filepath.Join(sharedDir(), "conformance", "cases", "choice_operators")

func sharedDir() string {
	if d := os.Getenv("STEPWISE_SHARED"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "shared")
}

// TestChoiceOperatorsConformance runs the Choice of every recorded case
// with the table's Eval functions and checks that it picks the state AWS
// picked.
func TestChoiceOperatorsConformance(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(choiceCasesDir, "*.json"))
	if len(files) == 0 {
		t.Skipf("no recorded cases in %s (the shared conformance material is not beside this clone)", choiceCasesDir)
	}
	agree := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		c, err := value.Parse(data)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		got, err := runChoice(get(c, "definition"), get(c, "input"))
		if err != nil {
			t.Errorf("%s: %v", filepath.Base(f), err)
			continue
		}
		want := get(get(c, "expected"), "output")
		if !value.Equal(got, want) {
			t.Errorf("%s: output %s, AWS gave %s", filepath.Base(f), encode(got), encode(want))
			continue
		}
		agree++
	}
	t.Logf("%d of %d recorded Choice cases agree with AWS", agree, len(files))
}

// runChoice runs a definition whose StartAt is a Choice that leads to a
// Pass with a Result, the shape of the recorded cases, and returns that
// Result.
func runChoice(def, input value.Value) (value.Value, error) {
	states := get(def, "States")
	choice := get(states, get(def, "StartAt").(string))
	next, _ := get(choice, "Default").(string)
	for _, r := range get(choice, "Choices").([]value.Value) {
		ok, err := matches(r, input)
		if err != nil {
			return nil, err
		}
		if ok {
			next = get(r, "Next").(string)
			break
		}
	}
	return get(get(states, next), "Result"), nil
}

// matches evaluates one rule: And, Or, Not, or one comparison operator.
func matches(rule, input value.Value) (bool, error) {
	r := rule.(*value.Object)
	for _, k := range r.Keys() {
		v, _ := r.Get(k)
		switch k {
		case "And", "Or":
			for _, sub := range v.([]value.Value) {
				ok, err := matches(sub, input)
				if err != nil || ok != (k == "And") {
					return ok, err
				}
			}
			return k == "And", nil
		case "Not":
			ok, err := matches(v, input)
			return !ok, err
		}
		op, ok := asl.LookupChoiceOperator(k)
		if !ok {
			continue
		}
		if op.Path {
			v = lookup(input, v.(string))
		}
		return op.Eval(lookup(input, get(r, "Variable").(string)), v), nil
	}
	return false, os.ErrInvalid
}

// lookup follows a simple path such as $.a.b; nil when absent.
func lookup(v value.Value, path string) value.Value {
	for _, k := range strings.Split(strings.TrimPrefix(path, "$"), ".")[1:] {
		v = get(v, k)
	}
	return v
}

func get(v value.Value, key string) value.Value {
	if o, ok := v.(*value.Object); ok {
		w, _ := o.Get(key)
		return w
	}
	return nil
}

func encode(v value.Value) string { return string(value.Marshal(v)) }
