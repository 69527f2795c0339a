package runtimetest_test

import (
	"context"
	"errors"
	"math/rand/v2"
	"net/url"
	"os"
	"strings"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	sfnapi "github.com/aws/aws-sdk-go-v2/service/sfn"
	"github.com/aws/aws-sdk-go-v2/service/sfn/types"

	"github.com/stepwise-go/stepwise/constructs/workflows"
	"github.com/stepwise-go/stepwise/constructs/workflows/functions"
	"github.com/stepwise-go/stepwise/constructs/workflows/functions/jobstatus"
	"github.com/stepwise-go/stepwise/constructs/workflows/functions/submitjob"
	"github.com/stepwise-go/stepwise/runtime"
	"github.com/stepwise-go/stepwise/runtimetest"
	"github.com/stepwise-go/stepwise/value"
)

// The JobPoller and HumanApproval tests run the project's own Lambda
// functions (constructs/workflows/functions, deployed by
// stacks/functions/*): on the execution's virtual clock
// (runtimetest.TaskTime), with job ids from a seeded random source so
// that histories are the same on every run.

// jobPoller is JobPoller answered by submitjob and jobstatus.
func jobPoller(t runtimetest.T) *runtimetest.Workflow {
	return runtimetest.FromMachine(t, workflows.JobPoller()).
		Handle(functions.SubmitJobFunction, submitter().Submit).
		Handle(functions.GetStatusFunction, checker.Check)
}

// submitter is submitjob on the virtual clock, with seeded job ids.
func submitter() submitjob.Submitter {
	return submitjob.Submitter{Clock: runtimetest.TaskTime, Random: rand.NewChaCha8([32]byte{'s', 't', 'e', 'p'})}
}

// checker is jobstatus on the virtual clock.
var checker = jobstatus.Checker{Clock: runtimetest.TaskTime}

// callbacksAPI is the Step Functions client the approval function uses,
// answering tokens through the execution's runtime.Callbacks with the
// errors the AWS SDK returns.
type callbacksAPI struct{ cb *runtime.Callbacks }

func (a callbacksAPI) SendTaskSuccess(_ context.Context, in *sfnapi.SendTaskSuccessInput, _ ...func(*sfnapi.Options)) (*sfnapi.SendTaskSuccessOutput, error) {
	output, err := value.ParseString(aws.ToString(in.Output))
	if err != nil {
		return nil, &types.InvalidOutput{Message: aws.String(err.Error())}
	}
	return &sfnapi.SendTaskSuccessOutput{}, sdkError(a.cb.SendTaskSuccess(aws.ToString(in.TaskToken), output))
}

func (a callbacksAPI) SendTaskFailure(_ context.Context, in *sfnapi.SendTaskFailureInput, _ ...func(*sfnapi.Options)) (*sfnapi.SendTaskFailureOutput, error) {
	err := a.cb.SendTaskFailure(aws.ToString(in.TaskToken), aws.ToString(in.Error), aws.ToString(in.Cause))
	return &sfnapi.SendTaskFailureOutput{}, sdkError(err)
}

// sdkError turns the runtime's token errors into the AWS SDK's.
func sdkError(err error) error {
	msg := func() *string { return aws.String(err.Error()) }
	switch {
	case errors.Is(err, runtime.ErrTaskTimedOut):
		return &types.TaskTimedOut{Message: msg()}
	case errors.Is(err, runtime.ErrTaskDoesNotExist):
		return &types.TaskDoesNotExist{Message: msg()}
	case errors.Is(err, runtime.ErrInvalidToken):
		return &types.InvalidToken{Message: msg()}
	}
	return err
}

// click is the approver following the e-mail's link for action
// ("approve" or "reject"): API Gateway passes its decoded query to the
// approval function.
func click(t interface{ Fatalf(string, ...any) }, email, action string) events.APIGatewayProxyRequest {
	for _, field := range strings.Fields(email) {
		// The host is a deploy-time placeholder (${ApprovalApiId}…), so
		// only the path and the query are parsed.
		link, rawQuery, _ := strings.Cut(field, "?")
		query, err := url.ParseQuery(rawQuery)
		if err != nil || !strings.HasSuffix(link, "/decision") || query.Get("action") != action {
			continue
		}
		q := map[string]string{}
		for k := range query {
			q[k] = query.Get(k)
		}
		return events.APIGatewayProxyRequest{HTTPMethod: "GET", Path: "/decision", QueryStringParameters: q}
	}
	t.Fatalf("the e-mail has no %s link: %s", action, email)
	return events.APIGatewayProxyRequest{}
}

// emailText is the text of the e-mail "Request Approval" sends.
func emailText(parameters value.Value) string {
	v := parameters
	for _, key := range []string{"Content", "Simple", "Body", "Text", "Data"} {
		o, ok := v.(*value.Object)
		if !ok {
			return ""
		}
		v, _ = o.Get(key)
	}
	s, _ := v.(string)
	return s
}

// serviceError is what the Lambda service raises when it fails
// transiently; the integration's Retry matches its name.
type serviceError struct{}

func (serviceError) Error() string     { return "service unavailable" }
func (serviceError) ErrorName() string { return "Lambda.ServiceException" }

func writeFile(t interface{ Fatal(...any) }, path, text string) {
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}
