package sfn_test

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/constructs/sfn"
)

// misuseCases each misuse the DSL once; build returns the machine and the
// position of the misusing call, which the problem must carry.
var misuseCases = []struct {
	name  string
	build func() (*sfn.StateMachine, string)
	code  asl.Code
	at    string // the diagnostic's location
	msg   string // a part of the message
}{
	{"next twice", func() (*sfn.StateMachine, string) {
		a := sfn.NewPass("A")
		a.Next(sfn.NewPass("B"))
		_, pos := a.Next(sfn.NewPass("C")), here()
		return sfn.NewStateMachine("M", a), pos
	}, asl.CodeBuild, `States["A"].Next`, `already continues at "B"`},
	{"next after terminal", func() (*sfn.StateMachine, string) {
		c, pos := sfn.Sequence(sfn.NewPass("A"), sfn.NewSucceed("Done")).Next(sfn.NewPass("B")), here()
		return sfn.NewStateMachine("M", c), pos
	}, asl.CodeBuild, `States["A"]`, "cannot continue"},
	{"sequence after choice", func() (*sfn.StateMachine, string) {
		choice := sfn.NewChoice("C").When(sfn.IsPresent("$.x"), sfn.NewSucceed("S"))
		c, pos := sfn.Sequence(choice, sfn.NewPass("After")), here()
		return sfn.NewStateMachine("M", c), pos
	}, asl.CodeBuild, `States["C"]`, "Afterwards"},
	{"otherwise twice", func() (*sfn.StateMachine, string) {
		c := sfn.NewChoice("C").When(sfn.IsPresent("$.x"), sfn.NewSucceed("S")).Otherwise(sfn.NewSucceed("D1"))
		_, pos := c.Otherwise(sfn.NewSucceed("D2")), here()
		return sfn.NewStateMachine("M", c), pos
	}, asl.CodeBuild, `States["C"].Default`, "already has a default"},
	{"item processor twice", func() (*sfn.StateMachine, string) {
		m := sfn.NewMap("M").ItemProcessor(sfn.NewPass("P1"))
		_, pos := m.ItemProcessor(sfn.NewPass("P2")), here()
		return sfn.NewStateMachine("M", m), pos
	}, asl.CodeBuild, `States["M"].ItemProcessor`, "already has an item processor"},
	{"machine timeout fraction", func() (*sfn.StateMachine, string) {
		m, pos := sfn.NewStateMachine("M", sfn.NewSucceed("S")).Timeout(1500*time.Millisecond), here()
		return m, pos
	}, asl.CodeBuild, `TimeoutSeconds`, "not a whole number of seconds"},
	{"task timeout fraction", func() (*sfn.StateMachine, string) {
		t, pos := sfn.NewTask("T", fnArn).Timeout(time.Millisecond), here()
		return sfn.NewStateMachine("M", t), pos
	}, asl.CodeBuild, `States["T"].TimeoutSeconds`, "Timeout: 1ms"},
	{"heartbeat fraction", func() (*sfn.StateMachine, string) {
		t, pos := sfn.NewTask("T", fnArn).Heartbeat(time.Second/2), here()
		return sfn.NewStateMachine("M", t), pos
	}, asl.CodeBuild, `States["T"].HeartbeatSeconds`, "Heartbeat: 500ms"},
	{"wait fraction", func() (*sfn.StateMachine, string) {
		w, pos := sfn.WaitDuration(2500*time.Millisecond), here()
		return sfn.NewStateMachine("M", sfn.NewWait("W", w)), pos
	}, asl.CodeBuild, `States["W"].Seconds`, "WaitDuration"},
	{"retry interval fraction", func() (*sfn.StateMachine, string) {
		r, pos := sfn.RetryOn(sfn.ErrAll).Interval(1100*time.Millisecond), here()
		return sfn.NewStateMachine("M", sfn.NewTask("T", fnArn).Retry(sfn.RetryOn(sfn.ErrTimeout), r)), pos
	}, asl.CodeBuild, `States["T"].Retry[1].IntervalSeconds`, "Interval"},
	{"retry max delay fraction", func() (*sfn.StateMachine, string) {
		r, pos := sfn.RetryOn(sfn.ErrAll).MaxDelay(time.Minute+1), here()
		return sfn.NewStateMachine("M", sfn.NewTask("T", fnArn).Retry(r)), pos
	}, asl.CodeBuild, `States["T"].Retry[0].MaxDelaySeconds`, "MaxDelay"},
	{"unsupported payload", func() (*sfn.StateMachine, string) {
		t, pos := sfn.NewTask("T", fnArn).Parameters(map[string]any{"ch": make(chan int)}), here()
		return sfn.NewStateMachine("M", t), pos
	}, asl.CodeBuild, `States["T"].Parameters.ch`, "chan int"},
	{"assign not an object", func() (*sfn.StateMachine, string) {
		p, pos := sfn.NewPass("P").Assign([]int{1}), here()
		return sfn.NewStateMachine("M", p), pos
	}, asl.CodeBuild, `States["P"].Assign`, "must be a JSON object"},
	{"credentials not an object", func() (*sfn.StateMachine, string) {
		t, pos := sfn.NewTask("T", fnArn).CredentialsFrom(sfn.Path("$.role")), here()
		return sfn.NewStateMachine("M", t), pos
	}, asl.CodeBuild, `States["T"].Credentials`, "cannot stand alone"},
	{"credentials string", func() (*sfn.StateMachine, string) {
		t, pos := sfn.NewTask("T", fnArn).CredentialsFrom("arn:aws:iam::123456789012:role/R"), here()
		return sfn.NewStateMachine("M", t), pos
	}, asl.CodeBuild, `States["T"].Credentials`, "must be a JSON object"},
	{"parameters path alone", func() (*sfn.StateMachine, string) {
		p, pos := sfn.NewPass("P").Parameters(sfn.Path("$.foo")), here()
		return sfn.NewStateMachine("M", p), pos
	}, asl.CodeBuild, `States["P"].Parameters`, "cannot stand alone"},
	{"timeout expression unwrapped", func() (*sfn.StateMachine, string) {
		t, pos := sfn.NewTask("T", fnArn).TimeoutExpr("120"), here()
		return sfn.NewStateMachine("M", t).QueryLanguage(sfn.JSONata), pos
	}, asl.CodeBuild, `States["T"].TimeoutSeconds`, `TimeoutExpr: "120" is not a JSONata expression`},
	{"heartbeat expression empty", func() (*sfn.StateMachine, string) {
		t, pos := sfn.NewTask("T", fnArn).HeartbeatExpr(sfn.Expr(" ")), here()
		return sfn.NewStateMachine("M", t).QueryLanguage(sfn.JSONata), pos
	}, asl.CodeBuild, `States["T"].HeartbeatSeconds`, "HeartbeatExpr"},
	{"tolerated count expression", func() (*sfn.StateMachine, string) {
		m, pos := sfn.NewMap("M").Distributed(sfn.ExecutionStandard).ToleratedFailureCountExpr(""), here()
		return sfn.NewStateMachine("M", m.ItemProcessor(sfn.NewPass("P"))).QueryLanguage(sfn.JSONata), pos
	}, asl.CodeBuild, `States["M"].ToleratedFailureCount`, "ToleratedFailureCountExpr"},
	{"tolerated percentage expression", func() (*sfn.StateMachine, string) {
		m, pos := sfn.NewMap("M").Distributed(sfn.ExecutionStandard).ToleratedFailurePercentageExpr("{% 5"), here()
		return sfn.NewStateMachine("M", m.ItemProcessor(sfn.NewPass("P"))).QueryLanguage(sfn.JSONata), pos
	}, asl.CodeBuild, `States["M"].ToleratedFailurePercentage`, "ToleratedFailurePercentageExpr"},
	{"concurrency expression", func() (*sfn.StateMachine, string) {
		m, pos := sfn.NewMap("M").MaxConcurrencyExpr("$n"), here()
		return sfn.NewStateMachine("M", m.ItemProcessor(sfn.NewPass("P"))).QueryLanguage(sfn.JSONata), pos
	}, asl.CodeBuild, `States["M"].MaxConcurrency`, "MaxConcurrencyExpr"},
	{"nil commented condition", func() (*sfn.StateMachine, string) {
		cond, pos := sfn.Commented(nil, "c"), here()
		return sfn.NewStateMachine("M", sfn.NewChoice("C").When(sfn.And(sfn.IsPresent("$.x"), cond), sfn.NewSucceed("S"))), pos
	}, asl.CodeBuild, `States["C"].Choices[0].And[1]`, "Commented: the Condition is nil"},
	{"nil negated condition", func() (*sfn.StateMachine, string) {
		cond, pos := sfn.Not(nil), here()
		return sfn.NewStateMachine("M", sfn.NewChoice("C").When(sfn.Or(sfn.IsPresent("$.x"), cond), sfn.NewSucceed("S"))), pos
	}, asl.CodeBuild, `States["C"].Choices[0].Or[1].Not`, "nil"},
	{"unsupported catcher payload", func() (*sfn.StateMachine, string) {
		c, pos := sfn.CatchOn(sfn.ErrAll).Assign(map[string]any{"ch": make(chan int)}), here()
		t := sfn.NewTask("T", fnArn).Catch(sfn.CatchOn(sfn.ErrTimeout), sfn.NewSucceed("S")).Catch(c, sfn.NewSucceed("F"))
		return sfn.NewStateMachine("M", t), pos
	}, asl.CodeBuild, `States["T"].Catch[1].Assign.ch`, "chan"},
	{"unsupported batch input", func() (*sfn.StateMachine, string) {
		b, pos := sfn.BatchItems().BatchInput(map[string]any{"ch": make(chan int)}), here()
		m := sfn.NewMap("M").Distributed(sfn.ExecutionStandard).ItemBatcher(b).ItemProcessor(sfn.NewPass("P"))
		return sfn.NewStateMachine("M", m), pos
	}, asl.CodeBuild, `States["M"].ItemBatcher.BatchInput.ch`, "chan"},
	{"nil commented branch", func() (*sfn.StateMachine, string) {
		p, pos := sfn.NewParallel("P").Branch(sfn.NewPass("A")).CommentedBranch(nil, "c"), here()
		return sfn.NewStateMachine("M", p), pos
	}, asl.CodeBuild, `States["P"].Branches`, "CommentedBranch"},
	{"path alone", func() (*sfn.StateMachine, string) {
		p, pos := sfn.NewMap("M").ItemSelector(sfn.Path("$$.Map.Item.Value")).ItemProcessor(sfn.NewPass("P")), here()
		return sfn.NewStateMachine("M", p), pos
	}, asl.CodeBuild, `States["M"].ItemSelector`, "cannot stand alone"},
	{"nil next", func() (*sfn.StateMachine, string) {
		p, pos := sfn.NewPass("P").Next(nil), here()
		return sfn.NewStateMachine("M", p), pos
	}, asl.CodeBuild, `States["P"].Next`, "nil"},
	{"typed nil next", func() (*sfn.StateMachine, string) {
		var missing *sfn.Task
		p, pos := sfn.NewPass("P").Next(missing), here()
		return sfn.NewStateMachine("M", p), pos
	}, asl.CodeBuild, `States["P"].Next`, "nil"},
	{"nil in sequence", func() (*sfn.StateMachine, string) {
		c, pos := sfn.Sequence(sfn.NewPass("A"), nil, sfn.NewPass("B")), here()
		return sfn.NewStateMachine("M", c), pos
	}, asl.CodeBuild, `States["A"]`, "Sequence: the Chainable is nil"},
	{"nil first in sequence", func() (*sfn.StateMachine, string) {
		c, pos := sfn.Sequence(nil, sfn.NewPass("B")), here()
		return sfn.NewStateMachine("M", c), pos
	}, asl.CodeBuild, `States["B"]`, "nil"},
	{"nil when target", func() (*sfn.StateMachine, string) {
		c, pos := sfn.NewChoice("C").When(sfn.IsPresent("$.x"), nil).Otherwise(sfn.NewSucceed("S")), here()
		return sfn.NewStateMachine("M", c), pos
	}, asl.CodeBuild, `States["C"].Choices`, "When"},
	{"nil condition", func() (*sfn.StateMachine, string) {
		c, pos := sfn.NewChoice("C").When(nil, sfn.NewSucceed("S")).Otherwise(sfn.NewSucceed("D")), here()
		return sfn.NewStateMachine("M", c), pos
	}, asl.CodeBuild, `States["C"].Choices`, "Condition is nil"},
	{"nil condition in and", func() (*sfn.StateMachine, string) {
		cond, pos := sfn.And(sfn.IsPresent("$.x"), nil), here()
		return sfn.NewStateMachine("M", sfn.NewChoice("C").When(cond, sfn.NewSucceed("S"))), pos
	}, asl.CodeBuild, `States["C"].Choices[0].And[1]`, "Condition is nil"},
	{"nil branch", func() (*sfn.StateMachine, string) {
		p, pos := sfn.NewParallel("P").Branch(sfn.NewPass("A"), nil), here()
		return sfn.NewStateMachine("M", p), pos
	}, asl.CodeBuild, `States["P"].Branches`, "Branch"},
	{"nil catch handler", func() (*sfn.StateMachine, string) {
		t, pos := sfn.NewTask("T", fnArn).Catch(sfn.CatchOn(sfn.ErrAll), nil), here()
		return sfn.NewStateMachine("M", t), pos
	}, asl.CodeBuild, `States["T"].Catch`, "Catch"},
	{"nil catcher", func() (*sfn.StateMachine, string) {
		t, pos := sfn.NewTask("T", fnArn).Catch(nil, sfn.NewPass("H")), here()
		return sfn.NewStateMachine("M", t), pos
	}, asl.CodeBuild, `States["T"].Catch`, "Catcher is nil"},
	{"nil retrier", func() (*sfn.StateMachine, string) {
		t, pos := sfn.NewTask("T", fnArn).Retry(nil), here()
		return sfn.NewStateMachine("M", t), pos
	}, asl.CodeBuild, `States["T"].Retry`, "retrier 0 is nil"},
	{"nil wait time", func() (*sfn.StateMachine, string) {
		w, pos := sfn.NewWait("W", nil), here()
		return sfn.NewStateMachine("M", w), pos
	}, asl.CodeBuild, `States["W"]`, "WaitTime is nil"},
	{"nil definition", func() (*sfn.StateMachine, string) {
		m, pos := sfn.NewStateMachine("M", nil), here()
		return m, pos
	}, asl.CodeBuild, `(definition)`, "definition is nil"},
	{"nil fragment", func() (*sfn.StateMachine, string) {
		var f sfn.Fragment
		c, pos := f.WithPrefix("x"), here()
		return sfn.NewStateMachine("M", c), pos
	}, asl.CodeBuild, `(definition)`, "Fragment is nil"},
	{"machine name", func() (*sfn.StateMachine, string) {
		m, pos := sfn.NewStateMachine("my machine", sfn.NewSucceed("S")), here()
		return m, pos
	}, asl.CodeInvalidValue, `(definition)`, `' ' is not allowed`},
}

