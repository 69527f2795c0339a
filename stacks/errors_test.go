package stacks_test

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/jsii-runtime-go"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/constructs/iam"
	"github.com/stepwise-go/stepwise/constructs/integrations"
	"github.com/stepwise-go/stepwise/constructs/sfn"
	"github.com/stepwise-go/stepwise/stacks"
)

// TestStepwiseErrorsStopSynthesis: a workflow with problems, an unbound
// reference or a wildcard action is reported with stepwise's messages, as
// an error, and adds nothing to the stack.
func TestStepwiseErrorsStopSynthesis(t *testing.T) {
	cases := map[string]stacks.StateMachineProps{
		"express-integration-pattern": {Machine: sfn.NewStateMachine("M", integrations.LambdaInvoke("Ask", integrations.LambdaInvokeProps{
			Function: integrations.LambdaFunction("Ask"), Pattern: integrations.WaitForTaskToken,
			Payload: map[string]any{"token": sfn.Path("$$.Task.Token")}})).Type(sfn.Express),
			References: map[string]*string{"AskArn": jsii.String("arn:aws:lambda:us-east-1:123456789012:function:Ask")}},
		"${AskArn} has no value": {Machine: sfn.NewStateMachine("M", integrations.LambdaInvoke("Ask", integrations.LambdaInvokeProps{
			Function: integrations.LambdaFunction("Ask")}))},
		"holds a wildcard": {Machine: sfn.NewStateMachine("M", sfn.NewPass("P")).Policy(iam.Allow("s3:*").On("*"))},
	}
	for want, props := range cases {
		stack := awscdk.NewStack(awscdk.NewApp(nil), jsii.String("S"), nil)
		sm, err := stacks.NewStateMachine(stack, "M", props)
		if err == nil || sm != nil || !strings.Contains(err.Error(), want) {
			t.Errorf("want an error with %q, got %v", want, err)
		}
		if n := len(*stack.Node().Children()); n != 0 {
			t.Errorf("%s: the stack got %d children", want, n)
		}
	}
}

// TestSelfReferences: statements on the machine itself (a Distributed
// Map's child executions, a customer-managed key's encryption context) go
// into a policy the machine does not depend on, so there is no cycle.
func TestSelfReferences(t *testing.T) {
	app := awscdk.NewApp(nil)
	stack := awscdk.NewStack(app, jsii.String("Self"), nil)
	m := sfn.NewStateMachine("M", sfn.NewMap("Each").Distributed(sfn.ExecutionStandard).ItemProcessor(sfn.NewPass("P")))
	sm, err := stacks.NewStateMachine(stack, "M", stacks.StateMachineProps{Machine: m})
	if err != nil {
		t.Fatal(err)
	}
	_ = sm
	tpl := app.Synth(nil).GetStackByName(jsii.String("Self")).Template()
	text := jsonString(t, tpl)
	for _, want := range []string{`"states:StartExecution"`, `"Resource":{"Fn::GetAtt":["M`, `execution:${SelfName}:*"`, `"DependsOn":["MPolicy`, `"SelfName":{"Fn::GetAtt":["M`} {
		if !strings.Contains(text, want) {
			t.Errorf("template lacks %s:\n%s", want, text)
		}
	}
}

// TestDiagnosticsAreWrapped: the error of a workflow with problems wraps
// stepwise's asl.Diagnostics, so callers can read each problem.
func TestDiagnosticsAreWrapped(t *testing.T) {
	stack := awscdk.NewStack(awscdk.NewApp(nil), jsii.String("S"), nil)
	m := sfn.NewStateMachine("M", sfn.NewChoice("C"))
	_, err := stacks.NewStateMachine(stack, "M", stacks.StateMachineProps{Machine: m})
	var diags asl.Diagnostics
	if !errors.As(err, &diags) {
		t.Fatalf("errors.As(%v, *asl.Diagnostics) = false", err)
	}
	if !slices.Contains(diags.Codes(), asl.CodeChoiceNoRules) {
		t.Errorf("codes %v, want %s among them", diags.Codes(), asl.CodeChoiceNoRules)
	}
	// An unbound reference is not a diagnostic of the model.
	m = sfn.NewStateMachine("M", integrations.LambdaInvoke("Ask", integrations.LambdaInvokeProps{Function: integrations.LambdaFunction("Ask")}))
	if _, err := stacks.NewStateMachine(stack, "N", stacks.StateMachineProps{Machine: m}); err == nil || errors.As(err, &diags) {
		t.Errorf("an unbound reference: error %v, want one that is not asl.Diagnostics", err)
	}
}

func jsonString(t *testing.T, v any) string {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestNullsGoAsDefinitionString: CloudFormation drops the null members of
// a Definition object, so a definition with "ResultPath": null goes as
// DefinitionString, the canonical text, nulls kept.
func TestNullsGoAsDefinitionString(t *testing.T) {
	app := awscdk.NewApp(nil)
	stack := awscdk.NewStack(app, jsii.String("Null"), nil)
	m := sfn.NewStateMachine("M", integrations.SNSPublish("Publish", integrations.SNSPublishProps{
		Topic: integrations.SNSTopic("Topic"), Message: "hi"}).DiscardResult())
	if _, err := stacks.NewStateMachine(stack, "M", stacks.StateMachineProps{Machine: m,
		References: map[string]*string{"TopicArn": jsii.String("arn:aws:sns:us-east-1:123456789012:t")}}); err != nil {
		t.Fatal(err)
	}
	text := jsonString(t, app.Synth(nil).GetStackByName(jsii.String("Null")).Template())
	for _, want := range []string{`\"ResultPath\": null`, `\"Resource\": \"arn:${AWS::Partition}:states:::sns:publish\"`, `"DefinitionString"`} {
		if !strings.Contains(text, want) {
			t.Errorf("template lacks %s:\n%s", want, text)
		}
	}
	if strings.Contains(text, `"Definition":`) {
		t.Errorf("template has a Definition object as well")
	}
}
