package workflows

import (
	"github.com/stepwise-go/stepwise/constructs/sfn"
	"github.com/stepwise-go/stepwise/constructs/sfn/states"
)

// Variables is the AWS CDK integration test "state-machine-variables":
// a workflow variable assigned and incremented alternately by JSONata and
// JSONPath states, then read into the output.
func Variables() *sfn.StateMachine {
	step1 := sfn.NewPass("Step1").QueryLanguage(sfn.JSONata).
		Assign(map[string]any{"count": sfn.Expr("$states.input.init + 1")})
	step2 := sfn.NewPass("Step2").
		Assign(map[string]any{"count": states.MathAdd(sfn.Path("$count"), 1)})
	step3 := sfn.NewPass("Step3").QueryLanguage(sfn.JSONata).
		Assign(map[string]any{"count": sfn.Expr("$count + 1")})
	step4 := sfn.NewPass("Step4").
		Assign(map[string]any{"count": states.MathAdd(sfn.Path("$count"), 1)})
	step5 := sfn.NewPass("Step5").QueryLanguage(sfn.JSONata).
		Output(map[string]any{"count": sfn.Expr("$count + 1")})

	return sfn.NewStateMachine("Variables", sfn.Sequence(step1, step2, step3, step4, step5))
}
