package sfn_test

import (
	"strings"
	"testing"

	"github.com/stepwise-go/stepwise/constructs/sfn"
	"github.com/stepwise-go/stepwise/jsontree"
)

// machineJSON synthesizes m and returns the whole document on one line.
func machineJSON(t *testing.T, m *sfn.StateMachine) string {
	t.Helper()
	out, err := m.Synth()
	if err != nil {
		t.Fatalf("Synth: %v", err)
	}
	v, err := jsontree.Parse(out)
	if err != nil {
		t.Fatal(err)
	}
	return compact(v)
}

func TestJSONataStates(t *testing.T) {
	lambda := "arn:aws:states:::lambda:invoke"
	cases := []struct {
		name string
		m    *sfn.StateMachine
		want string
	}{
		{"machine language and Output",
			sfn.NewStateMachine("M", sfn.NewPass("P").Output(map[string]any{"n": sfn.Expr("$states.input.n")})).QueryLanguage(sfn.JSONata),
			`{"QueryLanguage":"JSONata","StartAt":"P","States":{"P":{"Type":"Pass","Output":{"n":"{% $states.input.n %}"},"End":true}}}`},
		{"task Arguments, Assign, expression timeout",
			sfn.NewStateMachine("M", sfn.NewTask("T", lambda).QueryLanguage(sfn.JSONata).
				Arguments(map[string]any{"FunctionName": "f", "Payload": sfn.Expr("$states.input")}).
				Assign(map[string]any{"last": sfn.Expr("$states.result.Payload")})),
			`{"StartAt":"T","States":{"T":{"Type":"Task","QueryLanguage":"JSONata","Resource":"arn:aws:states:::lambda:invoke","Arguments":{"FunctionName":"f","Payload":"{% $states.input %}"},"Assign":{"last":"{% $states.result.Payload %}"},"End":true}}}`},
		{"JSONPath Assign with a Path",
			sfn.NewStateMachine("M", sfn.NewPass("P").Assign(map[string]any{"id": sfn.Path("$.id"), "fixed": 1})),
			`{"StartAt":"P","States":{"P":{"Type":"Pass","Assign":{"fixed":1,"id.$":"$.id"},"End":true}}}`},
		{"JSONata choice rule with Output and Assign",
			sfn.NewStateMachine("M", sfn.NewChoice("C").
				When(sfn.JSONataCondition(sfn.Expr("$states.input.ok")), sfn.NewSucceed("Yes"), sfn.RuleOutput(map[string]any{"ok": true}), sfn.RuleAssign(map[string]any{"seen": true})).
				Otherwise(sfn.NewFail("No"))).QueryLanguage(sfn.JSONata),
			`{"QueryLanguage":"JSONata","StartAt":"C","States":{"C":{"Type":"Choice","Choices":[{"Condition":"{% $states.input.ok %}","Output":{"ok":true},"Assign":{"seen":true},"Next":"Yes"}],"Default":"No"},"Yes":{"Type":"Succeed"},"No":{"Type":"Fail"}}}`},
		{"expression wait times",
			sfn.NewStateMachine("M", sfn.NewWait("W", sfn.WaitSecondsExpr(sfn.Expr("$states.input.delay"))).Next(sfn.NewWait("U", sfn.WaitTimestampExpr(sfn.Expr("$states.input.at"))))).QueryLanguage(sfn.JSONata),
			`{"QueryLanguage":"JSONata","StartAt":"W","States":{"W":{"Type":"Wait","Seconds":"{% $states.input.delay %}","Next":"U"},"U":{"Type":"Wait","Timestamp":"{% $states.input.at %}","End":true}}}`},
		{"catcher Output and Assign",
			sfn.NewStateMachine("M", sfn.NewTask("T", lambda).
				Catch(sfn.CatchOn(sfn.ErrAll).Output(sfn.Expr("$states.errorOutput")).Assign(map[string]any{"failed": true}), sfn.NewFail("F"))).QueryLanguage(sfn.JSONata),
			`{"QueryLanguage":"JSONata","StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Catch":[{"ErrorEquals":["States.ALL"],"Output":"{% $states.errorOutput %}","Assign":{"failed":true},"Next":"F"}],"End":true},"F":{"Type":"Fail"}}}`},
		{"Succeed Output, Parallel Arguments",
			sfn.NewStateMachine("M", sfn.NewParallel("P").Arguments(sfn.Expr("$states.input.order")).Branch(sfn.NewSucceed("S").Output(sfn.Expr("$states.input")))).QueryLanguage(sfn.JSONata),
			`{"QueryLanguage":"JSONata","StartAt":"P","States":{"P":{"Type":"Parallel","Arguments":"{% $states.input.order %}","Branches":[{"StartAt":"S","States":{"S":{"Type":"Succeed","Output":"{% $states.input %}"}}}],"End":true}}}`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := machineJSON(t, tc.m); got != tc.want {
				t.Error(diff(tc.want, got))
			}
		})
	}
}

