package integrations

import (
	"fmt"
	"slices"
	"strings"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/constructs/iam"
	"github.com/stepwise-go/stepwise/constructs/sfn"
)

// Pattern is how Step Functions waits for a service integration. See
// https://docs.aws.amazon.com/step-functions/latest/dg/connect-to-resource.html
type Pattern string

// The integration patterns.
const (
	// RequestResponse calls the service and continues as soon as it
	// answers (the default: the zero Pattern).
	RequestResponse Pattern = ""
	// RunJob (".sync") calls the service and waits until the job it
	// started finishes. Standard workflows only.
	RunJob Pattern = "run-a-job"
	// WaitForTaskToken (".waitForTaskToken") calls the service with a
	// task token and waits until something returns the token with
	// SendTaskSuccess or SendTaskFailure. Standard workflows only.
	WaitForTaskToken Pattern = "wait-for-callback"
)

func (p Pattern) String() string {
	if p == RequestResponse {
		return "request-response"
	}
	return string(p)
}

// suffix returns the Resource suffix of the pattern.
func (p Pattern) suffix(jsonOutput bool) string {
	switch p {
	case RunJob:
		if jsonOutput {
			return ".sync:2"
		}
		return ".sync"
	case WaitForTaskToken:
		return ".waitForTaskToken"
	}
	return ""
}

// integration describes one service integration task to build.
type integration struct {
	builder   string // "LambdaInvoke", for messages
	resource  string // "lambda:invoke", "aws-sdk:s3:getObject"
	pattern   Pattern
	supported []Pattern
	syncJSON  bool // RunJob renders ".sync:2"
	params    any  // the payload, JSONPath-style; nil for none
	policy    []iam.Statement
	problems  []string // misuse found by the builder
}

// task builds the Task: the Resource for the pattern, the payload in both
// query languages, the IAM statements, and every problem found.
func (in integration) task(name string) *sfn.Task {
	t := sfn.NewLibraryTask(name, "arn:aws:states:::"+in.resource+in.pattern.suffix(in.syncJSON))
	if !slices.Contains(in.supported, in.pattern) {
		names := make([]string, len(in.supported))
		for i, p := range in.supported {
			names[i] = p.String()
		}
		t.Problem(asl.CodeIntegrationPattern, "Resource", "%s: %s does not support the %s pattern; it supports %s",
			in.builder, in.resource, in.pattern, strings.Join(names, " and "))
	}
	for _, p := range in.problems {
		t.Problem(asl.CodeBuild, "", "%s: %s", in.builder, p)
	}
	if in.params != nil {
		// one Go value for both languages: sfn converts each Path to its
		// JSONata expression, or records why it has none, when the state
		// turns out to be JSONata
		t.Payload(in.params, in.params)
	}
	return t.Policy(in.policy...)
}

// eventsRule is the statement that lets a .sync integration manage the
// EventBridge rule Step Functions uses to learn that a job finished.
func eventsRule(rule string) iam.Statement {
	return iam.Allow("events:PutTargets", "events:PutRule", "events:DescribeRule").
		On(iam.ARN("events", "rule/"+rule))
}

// need returns a problem message when a required prop is missing.
func need(missing bool, prop string) []string {
	if missing {
		return []string{fmt.Sprintf("%s is required", prop)}
	}
	return nil
}
