package stacks_test

import (
	"encoding/json"
	"os"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-cdk-go/awscdk/v2/assertions"
	"github.com/aws/aws-cdk-go/awscdk/v2/cxapi"
	"github.com/aws/jsii-runtime-go"

	"github.com/stepwise-go/stepwise/constructs/workflows"
	"github.com/stepwise-go/stepwise/snapshots"
	"github.com/stepwise-go/stepwise/stacks"
)

func TestMain(m *testing.M) {
	code := m.Run()
	jsii.Close()
	os.Exit(code)
}

// app synthesizes the three example stacks once, with cdk-nag's
// AwsSolutions pack applied, as `cdk synth` does.
var app = sync.OnceValues(func() (map[string]awscdk.Stack, error) {
	a := awscdk.NewApp(nil)
	if err := stacks.NewApp(a, 0); err != nil {
		return nil, err
	}
	stacks.CheckAwsSolutions(a)
	out := map[string]awscdk.Stack{}
	for _, name := range []string{"JobPoller", "HumanApproval", "IotIngest"} {
		out[name] = a.Node().FindChild(jsii.String(name)).(awscdk.Stack)
	}
	return out, nil
})

type stackCase struct {
	name     string
	workflow string
	counts   map[string]int
	express  bool
}

var stackCases = []stackCase{
	{"JobPoller", "JobPoller", map[string]int{"AWS::StepFunctions::StateMachine": 1, "AWS::Lambda::Function": 2, "AWS::IAM::Role": 3,
		"AWS::IAM::Policy": 3, "AWS::Logs::LogGroup": 3}, false},
	{"HumanApproval", "HumanApproval", map[string]int{"AWS::StepFunctions::StateMachine": 1, "AWS::Lambda::Function": 1,
		"AWS::ApiGateway::RestApi": 1, "AWS::ApiGateway::Method": 1, "AWS::IAM::Policy": 2, "AWS::Logs::LogGroup": 3}, false},
	{"IotIngest", "IotIngest", map[string]int{"AWS::StepFunctions::StateMachine": 1, "AWS::Lambda::Function": 0, "AWS::DynamoDB::Table": 1,
		"AWS::IAM::Role": 1, "AWS::IAM::Policy": 1, "AWS::Logs::LogGroup": 1}, true},
}

func template(t *testing.T, name string) (assertions.Template, map[string]any) {
	t.Helper()
	stacksByName, err := app()
	if err != nil {
		t.Fatal(err)
	}
	tpl := assertions.Template_FromStack(stacksByName[name], nil)
	var doc map[string]any
	data, _ := json.Marshal(tpl.ToJSON())
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	return tpl, doc
}

func resourcesOf(doc map[string]any, typ string) map[string]map[string]any {
	out := map[string]map[string]any{}
	for id, r := range doc["Resources"].(map[string]any) {
		if r.(map[string]any)["Type"] == typ {
			out[id] = r.(map[string]any)
		}
	}
	return out
}

func onlyStateMachine(t *testing.T, doc map[string]any) map[string]any {
	t.Helper()
	machines := resourcesOf(doc, "AWS::StepFunctions::StateMachine")
	if len(machines) != 1 {
		t.Fatalf("%d state machines", len(machines))
	}
	for _, m := range machines {
		return m["Properties"].(map[string]any)
	}
	return nil
}

func TestResourceCounts(t *testing.T) {
	for _, sc := range stackCases {
		t.Run(sc.name, func(t *testing.T) {
			_, doc := template(t, sc.name)
			for typ, n := range sc.counts {
				if got := len(resourcesOf(doc, typ)); got != n {
					t.Errorf("%d resources of type %s, want %d", got, typ, n)
				}
			}
		})
	}
}