func TestMisuse(t *testing.T) {
	for _, tc := range misuseCases {
		t.Run(tc.name, func(t *testing.T) {
			m, pos := tc.build()
			_, diags := m.Build()
			var found bool
			for _, d := range only(diags, tc.code) {
				if d.At.String() == tc.at && strings.Contains(d.Message, tc.msg) {
					found = true
					if d.Source != pos {
						t.Errorf("Source = %q, want %q (%s)", d.Source, pos, d)
					}
					if d.Severity != asl.Error {
						t.Errorf("Severity = %v, want error", d.Severity)
					}
				}
			}
			if !found {
				t.Errorf("no %s problem at %s mentioning %q; got:%s", tc.code, tc.at, tc.msg, lines(diags))
			}
			if _, err := m.Synth(); err == nil {
				t.Errorf("Synth succeeded despite the problem")
			}
		})
	}
}

func TestNoProblemForSameNextTwice(t *testing.T) {
	a, b := sfn.NewPass("A"), sfn.NewPass("B")
	a.Next(b)
	sfn.Sequence(a, b)
	if _, err := sfn.NewStateMachine("M", a).Synth(); err != nil {
		t.Errorf("continuing at the same state twice: %v", err)
	}
}

func TestOwnership(t *testing.T) {
	shared, pos := sfn.NewPass("Shared"), here()
	first := sfn.NewStateMachine("First", shared)
	second := sfn.NewStateMachine("Second", sfn.NewPass("Start").Next(shared))
	if _, diags := first.Build(); diags.HasErrors() {
		t.Fatalf("first machine:%s", lines(diags))
	}
	_, diags := second.Build()
	got := only(diags, asl.CodeStateOwnership)
	if len(got) != 1 {
		t.Fatalf("want one ownership problem, got:%s", lines(diags))
	}
	d := got[0]
	if d.At.String() != `States["Shared"]` || d.Source != pos || !strings.Contains(d.Message, `"First"`) {
		t.Errorf("ownership problem = %s; want at States[\"Shared\"], source %s, naming machine First", d, pos)
	}
	// The first machine still owns it and builds cleanly again.
	if _, diags := first.Build(); diags.HasErrors() {
		t.Errorf("first machine rebuilt:%s", lines(diags))
	}
}

