// Command approval is the HumanApproval stack's decision endpoint: API
// Gateway calls it for GET /decision?action=approve|reject&token=…, the
// links of the approval e-mail, and it returns the task token to Step
// Functions: SendTaskSuccess with {"decision": "approve"}, or
// SendTaskFailure with the error Approval.Rejected.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	sfnapi "github.com/aws/aws-sdk-go-v2/service/sfn"
	"github.com/aws/aws-sdk-go-v2/service/sfn/types"
)

// taskAPI is the part of the Step Functions client the handler uses.
type taskAPI interface {
	SendTaskSuccess(context.Context, *sfnapi.SendTaskSuccessInput, ...func(*sfnapi.Options)) (*sfnapi.SendTaskSuccessOutput, error)
	SendTaskFailure(context.Context, *sfnapi.SendTaskFailureInput, ...func(*sfnapi.Options)) (*sfnapi.SendTaskFailureOutput, error)
}

type handler struct{ sfn taskAPI }

func (h handler) handle(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	token := req.QueryStringParameters["token"]
	action := req.QueryStringParameters["action"]
	if token == "" {
		return page(http.StatusBadRequest, "The link has no task token."), nil
	}
	var err error
	switch action {
	case "approve":
		output, _ := json.Marshal(map[string]string{"decision": "approve"})
		_, err = h.sfn.SendTaskSuccess(ctx, &sfnapi.SendTaskSuccessInput{TaskToken: aws.String(token), Output: aws.String(string(output))})
	case "reject":
		_, err = h.sfn.SendTaskFailure(ctx, &sfnapi.SendTaskFailureInput{TaskToken: aws.String(token),
			Error: aws.String("Approval.Rejected"), Cause: aws.String("the approver rejected the request")})
	default:
		return page(http.StatusBadRequest, "The action must be approve or reject."), nil
	}
	var gone *types.TaskTimedOut
	var invalid *types.InvalidToken
	var done *types.TaskDoesNotExist
	switch {
	case errors.As(err, &gone), errors.As(err, &done):
		return page(http.StatusGone, "This request was already decided, or it timed out."), nil
	case errors.As(err, &invalid):
		return page(http.StatusBadRequest, "The link's task token is not valid."), nil
	case err != nil:
		return events.APIGatewayProxyResponse{}, err
	}
	return page(http.StatusOK, "Thank you: your decision ("+action+") was recorded."), nil
}

func page(status int, text string) events.APIGatewayProxyResponse {
	return events.APIGatewayProxyResponse{StatusCode: status, Headers: map[string]string{"Content-Type": "text/plain; charset=utf-8"}, Body: text + "\n"}
}

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		panic(err)
	}
	lambda.Start(handler{sfn: sfnapi.NewFromConfig(cfg)}.handle)
}