// TestDefinitionIsStepwiseSynth: the template's Definition is exactly what
// `stepwise synth` prints, once its substitutions are applied symbolically
// (AWS::Partition → aws, every reference → ${Name}); the definition is an
// object, not an escaped string.
func TestDefinitionIsStepwiseSynth(t *testing.T) {
	for _, sc := range stackCases {
		t.Run(sc.name, func(t *testing.T) {
			_, doc := template(t, sc.name)
			props := onlyStateMachine(t, doc)
			if _, ok := props["Definition"]; !ok {
				t.Errorf("the template has no Definition object")
			}
			w, _ := workflows.Lookup(sc.workflow)
			text, err := w.Build().Synth()
			if err != nil {
				t.Fatal(err)
			}
			var want any
			json.Unmarshal(text, &want)
			raw, _ := json.Marshal(props["Definition"])
			if str, ok := props["DefinitionString"].(string); ok {
				raw = []byte(str)
			}
			got := strings.ReplaceAll(string(raw), "${AWS::Partition}", "aws")
			var have any
			json.Unmarshal([]byte(got), &have)
			if !reflect.DeepEqual(want, have) {
				t.Errorf("Definition differs from stepwise synth %s:\n%s\nwant\n%s", sc.workflow, got, text)
			}
			subs, _ := props["DefinitionSubstitutions"].(map[string]any)
			if p, ok := subs["AWS::Partition"]; !ok || !reflect.DeepEqual(p, map[string]any{"Ref": "AWS::Partition"}) {
				t.Errorf("DefinitionSubstitutions[AWS::Partition] = %v", p)
			}
			wantType := "STANDARD"
			if sc.express {
				wantType = "EXPRESS"
			}
			if props["StateMachineType"] != wantType {
				t.Errorf("StateMachineType = %v, want %s", props["StateMachineType"], wantType)
			}
		})
	}
}

func TestJobPollerSubstitutions(t *testing.T) {
	_, doc := template(t, "JobPoller")
	subs := onlyStateMachine(t, doc)["DefinitionSubstitutions"].(map[string]any)
	for name, fn := range map[string]string{"SubmitJobFunctionArn": "SubmitJobFunction", "GetStatusFunctionArn": "GetStatusFunction"} {
		getAtt, _ := subs[name].(map[string]any)["Fn::GetAtt"].([]any)
		if len(getAtt) != 2 || !strings.HasPrefix(getAtt[0].(string), fn) || getAtt[1] != "Arn" {
			t.Errorf("DefinitionSubstitutions[%s] = %v, want the GetAtt of %s.Arn", name, subs[name], fn)
		}
	}
}

// TestLoggingAndTracing: every machine logs ALL (without execution data)
// to its log group and is traced.
func TestLoggingAndTracing(t *testing.T) {
	for _, sc := range stackCases {
		t.Run(sc.name, func(t *testing.T) {
			_, doc := template(t, sc.name)
			props := onlyStateMachine(t, doc)
			logging := props["LoggingConfiguration"].(map[string]any)
			if logging["Level"] != "ALL" || logging["IncludeExecutionData"] != false || len(logging["Destinations"].([]any)) != 1 {
				t.Errorf("LoggingConfiguration = %v", logging)
			}
			if tracing := props["TracingConfiguration"].(map[string]any); tracing["Enabled"] != true {
				t.Errorf("TracingConfiguration = %v", tracing)
			}
		})
	}
}

// TestRoleTrust: only Step Functions, acting for this account's state
// machines, may assume the machine's role.
func TestRoleTrust(t *testing.T) {
	_, doc := template(t, "IotIngest")
	for _, role := range resourcesOf(doc, "AWS::IAM::Role") {
		trust, _ := json.Marshal(role["Properties"].(map[string]any)["AssumeRolePolicyDocument"])
		for _, want := range []string{`"Service":"states.amazonaws.com"`, `"aws:SourceAccount":{"Ref":"AWS::AccountId"}`,
			`"aws:SourceArn":{"Fn::Sub":"arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:stateMachine:*"}`} {
			if !strings.Contains(string(trust), want) {
				t.Errorf("trust policy lacks %s:\n%s", want, trust)
			}
		}
	}
}

