package sfn_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/constructs/iam"
	"github.com/stepwise-go/stepwise/constructs/sfn"
)

// typeRuleCases holds, for every workflow-type and task-token rule, a
// machine that breaks it and the closest machine that keeps it.
var typeRuleCases = []struct {
	name      string
	code      asl.Code
	bad, good func() *sfn.StateMachine
}{
	{"sync in Express", asl.CodeExpressPattern,
		func() *sfn.StateMachine {
			return sfn.NewStateMachine("M", sfn.NewTask("Run", "arn:aws:states:::ecs:runTask.sync")).Type(sfn.Express)
		},
		func() *sfn.StateMachine {
			return sfn.NewStateMachine("M", sfn.NewTask("Run", "arn:aws:states:::ecs:runTask")).Type(sfn.Express)
		}},
	{"callback in Express", asl.CodeExpressPattern,
		func() *sfn.StateMachine {
			return sfn.NewStateMachine("M", sfn.NewParallel("P").Branch(callback())).Type(sfn.Express)
		},
		func() *sfn.StateMachine { return sfn.NewStateMachine("M", sfn.NewParallel("P").Branch(callback())) }},
	{"sync in an Express child of a Distributed Map", asl.CodeExpressPattern,
		func() *sfn.StateMachine {
			return sfn.NewStateMachine("M", distributed(sfn.ExecutionExpress, sfn.NewTask("Run", "arn:aws:states:::states:startExecution.sync:2")))
		},
		func() *sfn.StateMachine {
			return sfn.NewStateMachine("M", distributed(sfn.ExecutionStandard, sfn.NewTask("Run", "arn:aws:states:::states:startExecution.sync:2")))
		}},
	{"activity", asl.CodeExpressActivity,
		func() *sfn.StateMachine {
			return sfn.NewStateMachine("M", sfn.NewTask("Work", "arn:aws:states:us-east-1:123456789012:activity:Work")).Type(sfn.Express)
		},
		func() *sfn.StateMachine {
			return sfn.NewStateMachine("M", sfn.NewTask("Work", "arn:aws:states:us-east-1:123456789012:activity:Work")).Type(sfn.Standard)
		}},
	{"machine timeout", asl.CodeExpressDuration,
		func() *sfn.StateMachine {
			return sfn.NewStateMachine("M", sfn.NewPass("P")).Type(sfn.Express).Timeout(301 * time.Second)
		},
		func() *sfn.StateMachine {
			return sfn.NewStateMachine("M", sfn.NewPass("P")).Type(sfn.Express).Timeout(300 * time.Second)
		}},
	{"task timeout", asl.CodeExpressDuration,
		func() *sfn.StateMachine {
			return sfn.NewStateMachine("M", sfn.NewTask("T", "arn:aws:states:::sns:publish").Timeout(10*time.Minute)).Type(sfn.Express)
		},
		func() *sfn.StateMachine {
			return sfn.NewStateMachine("M", sfn.NewTask("T", "arn:aws:states:::sns:publish").Timeout(5*time.Minute)).Type(sfn.Express)
		}},
	{"wait", asl.CodeExpressDuration,
		func() *sfn.StateMachine {
			return sfn.NewStateMachine("M", sfn.NewWait("W", sfn.WaitDuration(time.Hour))).Type(sfn.Express)
		},
		func() *sfn.StateMachine {
			return sfn.NewStateMachine("M", sfn.NewWait("W", sfn.WaitDuration(time.Minute))).Type(sfn.Express)
		}},
	{"JSONPath token", asl.CodeTaskToken,
		func() *sfn.StateMachine {
			return sfn.NewStateMachine("M", sfn.NewTask("Ask", "arn:aws:states:::sqs:sendMessage.waitForTaskToken").
				Parameters(map[string]any{"QueueUrl": "${QueueUrl}", "MessageBody": map[string]any{"token": "$$.Task.Token"}}))
		},
		func() *sfn.StateMachine {
			return sfn.NewStateMachine("M", sfn.NewTask("Ask", "arn:aws:states:::sqs:sendMessage.waitForTaskToken").
				Parameters(map[string]any{"QueueUrl": "${QueueUrl}", "MessageBody": map[string]any{"token": sfn.Path("$$.Task.Token")}}))
		}},
	{"JSONata token", asl.CodeTaskToken,
		func() *sfn.StateMachine {
			return sfn.NewStateMachine("M", sfn.NewTask("Ask", "arn:aws:states:::sqs:sendMessage.waitForTaskToken").
				Arguments(map[string]any{"QueueUrl": "${QueueUrl}", "MessageBody": sfn.Expr("$states.input")})).QueryLanguage(sfn.JSONata)
		},
		func() *sfn.StateMachine {
			return sfn.NewStateMachine("M", sfn.NewTask("Ask", "arn:aws:states:::sqs:sendMessage.waitForTaskToken").
				Arguments(map[string]any{"QueueUrl": "${QueueUrl}", "MessageBody": sfn.Expr("$states.context.Task.Token")})).QueryLanguage(sfn.JSONata)
		}},
	{"no payload", asl.CodeTaskToken,
		func() *sfn.StateMachine {
			return sfn.NewStateMachine("M", sfn.NewTask("Ask", "arn:aws:states:::sqs:sendMessage.waitForTaskToken"))
		},
		func() *sfn.StateMachine {
			return sfn.NewStateMachine("M", sfn.NewTask("Ask", "arn:aws:states:::sqs:sendMessage"))
		}},
}

