package sfn_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stepwise-go/stepwise/constructs/sfn"
)

// setterCases render the setters that complete what ASL can say: payloads
// that are not objects, credentials templates, comments on rules and
// blocks, null paths on every state type, readers without a prefix.
var setterCases = []struct {
	name string
	def  func() sfn.Chainable
	want string
}{
	{"pass parameters string", func() sfn.Chainable {
		return sfn.NewPass("P").Result(map[string]any{"foo": 1}).Parameters("I'm a parameter!")
	}, `{"P":{"Type":"Pass","Parameters":"I'm a parameter!","Result":{"foo":1},"End":true}}`},
	{"pass parameters array with paths", func() sfn.Chainable {
		return sfn.NewPass("P").Parameters([]any{map[string]any{"id": sfn.ContextExecutionID}, "abc", 2}).ResultPath("$.d")
	}, `{"P":{"Type":"Pass","Parameters":[{"id.$":"$$.Execution.Id"},"abc",2],"ResultPath":"$.d","End":true}}`},
	{"parameters and selectors as raw JSON", func() sfn.Chainable {
		return sfn.NewParallel("P").Parameters(json.RawMessage(`"$.foo"`)).ResultSelector([]string{"a"}).
			Branch(sfn.NewSucceed("S"))
	}, `{"P":{"Type":"Parallel","Parameters":"$.foo","Branches":[{"StartAt":"S","States":{"S":{"Type":"Succeed"}}}],` +
		`"ResultSelector":["a"],"End":true}}`},
	{"map item selector string, result selector number", func() sfn.Chainable {
		return sfn.NewMap("M").ItemSelector("$.foo").ResultSelector(7).ItemProcessor(sfn.NewPass("X"))
	}, `{"M":{"Type":"Map","ItemSelector":"$.foo","ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"X",` +
		`"States":{"X":{"Type":"Pass","End":true}}},"ResultSelector":7,"End":true}}`},
	{"task parameters null, result selector array", func() sfn.Chainable {
		return sfn.NewTask("T", fnArn).Parameters(nil).ResultSelector([]any{})
	}, `{"T":{"Type":"Task","Resource":"` + fnArn + `","Parameters":null,"ResultSelector":[],"End":true}}`},
	{"task credentials template", func() sfn.Chainable {
		return sfn.NewTask("T", fnArn).CredentialsFrom(map[string]any{
			"RoleArn": "arn:aws:iam::123456789012:role/R", "flag": true, "parts": map[string]any{"foo": sfn.Path("$.vals[0]")}, "baz": 5,
		})
	}, `{"T":{"Type":"Task","Resource":"` + fnArn + `","Credentials":{"RoleArn":"arn:aws:iam::123456789012:role/R","baz":5,"flag":true,"parts":{"foo.$":"$.vals[0]"}},"End":true}}`},
	{"task credentials replace each other", func() sfn.Chainable {
		return sfn.NewTask("T", fnArn).CredentialsFrom(map[string]any{"RoleArn": sfn.Path("$.role")}).
			Next(sfn.NewTask("U", fnArn).CredentialsFrom(map[string]any{"x": 1}).Credentials("arn:aws:iam::123456789012:role/R"))
	}, `{"T":{"Type":"Task","Resource":"` + fnArn + `","Credentials":{"RoleArn.$":"$.role"},"Next":"U"},` +
		`"U":{"Type":"Task","Resource":"` + fnArn + `","Credentials":{"RoleArn":"arn:aws:iam::123456789012:role/R"},"End":true}}`},
	{"choice rule comments", func() sfn.Chainable {
		return sfn.NewChoice("C").
			When(sfn.IsPresent("$.a"), sfn.NewSucceed("A"), sfn.RuleComment("top")).
			When(sfn.Commented(sfn.And(
				sfn.Commented(sfn.IsPresent("$.b"), "nested"),
				sfn.Commented(sfn.Or(sfn.IsPresent("$.d"), sfn.Not(sfn.Commented(sfn.IsNull("$.e"), "under not"))), "in or"),
			), "replaced"), sfn.NewSucceed("B"), sfn.RuleComment("rule"))
	}, `{"C":{"Type":"Choice","Choices":[{"Comment":"top","Variable":"$.a","IsPresent":true,"Next":"A"},` +
		`{"Comment":"rule","And":[{"Comment":"nested","Variable":"$.b","IsPresent":true},` +
		`{"Comment":"in or","Or":[{"Variable":"$.d","IsPresent":true},{"Not":{"Comment":"under not","Variable":"$.e","IsNull":true}}]}],` +
		`"Next":"B"}]},"A":{"Type":"Succeed"},"B":{"Type":"Succeed"}}`},
	{"commented top-level condition, shared", func() sfn.Chainable {
		cond := sfn.StringEquals("$.s", "x")
		return sfn.NewChoice("C").When(sfn.Commented(cond, "c"), sfn.NewSucceed("X")).When(cond, sfn.NewSucceed("Y"))
	}, `{"C":{"Type":"Choice","Choices":[{"Comment":"c","Variable":"$.s","StringEquals":"x","Next":"X"},` +
		`{"Variable":"$.s","StringEquals":"x","Next":"Y"}]},"X":{"Type":"Succeed"},"Y":{"Type":"Succeed"}}`},
	{"choice, wait and succeed discard", func() sfn.Chainable {
		done := sfn.NewSucceed("S").DiscardInput().DiscardOutput()
		wait := sfn.NewWait("W", sfn.WaitSecondsPath("$.s")).DiscardInput().DiscardOutput().Next(done)
		return sfn.NewChoice("C").DiscardInput().DiscardOutput().When(sfn.IsPresent("$.x"), wait)
	}, `{"C":{"Type":"Choice","InputPath":null,"Choices":[{"Variable":"$.x","IsPresent":true,"Next":"W"}],"OutputPath":null},` +
		`"W":{"Type":"Wait","SecondsPath":"$.s","InputPath":null,"OutputPath":null,"Next":"S"},` +
		`"S":{"Type":"Succeed","InputPath":null,"OutputPath":null}}`},
	{"parallel discard and branch comments", func() sfn.Chainable {
		return sfn.NewParallel("P").DiscardInput().DiscardOutput().
			Branch(sfn.NewPass("A")).CommentedBranch(sfn.NewPass("B"), "second").Branch(sfn.NewPass("C"))
	}, `{"P":{"Type":"Parallel","InputPath":null,"Branches":[{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}},` +
		`{"Comment":"second","StartAt":"B","States":{"B":{"Type":"Pass","End":true}}},` +
		`{"StartAt":"C","States":{"C":{"Type":"Pass","End":true}}}],"OutputPath":null,"End":true}}`},
	{"map discard and processor comment", func() sfn.Chainable {
		return sfn.NewMap("M").DiscardInput().DiscardOutput().ItemProcessorComment("each item").ItemProcessor(sfn.NewPass("X"))
	}, `{"M":{"Type":"Map","InputPath":null,"ItemProcessor":{"Comment":"each item","ProcessorConfig":{"Mode":"INLINE"},` +
		`"StartAt":"X","States":{"X":{"Type":"Pass","End":true}}},"OutputPath":null,"End":true}}`},
	{"objects reader without prefix", func() sfn.Chainable {
		return sfn.NewMap("M").Distributed(sfn.ExecutionExpress).ItemReader(sfn.ReadS3Objects("${InputBucket}", nil)).
			ItemProcessor(sfn.NewPass("X"))
	}, `{"M":{"Type":"Map","ItemReader":{"Resource":"arn:aws:states:::s3:listObjectsV2","Parameters":{"Bucket":"${InputBucket}"}},` +
		`"ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"EXPRESS"},"StartAt":"X",` +
		`"States":{"X":{"Type":"Pass","End":true}}},"End":true}}`},
	{"results writer without prefix", func() sfn.Chainable {
		return sfn.NewMap("M").Distributed(sfn.ExecutionExpress).ResultWriter(sfn.WriteResultsToS3("b", nil)).
			ItemProcessor(sfn.NewPass("X"))
	}, `{"M":{"Type":"Map","ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"EXPRESS"},"StartAt":"X",` +
		`"States":{"X":{"Type":"Pass","End":true}}},"ResultWriter":{"Resource":"arn:aws:states:::s3:putObject","Parameters":{"Bucket":"b"}},"End":true}}`},
	{"objects reader with empty prefix", func() sfn.Chainable {
		return sfn.NewMap("M").Distributed(sfn.ExecutionExpress).ItemReader(sfn.ReadS3Objects("b", "")).
			ItemProcessor(sfn.NewPass("X"))
	}, `{"M":{"Type":"Map","ItemReader":{"Resource":"arn:aws:states:::s3:listObjectsV2","Parameters":{"Bucket":"b","Prefix":""}},` +
		`"ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"EXPRESS"},"StartAt":"X",` +
		`"States":{"X":{"Type":"Pass","End":true}}},"End":true}}`},
}