// TestPolicies: each machine's policy holds exactly the statements its
// workflow declares, then log delivery and X-Ray.
func TestPolicies(t *testing.T) {
	logs := `{"Action":["logs:CreateLogDelivery","logs:GetLogDelivery","logs:UpdateLogDelivery","logs:DeleteLogDelivery","logs:ListLogDeliveries","logs:PutResourcePolicy","logs:DescribeResourcePolicies","logs:DescribeLogGroups"],"Effect":"Allow","Resource":"*"}`
	xray := `{"Action":["xray:PutTraceSegments","xray:PutTelemetryRecords","xray:GetSamplingRules","xray:GetSamplingTargets"],"Effect":"Allow","Resource":"*"}`
	want := map[string][]string{
		"JobPoller": {
			`{"Action":"lambda:InvokeFunction","Effect":"Allow","Resource":[{"Fn::GetAtt":["SubmitJobFunction",“Arn”]},{"Fn::Sub":["${SubmitJobFunctionArn}:*",{"SubmitJobFunctionArn":{"Fn::GetAtt":["SubmitJobFunction",“Arn”]}}]},{"Fn::GetAtt":["GetStatusFunction",“Arn”]},{"Fn::Sub":["${GetStatusFunctionArn}:*",{"GetStatusFunctionArn":{"Fn::GetAtt":["GetStatusFunction",“Arn”]}}]}]}`,
			logs, xray},
		"IotIngest": {
			`{"Action":"dynamodb:PutItem","Effect":"Allow","Resource":{"Fn::GetAtt":["Readings",“Arn”]}}`,
			logs, xray},
		"HumanApproval": {
			`{"Action":"ses:SendEmail","Effect":"Allow","Resource":{"Fn::Sub":"arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:identity/*"}}`,
			logs, xray},
	}
	logical := regexp.MustCompile(`"(SubmitJobFunction|GetStatusFunction|Readings)[0-9A-F]{8}"`)
	for name, statements := range want {
		t.Run(name, func(t *testing.T) {
			_, doc := template(t, name)
			var got []string
			for id, p := range resourcesOf(doc, "AWS::IAM::Policy") {
				if !strings.Contains(id, name) || strings.Contains(id, "Function") {
					continue
				}
				for _, s := range p["Properties"].(map[string]any)["PolicyDocument"].(map[string]any)["Statement"].([]any) {
					data, _ := json.Marshal(s)
					got = append(got, strings.ReplaceAll(logical.ReplaceAllString(string(data), `"$1"`), `"Arn"`, "“Arn”"))
				}
			}
			if !slices.Equal(got, statements) {
				t.Errorf("policy statements:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(statements, "\n"))
			}
		})
	}
}

// TestNoWildcardAction: no policy of any stack grants a wildcard action.
func TestNoWildcardAction(t *testing.T) {
	for _, sc := range stackCases {
		_, doc := template(t, sc.name)
		for id, p := range resourcesOf(doc, "AWS::IAM::Policy") {
			for _, s := range p["Properties"].(map[string]any)["PolicyDocument"].(map[string]any)["Statement"].([]any) {
				actions := s.(map[string]any)["Action"]
				list, ok := actions.([]any)
				if !ok {
					list = []any{actions}
				}
				for _, a := range list {
					if strings.Contains(a.(string), "*") {
						t.Errorf("%s %s grants the wildcard action %s", sc.name, id, a)
					}
				}
			}
		}
	}
}

// TestCdkNag: cdk-nag's AwsSolutions pack finds nothing that is not
// suppressed with a reason.
func TestCdkNag(t *testing.T) {
	for _, sc := range stackCases {
		t.Run(sc.name, func(t *testing.T) {
			stacksByName, err := app()
			if err != nil {
				t.Fatal(err)
			}
			annotations := assertions.Annotations_FromStack(stacksByName[sc.name])
			match := assertions.Match_StringLikeRegexp(jsii.String("AwsSolutions-.*"))
			for kind, found := range map[string]*[]*cxapi.SynthesisMessage{
				"error":   annotations.FindError(jsii.String("*"), match),
				"warning": annotations.FindWarning(jsii.String("*"), match),
			} {
				for _, msg := range *found {
					t.Errorf("cdk-nag %s at %s: %v", kind, *msg.Id, msg.Entry.Data)
				}
			}
		})
	}
}

var (
	assetHash = regexp.MustCompile(`[0-9a-f]{64}`)
)

// TestGoldenTemplates pins each stack's template (asset hashes replaced,
// so that rebuilding a Lambda function does not churn the golden).
func TestGoldenTemplates(t *testing.T) {
	for _, sc := range stackCases {
		t.Run(sc.name, func(t *testing.T) {
			_, doc := template(t, sc.name)
			data, err := json.MarshalIndent(doc, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			normalized := assetHash.ReplaceAllString(string(data), "ASSET_HASH")
			snapshots.Check(t, "stacks/"+sc.name+".template.json", []byte(normalized+"\n"))
		})
	}
}

func keys(m map[string]any) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

var _ = keys