func callback() *sfn.Task {
	return sfn.NewTask("Ask", "arn:aws:states:::lambda:invoke.waitForTaskToken").
		Parameters(map[string]any{"FunctionName": "${AskArn}", "Payload": map[string]any{"token": sfn.Path("$$.Task.Token")}})
}

func distributed(children sfn.ExecutionType, processor sfn.Chainable) *sfn.Map {
	return sfn.NewMap("Each").Distributed(children).ItemProcessor(processor)
}

func TestTypeRules(t *testing.T) {
	for _, tc := range typeRuleCases {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := tc.bad().Build()
			if !slices.Contains(diags.Codes(), tc.code) {
				t.Errorf("bad machine: want a %s problem, got\n%v", tc.code, diags)
			}
			for _, d := range diags {
				if d.Code == tc.code && !strings.HasPrefix(d.Source, "express_test.go:") {
					t.Errorf("%s has source %q, want a line of express_test.go", d, d.Source)
				}
			}
			if _, err := tc.bad().Synth(); err == nil {
				t.Errorf("bad machine: Synth succeeded")
			}
			if _, diags := tc.good().Build(); len(diags) > 0 {
				t.Errorf("good machine: want no problems, got\n%v", diags)
			}
		})
	}
}

// TestEveryTypeCodeHasARule keeps typeRuleCases complete: each code that
// this file's rules report has a case (integration-pattern is tested in
// package integrations).
func TestEveryTypeCodeHasARule(t *testing.T) {
	for _, c := range []asl.Code{asl.CodeExpressPattern, asl.CodeExpressActivity, asl.CodeExpressDuration, asl.CodeTaskToken} {
		if !slices.ContainsFunc(typeRuleCases, func(tc struct {
			name      string
			code      asl.Code
			bad, good func() *sfn.StateMachine
		}) bool {
			return tc.code == c
		}) {
			t.Errorf("code %s has no case", c)
		}
		// The Express codes are also reported by asl validation, which
		// takes the machine type as an option.
		if !slices.Contains(asl.AllCodes(), c) || c.Origin() == asl.OriginParse || c.Summary() == "" {
			t.Errorf("code %s is not registered as a DSL or validation code with a summary", c)
		}
	}
}

func TestMachineTypeDefault(t *testing.T) {
	m := sfn.NewStateMachine("M", sfn.NewPass("P"))
	if m.MachineType() != sfn.Standard {
		t.Errorf("default type %q, want STANDARD", m.MachineType())
	}
	if m.Type(sfn.Express).MachineType() != sfn.Express {
		t.Errorf("Type(Express) did not stick")
	}
}

func TestPolicyStatements(t *testing.T) {
	fn := iam.Ref("FArn")
	invoke := func(name string) *sfn.Task {
		return sfn.NewTask(name, "arn:aws:states:::lambda:invoke").
			Parameters(map[string]any{"FunctionName": fn}).
			Policy(iam.Allow("lambda:InvokeFunction").On(fn, fn+":*"))
	}
	publish := sfn.NewTask("Publish", "arn:aws:states:::sns:publish").
		Parameters(map[string]any{"TopicArn": "${TArn}", "Message": "x"}).
		Policy(iam.Allow("sns:Publish").On("${TArn}"))
	m := sfn.NewStateMachine("M", invoke("A").Next(sfn.NewParallel("P").Branch(publish, invoke("B"))).
		Next(sfn.NewMap("Each").Distributed(sfn.ExecutionStandard).ItemProcessor(invoke("C")))).
		Policy(iam.Allow("s3:GetObject").On(iam.GlobalARN("s3", "b/*")))
	got := string(iam.Document(m.PolicyStatements()))
	for _, want := range []string{`"lambda:InvokeFunction"`, `"sns:Publish"`, `"s3:GetObject"`, `"states:StartExecution"`, `"${SelfArn}"`,
		`"arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:execution:${SelfName}:*"`} {
		if !strings.Contains(got, want) {
			t.Errorf("policy lacks %s:\n%s", want, got)
		}
	}
	if n := strings.Count(got, `"lambda:InvokeFunction"`); n != 1 {
		t.Errorf("lambda:InvokeFunction appears %d times, want 1 (aggregated):\n%s", n, got)
	}
}
