package states_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stepwise-go/stepwise/constructs/sfn"
	"github.com/stepwise-go/stepwise/constructs/sfn/states"
	"github.com/stepwise-go/stepwise/intrinsic"
)

func TestRender(t *testing.T) {
	cases := []struct {
		call states.Call
		want string
	}{
		{states.Format("Order {} ships by {}", sfn.Path("$.id"), sfn.Path("$.carrier")), `States.Format('Order {} ships by {}', $.id, $.carrier)`},
		{states.Format(`it's {} {braces} \ back`, "x"), `States.Format('it\'s {} \{braces\} \\ back', 'x')`},
		{states.StringToJson(sfn.Path("$.s")), `States.StringToJson($.s)`},
		{states.JsonToString(sfn.Path("$.o")), `States.JsonToString($.o)`},
		{states.Array(1, "two", true, nil, sfn.Path("$.x"), states.UUID()), `States.Array(1, 'two', true, null, $.x, States.UUID())`},
		{states.ArrayPartition(sfn.Path("$.a"), 4), `States.ArrayPartition($.a, 4)`},
		{states.ArrayContains(sfn.Path("$.a"), "x"), `States.ArrayContains($.a, 'x')`},
		{states.ArrayRange(1, 9, 2), `States.ArrayRange(1, 9, 2)`},
		{states.ArrayGetItem(sfn.Path("$.a"), sfn.ContextMapItemIndex), `States.ArrayGetItem($.a, $$.Map.Item.Index)`},
		{states.ArrayLength(sfn.Path("$.a")), `States.ArrayLength($.a)`},
		{states.ArrayUnique(sfn.Path("$.a")), `States.ArrayUnique($.a)`},
		{states.Base64Encode(sfn.Path("$.s")), `States.Base64Encode($.s)`},
		{states.Base64Decode("aGk="), `States.Base64Decode('aGk=')`},
		{states.Hash(sfn.Path("$.s"), states.SHA256), `States.Hash($.s, 'SHA-256')`},
		{states.JsonMerge(sfn.Path("$.a"), sfn.Path("$.b")), `States.JsonMerge($.a, $.b, false)`},
		{states.MathRandom(1, 100), `States.MathRandom(1, 100)`},
		{states.MathRandomSeeded(1, 100, 7), `States.MathRandom(1, 100, 7)`},
		{states.MathAdd(sfn.Path("$count"), 1.5), `States.MathAdd($count, 1.5)`},
		{states.StringSplit(sfn.Path("$.csv"), ","), `States.StringSplit($.csv, ',')`},
		{states.UUID(), `States.UUID()`},
	}
	for _, tc := range cases {
		text, problems := tc.call.Expression()
		if text != tc.want || len(problems) > 0 {
			t.Errorf("got %s %v, want %s", text, problems, tc.want)
		}
		// What we render, the parser reads back as the same call.
		parsed, err := intrinsic.Parse(text)
		if err != nil || parsed.String() != text {
			t.Errorf("%s does not parse back: %v", text, err)
		}
	}
}

func TestProblems(t *testing.T) {
	deep := states.UUID()
	for range 10 {
		deep = states.Array(deep)
	}
	cases := []struct {
		call states.Call
		want string
	}{
		{states.MathAdd("1", 2), "States.MathAdd argument 1: want a number, got the string literal 1"},
		{states.ArrayLength("not an array"), "States.ArrayLength argument 1: want a Path or call that yields an array"},
		{states.ArrayRange(1, 5000, 1), "would produce 5000 items"},
		{states.Array(struct{}{}), "struct {} cannot be an intrinsic argument"},
		{states.Format("{} {}", "only one"), "2 placeholders but 1 value follows"},
		{deep, "intrinsic calls may nest at most 10 deep"},
		{states.Call{}, "an empty states.Call"},
	}
	for _, tc := range cases {
		_, problems := tc.call.Expression()
		if !strings.Contains(strings.Join(problems, "\n"), tc.want) {
			t.Errorf("%s: problems %q, want one containing %q", tc.call, problems, tc.want)
		}
	}
}

// TestInPayload: in a payload a call renders under a ".$" key, and its
// problems are reported by Build with the Go line of the payload.
func TestInPayload(t *testing.T) {
	ok := sfn.NewPass("P").Parameters(map[string]any{"id": states.UUID(), "n": states.MathAdd(sfn.Path("$.n"), 1)})
	out, err := sfn.NewStateMachine("M", ok).Synth()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), `"id.$": "States.UUID()"`) || !strings.Contains(string(out), `"n.$": "States.MathAdd($.n, 1)"`) {
		t.Errorf("payload:\n%s", out)
	}
	bad := sfn.NewPass("P").Parameters(map[string]any{"n": states.MathAdd("one", 1)})
	_, err = sfn.NewStateMachine("M", bad).Synth()
	if err == nil || !strings.Contains(err.Error(), "states_test.go:") || !strings.Contains(err.Error(), "want a number") {
		t.Errorf("want a build problem with the Go line, got %v", err)
	}
	fail := sfn.NewFail("F").CausePath(states.Format("failed: {}", sfn.Path("$.error")).Path())
	if _, err := sfn.NewStateMachine("M", fail).Synth(); err != nil {
		t.Errorf("Format in CausePath: %v", err)
	}
}

func Example() {
	p := sfn.NewPass("Greet").Parameters(map[string]any{
		"greeting": states.Format("Hello, {}!", sfn.Path("$.name")),
		"id":       states.UUID(),
	})
	out, err := sfn.NewStateMachine("Hello", p).Synth()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(string(out))
	// Output:
	// {
	//   "StartAt": "Greet",
	//   "States": {
	//     "Greet": {
	//       "Type": "Pass",
	//       "Parameters": {
	//         "greeting.$": "States.Format('Hello, {}!', $.name)",
	//         "id.$": "States.UUID()"
	//       },
	//       "End": true
	//     }
	//   }
	// }
}