// TestPayloadFollowsLanguage is the case the AWS CDK 2.276.0 gets wrong
// (aws-cdk issue 34352): a task inside a Map of a JSONata machine must
// render Arguments, not Parameters. The task does not know where it will
// be used; Build picks the form by its effective language.
func TestPayloadFollowsLanguage(t *testing.T) {
	task := func() *sfn.Task {
		return sfn.NewTask("Invoke", "arn:aws:states:::lambda:invoke").
			Payload(map[string]any{"FunctionName": "f", "Payload": sfn.Path("$")},
				map[string]any{"FunctionName": "f", "Payload": sfn.Expr("$states.input")})
	}
	inMap := func() sfn.Chainable { return sfn.NewMap("Each").ItemProcessor(task()) }

	jsonata := machineJSON(t, sfn.NewStateMachine("A", inMap()).QueryLanguage(sfn.JSONata))
	want := `{"QueryLanguage":"JSONata","StartAt":"Each","States":{"Each":{"Type":"Map","ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"Invoke","States":{"Invoke":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Arguments":{"FunctionName":"f","Payload":"{% $states.input %}"},"End":true}}},"End":true}}}`
	if jsonata != want {
		t.Error(diff(want, jsonata))
	}
	jsonPath := machineJSON(t, sfn.NewStateMachine("B", inMap()))
	want = `{"StartAt":"Each","States":{"Each":{"Type":"Map","ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"Invoke","States":{"Invoke":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"f","Payload.$":"$"},"End":true}}},"End":true}}}`
	if jsonPath != want {
		t.Error(diff(want, jsonPath))
	}
	// A state's own language wins over the machine's.
	own := machineJSON(t, sfn.NewStateMachine("C", task().QueryLanguage(sfn.JSONata)))
	if want := `"QueryLanguage":"JSONata","Resource":"arn:aws:states:::lambda:invoke","Arguments"`; !strings.Contains(own, want) {
		t.Errorf("state-level JSONata: %s", own)
	}
}

func TestDistributedMap(t *testing.T) {
	m := sfn.NewStateMachine("D", sfn.NewMap("Rows").Distributed(sfn.ExecutionExpress).
		ItemReader(sfn.ReadS3CSV("${Bucket}", sfn.Path("$.key")).Headers("id", "name").Delimiter(sfn.DelimiterSemicolon).MaxItems(100)).
		ItemBatcher(sfn.BatchItems().MaxItems(10).MaxInputBytes(262144).BatchInput(map[string]any{"run": sfn.Path("$$.Execution.Id")})).
		ResultWriter(sfn.WriteResultsToS3("${Bucket}", "out/").Transformation(sfn.TransformFlatten).OutputJSONL()).
		ToleratedFailurePercentage(5).ToleratedFailureCount(3).Label("rows").
		ItemProcessor(sfn.NewPass("Row")))
	want := `{"StartAt":"Rows","States":{"Rows":{"Type":"Map",` +
		`"ItemReader":{"Resource":"arn:aws:states:::s3:getObject","ReaderConfig":{"InputType":"CSV","CSVHeaderLocation":"GIVEN","CSVHeaders":["id","name"],"CSVDelimiter":"SEMICOLON","MaxItems":100},"Parameters":{"Bucket":"${Bucket}","Key.$":"$.key"}},` +
		`"ItemBatcher":{"MaxItemsPerBatch":10,"MaxInputBytesPerBatch":262144,"BatchInput":{"run.$":"$$.Execution.Id"}},` +
		`"ToleratedFailureCount":3,"ToleratedFailurePercentage":5,"Label":"rows",` +
		`"ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"EXPRESS"},"StartAt":"Row","States":{"Row":{"Type":"Pass","End":true}}},` +
		`"ResultWriter":{"Resource":"arn:aws:states:::s3:putObject","Parameters":{"Bucket":"${Bucket}","Prefix":"out/"},"WriterConfig":{"Transformation":"FLATTEN","OutputType":"JSONL"}},"End":true}}}`
	if got := machineJSON(t, m); got != want {
		t.Error(diff(want, got))
	}
	// In a JSONata machine the reader and writer take Arguments.
	j := machineJSON(t, sfn.NewStateMachine("E", sfn.NewMap("Objects").Distributed(sfn.ExecutionStandard).
		ItemReader(sfn.ReadS3Objects("b", sfn.Expr("$states.input.prefix"))).
		ItemProcessor(sfn.NewPass("O"))).QueryLanguage(sfn.JSONata))
	if want := `"ItemReader":{"Resource":"arn:aws:states:::s3:listObjectsV2","Arguments":{"Bucket":"b","Prefix":"{% $states.input.prefix %}"}}`; !strings.Contains(j, want) {
		t.Errorf("JSONata reader: %s", j)
	}
}
