package stacks

import (
	"strings"
	"testing"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/constructs/integrations"
	"github.com/stepwise-go/stepwise/constructs/sfn"
)

// TestPartitionNeutral: every service-integration ARN of the model (Task
// resources at any depth, a Map's ItemReader and ResultWriter) becomes
// partition-neutral, and the nested graphs the model held are not
// changed (they are replaced by copies).
func TestPartitionNeutral(t *testing.T) {
	invoke := func(name string) *sfn.Task {
		return integrations.LambdaInvoke(name, integrations.LambdaInvokeProps{Function: integrations.LambdaFunction("Fn")})
	}
	m := sfn.NewStateMachine("M", sfn.Sequence(
		invoke("Top"),
		sfn.NewParallel("Both").Branch(invoke("InBranch")),
		sfn.NewMap("Each").Distributed(sfn.ExecutionStandard).
			ItemReader(sfn.ReadS3JSON("bucket", "key.json")).
			ResultWriter(sfn.WriteResultsToS3("bucket", "out")).
			ItemProcessor(invoke("InMap")),
	))
	model, diags := m.Build()
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	before := string(asl.Render(model))
	branch := model.Graph.States[1].(*asl.Parallel).Branches[0]
	processor := model.Graph.States[2].(*asl.Map).ItemProcessor
	reader := model.Graph.States[2].(*asl.Map).ItemReader

	partitionNeutral(&model.Graph)
	after := string(asl.Render(model))
	if n := strings.Count(before, `"arn:aws:states:::`); n != 5 {
		t.Fatalf("the test machine has %d integration ARNs, want 5:\n%s", n, before)
	}
	if strings.Contains(after, `"arn:aws:states:::`) || strings.Count(after, `"arn:${AWS::Partition}:states:::`) != 5 {
		t.Errorf("not every integration ARN was rewritten:\n%s", after)
	}
	if branch.States[0].(*asl.Task).Resource != "arn:aws:states:::lambda:invoke" ||
		processor.States[0].(*asl.Task).Resource != "arn:aws:states:::lambda:invoke" ||
		!strings.HasPrefix(reader.Get("Resource").Text, "arn:aws:") {
		t.Error("the nested graphs of the original model were changed")
	}
}

// TestPartitionNeutralLeavesOtherARNs: an activity or Lambda function ARN
// is not a service integration and stays as written.
func TestPartitionNeutralLeavesOtherARNs(t *testing.T) {
	const fn = "arn:aws:lambda:us-east-1:123456789012:function:F"
	g := &asl.Graph{StartAt: "T", States: []asl.State{&asl.Task{Resource: fn}}}
	partitionNeutral(g)
	if got := g.States[0].(*asl.Task).Resource; got != fn {
		t.Errorf("Resource = %q, want %q", got, fn)
	}
}
