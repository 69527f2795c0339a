package workflows

import "github.com/stepwise-go/stepwise/constructs/sfn"

// SeedChoice is the seed document's Amazon States Language example: a Task,
// then a Choice on $.foo with two numeric rules and a Fail as default, both
// matches joining at NextState. Its ASL equals the document's JSON.
func SeedChoice() *sfn.StateMachine {
	const function = "arn:aws:lambda:us-east-1:123456789012:function:"
	next := sfn.NewTask("NextState", function+"FUNCTION_NAME")
	choice := sfn.NewChoice("ChoiceState").
		When(sfn.NumericEquals("$.foo", 1), sfn.NewTask("FirstMatchState", function+"OnFirstMatch").Next(next)).
		When(sfn.NumericEquals("$.foo", 2), sfn.NewTask("SecondMatchState", function+"OnSecondMatch").Next(next)).
		Otherwise(sfn.NewFail("DefaultState").Error("DefaultStateError").Cause("No Matches!"))
	first := sfn.NewTask("FirstState", function+"FUNCTION_NAME")
	return sfn.NewStateMachine("SeedChoice", first.Next(choice)).
		Comment("An example of the Amazon States Language using a choice state.")
}
