package sfn_test

import (
	"testing"

	"github.com/stepwise-go/stepwise/constructs/sfn"
)

func TestPathJSONata(t *testing.T) {
	cases := map[sfn.Path]string{
		sfn.ContextTaskToken:    "$states.context.Task.Token",
		sfn.ContextMapItemValue: "$states.context.Map.Item.Value",
		"$$":                    "$states.context",
		"$":                     "$states.input",
		"$.order.id":            "$states.input.order.id",
		"$['a b']":              "$states.input['a b']",
		"$count":                "$count",
	}
	for p, want := range cases {
		if got := p.JSONata(); got != want {
			t.Errorf("%s.JSONata() = %s, want %s", p, got, want)
		}
	}
	if got := sfn.Expr(sfn.ContextExecutionID.JSONata()); got != "{% $states.context.Execution.Id %}" {
		t.Errorf("Expr = %s", got)
	}
}