func TestSetters(t *testing.T) {
	for _, tc := range setterCases {
		t.Run(tc.name, func(t *testing.T) {
			if got := statesJSON(t, tc.def()); got != tc.want {
				t.Errorf("States differ:%s", diff(tc.want, got))
			}
		})
	}
}

// TestExpressionSetters renders the JSONata forms of numeric fields.
func TestExpressionSetters(t *testing.T) {
	cases := []struct {
		name string
		def  sfn.Chainable
		want string
	}{
		{"task timeout and heartbeat",
			sfn.NewTask("T", fnArn).TimeoutExpr(sfn.Expr("120")).HeartbeatExpr(sfn.Expr("$states.input.hb")),
			`{"T":{"Type":"Task","Resource":"` + fnArn + `","TimeoutSeconds":"{% 120 %}","HeartbeatSeconds":"{% $states.input.hb %}","End":true}}`},
		{"expressions replace numbers, numbers replace expressions",
			sfn.NewTask("T", fnArn).Timeout(time.Minute).TimeoutExpr(sfn.Expr("60")).HeartbeatExpr(sfn.Expr("5")).Heartbeat(5 * time.Second),
			`{"T":{"Type":"Task","Resource":"` + fnArn + `","TimeoutSeconds":"{% 60 %}","HeartbeatSeconds":5,"End":true}}`},
		{"map tolerated failures and concurrency",
			sfn.NewMap("M").Distributed(sfn.ExecutionStandard).ToleratedFailureCount(3).ToleratedFailureCountExpr(sfn.Expr("$n")).
				ToleratedFailurePercentageExpr(sfn.Expr("$p")).MaxConcurrencyExpr(sfn.Expr("$c")).ItemProcessor(sfn.NewPass("X")),
			`{"M":{"Type":"Map","MaxConcurrency":"{% $c %}","ToleratedFailureCount":"{% $n %}","ToleratedFailurePercentage":"{% $p %}",` +
				`"ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},"StartAt":"X",` +
				`"States":{"X":{"Type":"Pass","End":true}}},"End":true}}`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := machineJSON(t, sfn.NewStateMachine("M", tc.def).QueryLanguage(sfn.JSONata))
			want := `{"QueryLanguage":"JSONata","StartAt":"` + startName(tc.def) + `","States":` + tc.want + `}`
			if got != want {
				t.Error(diff(want, got))
			}
		})
	}
}

// startName returns the name of the first state of a single-state case.
func startName(c sfn.Chainable) string {
	if s, ok := c.(sfn.State); ok {
		return s.Name()
	}
	return ""
}