func TestDuplicateNames(t *testing.T) {
	a, posA := sfn.NewPass("Same"), here()
	b, posB := sfn.NewPass("Same"), here()
	m, diags := sfn.NewStateMachine("M", a.Next(b)).Build()
	if len(m.States) != 2 {
		t.Fatalf("want both states emitted, got %d", len(m.States))
	}
	got := only(diags, asl.CodeDuplicateStateName)
	if len(got) == 0 {
		t.Fatalf("want a duplicate-state-name problem, got:%s", lines(diags))
	}
	for _, d := range got {
		if d.Source != posA && d.Source != posB {
			t.Errorf("Source = %q, want %s or %s", d.Source, posA, posB)
		}
	}
}

func TestValidatorSources(t *testing.T) {
	choice, choiceAt := sfn.NewChoice("Empty"), here()
	par, parAt := sfn.NewParallel("NoBranches"), here()
	mp, mapAt := sfn.NewMap("NoProcessor"), here()
	cases := []struct {
		def  sfn.Chainable
		code asl.Code
		pos  string
	}{
		{choice, asl.CodeChoiceNoRules, choiceAt},
		{par, asl.CodeParallelNoBranches, parAt},
		{mp, asl.CodeMapNoProcessor, mapAt},
	}
	for _, tc := range cases {
		_, diags := sfn.NewStateMachine("M", tc.def).Build()
		got := only(diags, tc.code)
		if len(got) != 1 || got[0].Source != tc.pos {
			t.Errorf("want one %s problem from %s, got:%s", tc.code, tc.pos, lines(diags))
		}
		if len(only(diags, asl.CodeBuild)) != 0 {
			t.Errorf("unexpected build problems:%s", lines(diags))
		}
	}
}

