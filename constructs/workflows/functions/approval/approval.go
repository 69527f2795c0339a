// Package approval is the HumanApproval example's decision endpoint: API
// Gateway calls it for GET /decision?action=approve|reject&token=…, the
// links of the approval e-mail, and it returns the task token to Step
// Functions: SendTaskSuccess with {"decision": "approve"}, or
// SendTaskFailure with the error Approval.Rejected.
//
// The Step Functions client is Decider's field, so the same logic answers
// a deployed workflow (stacks/functions/approval gives it the AWS SDK's
// client) or a local execution (a TaskAPI over the runtime's callbacks).
package approval

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	sfnapi "github.com/aws/aws-sdk-go-v2/service/sfn"
	"github.com/aws/aws-sdk-go-v2/service/sfn/types"
)

// RejectedError is the error name a rejection fails the task with; the
// workflow catches it.
const RejectedError = "Approval.Rejected"

// TaskAPI is the part of the Step Functions client Decide uses;
// *sfn.Client from aws-sdk-go-v2 has it.
type TaskAPI interface {
	SendTaskSuccess(context.Context, *sfnapi.SendTaskSuccessInput, ...func(*sfnapi.Options)) (*sfnapi.SendTaskSuccessOutput, error)
	SendTaskFailure(context.Context, *sfnapi.SendTaskFailureInput, ...func(*sfnapi.Options)) (*sfnapi.SendTaskFailureOutput, error)
}

// Decider records approvers' decisions through SFN.
type Decider struct {
	// SFN sends the task token back. Required: Decide fails without it.
	SFN TaskAPI
}

// Decide handles one click on an approval link: action=approve sends
// the token {"decision": "approve"}, action=reject fails it with
// Approval.Rejected. The response is a short plain-text page: 200 when
// the decision was recorded, 400 for a link without a token or with
// another action (nothing is sent), 410 when the task was already
// decided or timed out (TaskTimedOut, TaskDoesNotExist), 400 for an
// invalid token. Any other error fails the invocation, so API Gateway
// answers 502 and the approver can click again. Its signature is one
// aws-lambda-go's lambda.Start accepts.
func (d Decider) Decide(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	if d.SFN == nil {
		return events.APIGatewayProxyResponse{}, errors.New("approval: the Decider needs a Step Functions client")
	}
	token := req.QueryStringParameters["token"]
	action := req.QueryStringParameters["action"]
	if token == "" {
		return Page(http.StatusBadRequest, "The link has no task token."), nil
	}
	var err error
	switch action {
	case "approve":
		output, _ := json.Marshal(map[string]string{"decision": "approve"})
		_, err = d.SFN.SendTaskSuccess(ctx, &sfnapi.SendTaskSuccessInput{TaskToken: aws.String(token), Output: aws.String(string(output))})
	case "reject":
		_, err = d.SFN.SendTaskFailure(ctx, &sfnapi.SendTaskFailureInput{TaskToken: aws.String(token),
			Error: aws.String(RejectedError), Cause: aws.String("the approver rejected the request")})
	default:
		return Page(http.StatusBadRequest, "The action must be approve or reject."), nil
	}
	var gone *types.TaskTimedOut
	var invalid *types.InvalidToken
	var done *types.TaskDoesNotExist
	switch {
	case errors.As(err, &gone), errors.As(err, &done):
		return Page(http.StatusGone, "This request was already decided, or it timed out."), nil
	case errors.As(err, &invalid):
		return Page(http.StatusBadRequest, "The link's task token is not valid."), nil
	case err != nil:
		return events.APIGatewayProxyResponse{}, err
	}
	return Page(http.StatusOK, "Thank you: your decision ("+action+") was recorded."), nil
}

// Page is a plain-text API Gateway proxy response with status and text
// (a newline is added).
func Page(status int, text string) events.APIGatewayProxyResponse {
	return events.APIGatewayProxyResponse{StatusCode: status, Headers: map[string]string{"Content-Type": "text/plain; charset=utf-8"}, Body: text + "\n"}
}
