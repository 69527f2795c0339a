package sfn_test

import (
	"testing"
	"time"

	"github.com/stepwise-go/stepwise/constructs/sfn"
)

const fnArn = "arn:aws:lambda:us-east-1:123456789012:function:work"

// stateCases are one small workflow per state type and option, with the
// States object they must render (compact, in canonical order).
var stateCases = []struct {
	name string
	def  func() sfn.Chainable
	want string
}{
	// Pass
	{"pass", func() sfn.Chainable { return sfn.NewPass("P") },
		`{"P":{"Type":"Pass","End":true}}`},
	{"pass all", func() sfn.Chainable {
		return sfn.NewPass("P").Comment("c").InputPath("$.in").Parameters(map[string]any{"a": 1, "b": sfn.Path("$.b")}).
			ResultPath("$.r").OutputPath("$.out")
	}, `{"P":{"Type":"Pass","Comment":"c","InputPath":"$.in","Parameters":{"a":1,"b.$":"$.b"},"ResultPath":"$.r","OutputPath":"$.out","End":true}}`},
	{"pass result", func() sfn.Chainable {
		return sfn.NewPass("P").Result([]any{1, "x", true, nil, sfn.Path("$.literal")})
	}, `{"P":{"Type":"Pass","Result":[1,"x",true,null,"$.literal"],"End":true}}`},
	{"pass discard", func() sfn.Chainable {
		return sfn.NewPass("P").DiscardInput().DiscardResult().DiscardOutput()
	}, `{"P":{"Type":"Pass","InputPath":null,"ResultPath":null,"OutputPath":null,"End":true}}`},
	{"pass next", func() sfn.Chainable { return sfn.NewPass("A").Next(sfn.NewPass("B")) },
		`{"A":{"Type":"Pass","Next":"B"},"B":{"Type":"Pass","End":true}}`},

	// Task
	{"task", func() sfn.Chainable { return sfn.NewTask("T", fnArn) },
		`{"T":{"Type":"Task","Resource":"` + fnArn + `","End":true}}`},
	{"task fields", func() sfn.Chainable {
		return sfn.NewTask("T", fnArn).Comment("c").Credentials("arn:aws:iam::123456789012:role/R").
			InputPath("$.in").Parameters(map[string]any{"x": sfn.Path("$$.Execution.Id")}).
			ResultSelector(map[string]any{"body": sfn.Path("$.Payload")}).ResultPath("$.r").OutputPath("$.out").
			Timeout(30 * time.Second).Heartbeat(10 * time.Second)
	}, `{"T":{"Type":"Task","Comment":"c","Resource":"` + fnArn + `","Credentials":{"RoleArn":"arn:aws:iam::123456789012:role/R"},` +
		`"InputPath":"$.in","Parameters":{"x.$":"$$.Execution.Id"},"ResultSelector":{"body.$":"$.Payload"},"ResultPath":"$.r",` +
		`"OutputPath":"$.out","TimeoutSeconds":30,"HeartbeatSeconds":10,"End":true}}`},
	{"task timing paths replace values", func() sfn.Chainable {
		return sfn.NewTask("T", fnArn).Timeout(time.Minute).TimeoutPath("$.timeout").Heartbeat(time.Second).HeartbeatPath("$.hb")
	}, `{"T":{"Type":"Task","Resource":"` + fnArn + `","TimeoutSecondsPath":"$.timeout","HeartbeatSecondsPath":"$.hb","End":true}}`},
	{"task discard", func() sfn.Chainable {
		return sfn.NewTask("T", fnArn).DiscardInput().DiscardResult().DiscardOutput()
	}, `{"T":{"Type":"Task","Resource":"` + fnArn + `","InputPath":null,"ResultPath":null,"OutputPath":null,"End":true}}`},
	{"task retry", func() sfn.Chainable {
		return sfn.NewTask("T", fnArn).Retry(
			sfn.RetryOn(sfn.ErrTimeout).Comment("slow").Interval(3*time.Second).MaxAttempts(0).BackoffRate(1.5).
				MaxDelay(time.Minute).Jitter(sfn.JitterNone),
			sfn.RetryOn(sfn.ErrAll))
	}, `{"T":{"Type":"Task","Resource":"` + fnArn + `","Retry":[{"Comment":"slow","ErrorEquals":["States.Timeout"],` +
		`"IntervalSeconds":3,"MaxAttempts":0,"BackoffRate":1.5,"MaxDelaySeconds":60,"JitterStrategy":"NONE"},` +
		`{"ErrorEquals":["States.ALL"]}],"End":true}}`},
	{"task catch", func() sfn.Chainable {
		handler := sfn.NewPass("Handle")
		return sfn.NewTask("T", fnArn).
			Catch(sfn.CatchOn(sfn.ErrTimeout, "Custom.Error").Comment("c").ResultPath("$.err"), handler).
			Catch(sfn.CatchOn(sfn.ErrAll).DiscardResult(), handler).
			Next(sfn.NewSucceed("Done"))
	}, `{"T":{"Type":"Task","Resource":"` + fnArn + `","Catch":[{"Comment":"c","ErrorEquals":["States.Timeout","Custom.Error"],` +
		`"ResultPath":"$.err","Next":"Handle"},{"ErrorEquals":["States.ALL"],"ResultPath":null,"Next":"Handle"}],"Next":"Done"},` +
		`"Done":{"Type":"Succeed"},"Handle":{"Type":"Pass","End":true}}`},

	// Choice
	{"choice", func() sfn.Chainable {
		return sfn.NewChoice("C").Comment("c").InputPath("$.in").OutputPath("$.out").
			When(sfn.StringEquals("$.s", "x"), sfn.NewSucceed("X")).
			When(sfn.And(sfn.IsPresent("$.n"), sfn.Not(sfn.NumericGreaterThanEqualsPath("$.n", "$.limit"))), sfn.NewSucceed("Y")).
			Otherwise(sfn.NewFail("Z"))
	}, `{"C":{"Type":"Choice","Comment":"c","InputPath":"$.in","Choices":[{"Variable":"$.s","StringEquals":"x","Next":"X"},` +
		`{"And":[{"Variable":"$.n","IsPresent":true},{"Not":{"Variable":"$.n","NumericGreaterThanEqualsPath":"$.limit"}}],"Next":"Y"}],` +
		`"Default":"Z","OutputPath":"$.out"},"X":{"Type":"Succeed"},"Y":{"Type":"Succeed"},"Z":{"Type":"Fail"}}`},
	{"choice or and is-not", func() sfn.Chainable {
		return sfn.NewChoice("C").
			When(sfn.Or(sfn.IsNotNull("$.a"), sfn.BooleanEquals("$.b", false), sfn.StringMatches("$.c", "log-*.txt")), sfn.NewSucceed("X"))
	}, `{"C":{"Type":"Choice","Choices":[{"Or":[{"Variable":"$.a","IsNull":false},{"Variable":"$.b","BooleanEquals":false},` +
		`{"Variable":"$.c","StringMatches":"log-*.txt"}],"Next":"X"}]},"X":{"Type":"Succeed"}}`},
	{"choice loop", func() sfn.Chainable {
		wait := sfn.NewWait("Wait", sfn.WaitDuration(time.Second))
		check := sfn.NewChoice("Done?").When(sfn.BooleanEquals("$.done", true), sfn.NewSucceed("Yes")).Otherwise(wait)
		return sfn.Sequence(wait, sfn.NewTask("Poll", fnArn), check)
	}, `{"Wait":{"Type":"Wait","Seconds":1,"Next":"Poll"},"Poll":{"Type":"Task","Resource":"` + fnArn + `","Next":"Done?"},` +
		`"Done?":{"Type":"Choice","Choices":[{"Variable":"$.done","BooleanEquals":true,"Next":"Yes"}],"Default":"Wait"},"Yes":{"Type":"Succeed"}}`},

	// Wait
	{"wait seconds", func() sfn.Chainable {
		return sfn.NewWait("W", sfn.WaitDuration(90*time.Second)).Comment("c").InputPath("$.in").OutputPath("$.out")
	}, `{"W":{"Type":"Wait","Comment":"c","Seconds":90,"InputPath":"$.in","OutputPath":"$.out","End":true}}`},
	{"wait timestamp", func() sfn.Chainable {
		return sfn.NewWait("W", sfn.WaitTimestamp(time.Date(2026, 3, 14, 1, 59, 0, 500_000_000, time.UTC)))
	}, `{"W":{"Type":"Wait","Timestamp":"2026-03-14T01:59:00.5Z","End":true}}`},
	{"wait paths", func() sfn.Chainable {
		return sfn.NewWait("A", sfn.WaitSecondsPath("$.s")).Next(sfn.NewWait("B", sfn.WaitTimestampPath("$.t")))
	}, `{"A":{"Type":"Wait","SecondsPath":"$.s","Next":"B"},"B":{"Type":"Wait","TimestampPath":"$.t","End":true}}`},

	// Succeed and Fail
	{"succeed", func() sfn.Chainable { return sfn.NewSucceed("S").Comment("c").InputPath("$.in").OutputPath("$.out") },
		`{"S":{"Type":"Succeed","Comment":"c","InputPath":"$.in","OutputPath":"$.out"}}`},
	{"fail", func() sfn.Chainable { return sfn.NewFail("F").Comment("c").Error("E").Cause("why") },
		`{"F":{"Type":"Fail","Comment":"c","Error":"E","Cause":"why"}}`},
	{"fail paths replace values", func() sfn.Chainable {
		return sfn.NewFail("F").Error("E").ErrorPath("$.error").Cause("why").CausePath("$.cause")
	}, `{"F":{"Type":"Fail","ErrorPath":"$.error","CausePath":"$.cause"}}`},

	// Parallel
	{"parallel", func() sfn.Chainable {
		return sfn.NewParallel("P").Comment("c").InputPath("$.in").Parameters(map[string]any{"x": sfn.Path("$.x")}).
			Branch(sfn.NewPass("A"), sfn.NewPass("B1").Next(sfn.NewPass("B2"))).
			ResultSelector(map[string]any{"a": sfn.Path("$[0]")}).ResultPath("$.r").OutputPath("$.out").
			Retry(sfn.RetryOn(sfn.ErrBranchFailed)).Catch(sfn.CatchOn(sfn.ErrAll), sfn.NewFail("Failed")).
			Next(sfn.NewSucceed("Done"))
	}, `{"P":{"Type":"Parallel","Comment":"c","InputPath":"$.in","Parameters":{"x.$":"$.x"},"Branches":[` +
		`{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}},` +
		`{"StartAt":"B1","States":{"B1":{"Type":"Pass","Next":"B2"},"B2":{"Type":"Pass","End":true}}}],` +
		`"ResultSelector":{"a.$":"$[0]"},"ResultPath":"$.r","OutputPath":"$.out","Retry":[{"ErrorEquals":["States.BranchFailed"]}],` +
		`"Catch":[{"ErrorEquals":["States.ALL"],"Next":"Failed"}],"Next":"Done"},"Done":{"Type":"Succeed"},"Failed":{"Type":"Fail"}}`},
	{"parallel discard", func() sfn.Chainable {
		return sfn.NewParallel("P").Branch(sfn.NewPass("A")).DiscardResult()
	}, `{"P":{"Type":"Parallel","Branches":[{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}],"ResultPath":null,"End":true}}`},

	// Map
	{"map", func() sfn.Chainable {
		return sfn.NewMap("M").Comment("c").InputPath("$.in").ItemsPath("$.items").
			ItemSelector(map[string]any{"v": sfn.Path("$$.Map.Item.Value")}).MaxConcurrency(5).
			ItemProcessor(sfn.NewPass("Each")).ResultSelector(map[string]any{"n": sfn.Path("States.ArrayLength($)")}).
			ResultPath("$.r").OutputPath("$.out").Retry(sfn.RetryOn(sfn.ErrAll)).
			Catch(sfn.CatchOn(sfn.ErrAll), sfn.NewFail("Failed"))
	}, `{"M":{"Type":"Map","Comment":"c","InputPath":"$.in","ItemsPath":"$.items","ItemSelector":{"v.$":"$$.Map.Item.Value"},` +
		`"MaxConcurrency":5,"ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"Each","States":{"Each":{"Type":"Pass","End":true}}},` +
		`"ResultSelector":{"n.$":"States.ArrayLength($)"},"ResultPath":"$.r","OutputPath":"$.out","Retry":[{"ErrorEquals":["States.ALL"]}],` +
		`"Catch":[{"ErrorEquals":["States.ALL"],"Next":"Failed"}],"End":true},"Failed":{"Type":"Fail"}}`},
	{"map concurrency path", func() sfn.Chainable {
		return sfn.NewMap("M").MaxConcurrency(3).MaxConcurrencyPath("$.max").ItemProcessor(sfn.NewPass("Each")).DiscardResult().
			Next(sfn.NewSucceed("Done"))
	}, `{"M":{"Type":"Map","MaxConcurrencyPath":"$.max","ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"Each",` +
		`"States":{"Each":{"Type":"Pass","End":true}}},"ResultPath":null,"Next":"Done"},"Done":{"Type":"Succeed"}}`},
}

func TestStates(t *testing.T) {
	for _, tc := range stateCases {
		t.Run(tc.name, func(t *testing.T) {
			if got := statesJSON(t, tc.def()); got != tc.want {
				t.Errorf("States differ:%s", diff(tc.want, got))
			}
		})
	}
}

func TestMachineFields(t *testing.T) {
	m := sfn.NewStateMachine("M", sfn.NewSucceed("S")).Comment("c").Version("1.0").Timeout(time.Hour)
	out, err := m.Synth()
	if err != nil {
		t.Fatal(err)
	}
	want := `{
  "Comment": "c",
  "Version": "1.0",
  "TimeoutSeconds": 3600,
  "StartAt": "S",
  "States": {
    "S": {
      "Type": "Succeed"
    }
  }
}
`
	if string(out) != want {
		t.Errorf("Synth:%s", diff(want, string(out)))
	}
	if m.Name() != "M" {
		t.Errorf("Name() = %q, want %q", m.Name(), "M")
	}
}