func TestSynthErrorListsEveryProblem(t *testing.T) {
	t1 := sfn.NewTask("T", fnArn).Timeout(time.Millisecond).Heartbeat(time.Millisecond)
	_, err := sfn.NewStateMachine("M", t1).Synth()
	diags, ok := err.(asl.Diagnostics)
	if !ok {
		t.Fatalf("error is %T, want asl.Diagnostics", err)
	}
	if n := len(only(diags, asl.CodeBuild)); n != 2 {
		t.Errorf("want 2 build problems, got:%s", lines(diags))
	}
	if !strings.Contains(err.Error(), "misuse_test.go:") {
		t.Errorf("error text lacks the source position:\n%s", err)
	}
}

// TestSynthChecksSize: AWS counts the compact form against its 1 MiB
// limit. A machine whose indented ASL is well over the limit but whose
// compact form is exactly at it synthesizes; one byte more is refused.
func TestSynthChecksSize(t *testing.T) {
	build := func(pad int) *sfn.StateMachine {
		chain := sfn.Sequence(sfn.NewPass("P0").Comment(strings.Repeat("x", pad)).ResultPath("$.r"))
		for i := 1; i < 4000; i++ {
			chain = chain.Next(sfn.NewPass(fmt.Sprint("P", i)).Parameters(map[string]any{"a": map[string]any{"b": sfn.Path("$.c")}}))
		}
		return sfn.NewStateMachine("Big", chain)
	}
	model, diags := build(0).Build()
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	pad := asl.MaxDefinitionBytes - len(asl.RenderCompact(model))
	text, err := build(pad).Synth()
	if err != nil {
		t.Fatalf("compact form at the limit: %v", err)
	}
	if len(text) < asl.MaxDefinitionBytes+200_000 {
		t.Fatalf("the indented form has %d bytes; the test needs it well over the limit", len(text))
	}
	_, err = build(pad + 1).Synth()
	if !errors.As(err, &diags) || !slices.Equal(diags.Codes(), []asl.Code{asl.CodeDefinitionTooLarge}) {
		t.Errorf("one byte over the limit: want only %s, got %v", asl.CodeDefinitionTooLarge, err)
	}
}
