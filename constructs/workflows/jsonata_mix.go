package workflows

import (
	"github.com/stepwise-go/stepwise/constructs/sfn"
	"github.com/stepwise-go/stepwise/constructs/sfn/states"
)

// JsonataMix is the AWS CDK integration test "state-machine-jsonata":
// JSONPath and JSONata states in one machine. A JSONPath Pass counts with
// States.MathAdd; the JSONata states after it count with an expression in
// their Output, and a JSONata Choice waits on odd counts.
func JsonataMix() *sfn.StateMachine {
	increment := map[string]any{"count": sfn.Expr("$states.input.count + 1")}

	jsonPathPass := sfn.NewPass("JSONPathPass").
		Parameters(map[string]any{"count": states.MathAdd(sfn.Path("$.init"), 1)})
	jsonataPass := sfn.NewPass("JSONataPass").QueryLanguage(sfn.JSONata).Output(increment)
	succeed := sfn.NewSucceed("Succeed").QueryLanguage(sfn.JSONata).Output(increment)
	wait := sfn.NewWait("Wait", sfn.WaitSecondsExpr(sfn.Expr("$states.input.count"))).
		QueryLanguage(sfn.JSONata).Output(increment)
	choice := sfn.NewChoice("Choice").QueryLanguage(sfn.JSONata).Output(increment).
		When(sfn.JSONataCondition(sfn.Expr("$states.input.count % 2 = 1")), wait.Next(succeed), sfn.RuleOutput(increment)).
		Otherwise(succeed)

	return sfn.NewStateMachine("JsonataMix", jsonPathPass.Next(jsonataPass).Next(choice))
}
