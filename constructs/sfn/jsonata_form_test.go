package sfn_test

import (
	"strings"
	"testing"

	"github.com/stepwise-go/stepwise/constructs/sfn"
	"github.com/stepwise-go/stepwise/constructs/sfn/states"
)

func TestPathJSONata(t *testing.T) {
	cases := map[sfn.Path]string{
		sfn.ContextTaskToken:                "$states.context.Task.Token",
		sfn.ContextMapItemValue:             "$states.context.Map.Item.Value",
		"$$":                                "$states.context",
		"$":                                 "$states.input",
		"$.order.id":                        "$states.input.order.id",
		"$['a b']":                          "$states.input.`a b`",
		"$.a-b":                             "$states.input.`a-b`",
		"$.true":                            "$states.input.`true`",
		"$.m[0][1]":                         "($states.input.m[0])[1]",
		"$.m[-1].x":                         "$states.input.m[-1].x",
		"$count":                            "$count",
		"$v.a":                              "$v.a",
		"States.UUID()":                     "$uuid()",
		"States.StringToJson($.s)":          "$parse(($states.input.s))",
		"States.MathAdd($.n, -1)":           "(($states.input.n) + (-1))",
		"States.JsonMerge($.a, $.b, false)": "$merge([($states.input.a), ($states.input.b)])",
	}
	for p, want := range cases {
		got, err := p.JSONata()
		if err != nil || got != want {
			t.Errorf("%s.JSONata() = %s, %v; want %s", p, got, err, want)
		}
	}
	if got, _ := sfn.ContextExecutionID.JSONata(); sfn.Expr(got) != "{% $states.context.Execution.Id %}" {
		t.Errorf("Expr = %s", got)
	}
}

func TestPathJSONataRefused(t *testing.T) {
	cases := map[sfn.Path]string{
		"$.items[*]":                       "Wildcard",
		"$.items[1:3]":                     "Slice",
		"$..x":                             "RecursiveDescent",
		"$.a[?(@.x)]":                      "Filter",
		"$['a`b']":                         "backtick",
		"States.Hash($.x, 'SHA-1')":        "States.Hash has no automatic JSONata form",
		"States.JsonMerge($.a, $.b, true)": "shallow",
		"States.Format($.t, 1)":            "literal template",
		"States.Format('{} {}', 1)":        "placeholders",
		"States.Array($.a[*])":             "Wildcard",
	}
	for p, want := range cases {
		got, err := p.JSONata()
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s.JSONata() = %q, %v; want an error mentioning %q", p, got, err, want)
		}
	}
}

// TestJSONataPayloads checks that Path and states.* values in JSONata
// fields become expressions (never "key.$" members, which are literal
// names there) or recorded problems.
func TestJSONataPayloads(t *testing.T) {
	inner := sfn.NewPass("Inner")
	m := sfn.NewMap("M").
		ItemSelector(map[string]any{"v": sfn.ContextMapItemValue}).
		ItemProcessor(inner).
		Assign(map[string]any{"count": states.ArrayLength(sfn.Path("$.items"))})
	task := sfn.NewTask("T", "arn:aws:states:::lambda:invoke").
		Arguments(map[string]any{"a": sfn.Path("$.x"), "msg": states.Format("hi {}", sfn.Path("$.name"))}).
		Output(map[string]any{"o": sfn.Path("$.a")})
	pass := sfn.NewPass("P").Output(sfn.Path("$.whole"))
	sm := sfn.NewStateMachine("X", m.Next(task).Next(pass)).QueryLanguage(sfn.JSONata)
	out, err := sm.Synth()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`"v": "{% $states.context.Map.Item.Value %}"`,
		`"count": "{% $count(($states.input.items)) %}"`,
		`"a": "{% $states.input.x %}"`,
		`"o": "{% $states.input.a %}"`,
		`"Output": "{% $states.input.whole %}"`,
	} {
		if !strings.Contains(string(out), want) {
			t.Errorf("synthesized JSONata machine lacks %s:\n%s", want, out)
		}
	}
	if strings.Contains(string(out), `.$"`) {
		t.Errorf("a JSONata machine has a \".$\" key:\n%s", out)
	}

	// The same Assign and ItemSelector in a JSONPath machine keep "key.$".
	inner2 := sfn.NewPass("Inner")
	m2 := sfn.NewMap("M").
		ItemSelector(map[string]any{"v": sfn.ContextMapItemValue}).
		ItemProcessor(inner2).
		Assign(map[string]any{"count": states.ArrayLength(sfn.Path("$.items"))})
	out, err = sfn.NewStateMachine("Y", m2).Synth()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"v.$": "$$.Map.Item.Value"`, `"count.$": "States.ArrayLength($.items)"`} {
		if !strings.Contains(string(out), want) {
			t.Errorf("synthesized JSONPath machine lacks %s:\n%s", want, out)
		}
	}
}

func TestJSONataPayloadProblems(t *testing.T) {
	cases := []struct {
		name string
		make func() *sfn.StateMachine
		want string
	}{
		{"wildcard in Arguments", func() *sfn.StateMachine {
			return sfn.NewStateMachine("A", sfn.NewTask("T", "arn:aws:states:::lambda:invoke").
				Arguments(map[string]any{"ids": sfn.Path("$.items[*].id")})).QueryLanguage(sfn.JSONata)
		}, `no JSONata form`},
		{"untranslatable intrinsic in Output", func() *sfn.StateMachine {
			return sfn.NewStateMachine("A", sfn.NewPass("P").
				Output(map[string]any{"h": states.Hash(sfn.Path("$.x"), "SHA-1")})).QueryLanguage(sfn.JSONata)
		}, `no JSONata form`},
		{"slice in a JSONata Assign", func() *sfn.StateMachine {
			return sfn.NewStateMachine("A", sfn.NewPass("P").
				Assign(map[string]any{"first": sfn.Path("$.items[0:2]")})).QueryLanguage(sfn.JSONata)
		}, `no JSONata form`},
		{"key already ending in .$", func() *sfn.StateMachine {
			return sfn.NewStateMachine("A", sfn.NewTask("T", "arn:aws:states:::lambda:invoke").
				Parameters(map[string]any{"sku.$": sfn.Path("$.sku")}))
		}, `already ends in ".$"`},
		{"key already ending in .$ in JSONata", func() *sfn.StateMachine {
			return sfn.NewStateMachine("A", sfn.NewTask("T", "arn:aws:states:::lambda:invoke").
				Arguments(map[string]any{"sku.$": sfn.Path("$.sku")})).QueryLanguage(sfn.JSONata)
		}, `already ends in ".$"`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, err := c.make().Synth()
			if err == nil {
				t.Fatalf("Synth succeeded:\n%s", out)
			}
			if !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "jsonata_form_test.go:") || !strings.Contains(err.Error(), "[build]") {
				t.Errorf("error %q does not mention %q with the Go source line and code", err, c.want)
			}
		})
	}
	// The slice is fine in a JSONPath machine's Assign.
	if _, err := sfn.NewStateMachine("A", sfn.NewPass("P").
		Assign(map[string]any{"first": sfn.Path("$.items[0:2]")})).Synth(); err != nil {
		t.Errorf("JSONPath Assign with a slice: %v", err)
	}
}
