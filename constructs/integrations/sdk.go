package integrations

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/constructs/iam"
	"github.com/stepwise-go/stepwise/constructs/sfn"
)

// FoundationModel is a Bedrock foundation model, by model ID
// ("amazon.titan-text-express-v1").
type FoundationModel struct{ id string }

// BedrockModel is the foundation model with ID id, in the deployment's
// region.
func BedrockModel(id string) FoundationModel { return FoundationModel{id} }

// ARN returns the model's partition-neutral ARN.
func (m FoundationModel) ARN() string {
	return "arn:" + iam.Partition + ":bedrock:" + iam.Region + "::foundation-model/" + m.id
}

// BedrockInvokeModelProps configures BedrockInvokeModel.
type BedrockInvokeModelProps struct {
	Model       FoundationModel // required
	Body        any             // required: the model's request
	ContentType string          // default: application/json
	Accept      string          // default: application/json
	Pattern     Pattern         // RequestResponse only
}

type bedrockParams struct {
	ModelID     string `json:"ModelId"`
	Body        any    `json:"Body"`
	ContentType string `json:"ContentType,omitempty"`
	Accept      string `json:"Accept,omitempty"`
}

// BedrockInvokeModel invokes a Bedrock model
// (arn:aws:states:::bedrock:invokeModel). IAM: bedrock:InvokeModel on the
// model. Request-response only.
// See https://docs.aws.amazon.com/step-functions/latest/dg/connect-bedrock.html
func BedrockInvokeModel(name string, p BedrockInvokeModelProps) *sfn.Task {
	return integration{
		builder: "BedrockInvokeModel", resource: "bedrock:invokeModel", pattern: p.Pattern,
		supported: []Pattern{RequestResponse},
		params:    bedrockParams{ModelID: p.Model.ARN(), Body: p.Body, ContentType: p.ContentType, Accept: p.Accept},
		policy:    []iam.Statement{iam.Allow("bedrock:InvokeModel").On(p.Model.ARN())},
		problems:  append(need(p.Model.id == "", "Model"), need(p.Body == nil, "Body")...),
	}.task(name)
}

// RunActivity is a Task that an activity worker performs: Step Functions
// hands the input to a worker polling GetActivityTask and waits for its
// SendTaskSuccess or SendTaskFailure (use sfn's Heartbeat and Timeout).
// The machine's role needs no permission. Standard machines only.
// See https://docs.aws.amazon.com/step-functions/latest/dg/concepts-activities.html
func RunActivity(name string, activity Resource) *sfn.Task {
	t := sfn.NewLibraryTask(name, activity.arn)
	for _, p := range problems("RunActivity", map[string]ref{"activity": activity.ref}) {
		t.Problem(asl.CodeBuild, "", "RunActivity: %s", p)
	}
	return t
}

// CallAWSProps configures CallAWS.
type CallAWSProps struct {
	// Service is the SDK service name, lower case ("s3", "sfn", "sesv2").
	// Required.
	Service string
	// Action is the API action in camelCase ("getObject"). Required.
	Action string
	// Parameters are the API's request members, PascalCase. Default: {}.
	Parameters any
	// Resources are the ARNs the IAM statement names. Required: "*" only
	// where the action allows no narrower resource.
	Resources []string
	// IAMAction overrides the IAM action where it is not
	// <prefix>:<Action> (s3:listBuckets needs s3:ListAllMyBuckets).
	IAMAction string
	// Statements are further statements the call needs.
	Statements []iam.Statement
	// Pattern is RequestResponse (default) or WaitForTaskToken.
	Pattern Pattern
}

// iamPrefixes maps SDK service names to IAM service prefixes where they
// differ.
var iamPrefixes = map[string]string{
	"acmpca":                 "acm-pca",
	"apigatewayv2":           "apigateway",
	"cloudwatchlogs":         "logs",
	"costexplorer":           "ce",
	"efs":                    "elasticfilesystem",
	"elasticloadbalancingv2": "elasticloadbalancing",
	"emrcontainers":          "emr-containers",
	"emrserverless":          "emr-serverless",
	"mediapackagevod":        "mediapackage-vod",
	"mwaa":                   "airflow",
	"sesv2":                  "ses",
	"sfn":                    "states",
}

// IAMAction returns the IAM action of an SDK call:
// IAMAction("sfn", "startExecution") is "states:StartExecution".
func IAMAction(service, action string) string {
	prefix := strings.ToLower(service)
	if p, ok := iamPrefixes[prefix]; ok {
		prefix = p
	}
	return prefix + ":" + upperFirst(action)
}

// CallAWS calls any AWS API through the AWS SDK integration
// (arn:aws:states:::aws-sdk:<service>:<action>). IAM: the call's action
// (IAMAction, or props.IAMAction) on Resources, plus Statements.
// Patterns: request-response, wait-for-callback.
// See https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html
func CallAWS(name string, p CallAWSProps) *sfn.Task {
	var probs []string
	probs = append(probs, need(p.Service == "", "Service")...)
	probs = append(probs, need(p.Action == "", "Action")...)
	if p.Action != "" && strings.ToLower(p.Action[:1]) != p.Action[:1] {
		probs = append(probs, fmt.Sprintf("Action %q must be camelCase (%s)", p.Action, strings.ToLower(p.Action[:1])+p.Action[1:]))
	}
	if len(p.Resources) == 0 {
		probs = append(probs, "Resources is required: name the ARNs the call acts on (\"*\" only where the action has no resource type)")
	}
	params := p.Parameters
	if params == nil {
		params = map[string]any{}
	}
	if v := reflect.ValueOf(params); v.Kind() == reflect.Map {
		for _, k := range v.MapKeys() {
			if s := k.String(); s != "" && strings.ToUpper(s[:1]) != s[:1] {
				probs = append(probs, fmt.Sprintf("parameter %q must be PascalCase", s))
			}
		}
	}
	action := p.IAMAction
	if action == "" {
		action = IAMAction(p.Service, p.Action)
	}
	return integration{
		builder: "CallAWS", resource: "aws-sdk:" + strings.ToLower(p.Service) + ":" + p.Action, pattern: p.Pattern,
		supported: []Pattern{RequestResponse, WaitForTaskToken},
		params:    params,
		policy:    append([]iam.Statement{iam.Allow(action).On(p.Resources...)}, p.Statements...),
		problems:  probs,
	}.task(name)
}
