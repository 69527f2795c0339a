package sfn_test

import (
	"strings"
	"testing"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/constructs/sfn"
	"github.com/stepwise-go/stepwise/jsontree"
)

// seedJSON is the Choice example of the Amazon States Language
// documentation.
const seedJSON = `{
  "Comment": "An example of the Amazon States Language using a choice state.",
  "StartAt": "FirstState",
  "States": {
    "FirstState": {
      "Type": "Task",
      "Resource": "arn:aws:lambda:us-east-1:123456789012:function:FUNCTION_NAME",
      "Next": "ChoiceState"
    },
    "ChoiceState": {
      "Type": "Choice",
      "Choices": [
        {"Variable": "$.foo", "NumericEquals": 1, "Next": "FirstMatchState"},
        {"Variable": "$.foo", "NumericEquals": 2, "Next": "SecondMatchState"}
      ],
      "Default": "DefaultState"
    },
    "FirstMatchState": {
      "Type": "Task",
      "Resource": "arn:aws:lambda:us-east-1:123456789012:function:OnFirstMatch",
      "Next": "NextState"
    },
    "SecondMatchState": {
      "Type": "Task",
      "Resource": "arn:aws:lambda:us-east-1:123456789012:function:OnSecondMatch",
      "Next": "NextState"
    },
    "DefaultState": {
      "Type": "Fail",
      "Error": "DefaultStateError",
      "Cause": "No Matches!"
    },
    "NextState": {
      "Type": "Task",
      "Resource": "arn:aws:lambda:us-east-1:123456789012:function:FUNCTION_NAME",
      "End": true
    }
  }
}`

func seedMachine() *sfn.StateMachine {
	const fn = "arn:aws:lambda:us-east-1:123456789012:function:"
	next := sfn.NewTask("NextState", fn+"FUNCTION_NAME")
	choice := sfn.NewChoice("ChoiceState").
		When(sfn.NumericEquals("$.foo", 1), sfn.NewTask("FirstMatchState", fn+"OnFirstMatch").Next(next)).
		When(sfn.NumericEquals("$.foo", 2), sfn.NewTask("SecondMatchState", fn+"OnSecondMatch").Next(next)).
		Otherwise(sfn.NewFail("DefaultState").Error("DefaultStateError").Cause("No Matches!"))
	first := sfn.NewTask("FirstState", fn+"FUNCTION_NAME").Next(choice)
	return sfn.NewStateMachine("ChoiceExample", first).
		Comment("An example of the Amazon States Language using a choice state.")
}

func TestSeedExample(t *testing.T) {
	got, err := seedMachine().Synth()
	if err != nil {
		t.Fatalf("Synth: %v", err)
	}
	gotV, err := jsontree.Parse(got)
	if err != nil {
		t.Fatalf("Synth output is not JSON: %v\n%s", err, got)
	}
	wantV, err := jsontree.Parse([]byte(seedJSON))
	if err != nil {
		t.Fatal(err)
	}
	if !jsontree.Equal(wantV, gotV) {
		t.Errorf("Synth output differs from the seed example\nwant:\n%s\ngot:\n%s", seedJSON, got)
	}
	var order []string
	for _, m := range gotV.Get("States").Members {
		order = append(order, m.Key)
	}
	want := "FirstState ChoiceState FirstMatchState SecondMatchState DefaultState NextState"
	if g := strings.Join(order, " "); g != want {
		t.Errorf("state order\nwant: %s\ngot:  %s", want, g)
	}
	// The seed parses back to the same model and renders identically.
	m, diags := asl.Parse(got)
	if len(diags) > 0 {
		t.Fatalf("Parse: %v", diags)
	}
	if again := asl.Render(m); string(again) != string(got) {
		t.Errorf("render is not idempotent\nfirst:\n%s\nagain:\n%s", got, again)
	}
}
