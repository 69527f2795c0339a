package workflows

import (
	"time"

	"github.com/stepwise-go/stepwise/constructs/iam"
	"github.com/stepwise-go/stepwise/constructs/integrations"
	"github.com/stepwise-go/stepwise/constructs/sfn"
)

// DefaultApprovalTimeout is how long HumanApproval waits for a decision.
const DefaultApprovalTimeout = 24 * time.Hour

// HumanApproval is the seed document's human-in-the-loop case with the
// default timeout: see HumanApprovalWithin.
func HumanApproval() *sfn.StateMachine { return HumanApprovalWithin(DefaultApprovalTimeout) }

// HumanApprovalWithin is the seed document's human-in-the-loop case
// (Step Functions, API Gateway and SES). "Request Approval" e-mails the
// approver through SES directly (the AWS SDK integration, wait-for-callback)
// with an approve and a reject link; each link carries the task token,
// URL-encoded by JSONata's $encodeUrlComponent. The links lead to an API
// Gateway endpoint whose Lambda function returns the token with
// SendTaskSuccess ({"decision": "approve"}) or SendTaskFailure
// (Approval.Rejected). The workflow then branches on the decision; with no
// decision within timeout it fails with Approval.TimedOut.
//
// The input is {"subject": …, "details": …}. Deploy-time references:
// ${SenderEmail}, ${ApproverEmail}, ${ApprovalApiId} (the REST API whose
// prod stage serves /decision).
func HumanApprovalWithin(timeout time.Duration) *sfn.StateMachine {
	const decisionURL = "https://${ApprovalApiId}.execute-api.${AWS::Region}.${AWS::URLSuffix}/prod/decision"
	link := func(action string) string {
		return "'" + decisionURL + "?action=" + action + "&token=' & $encodeUrlComponent($states.context.Task.Token)"
	}
	rejected := sfn.NewFail("Rejected").Error("Approval.Rejected").Cause("the approver rejected the request")
	timedOut := sfn.NewFail("Timed Out").Error("Approval.TimedOut").Cause("no decision arrived in time")

	requestApproval := integrations.CallAWS("Request Approval", integrations.CallAWSProps{
		Service: "sesv2",
		Action:  "sendEmail",
		Pattern: integrations.WaitForTaskToken,
		Parameters: map[string]any{
			"FromEmailAddress": "${SenderEmail}",
			"Destination":      map[string]any{"ToAddresses": []string{"${ApproverEmail}"}},
			"Content": map[string]any{"Simple": map[string]any{
				"Subject": map[string]any{"Data": sfn.Expr("'Approval requested: ' & $states.input.subject")},
				"Body": map[string]any{"Text": map[string]any{"Data": sfn.Expr(
					"$states.input.details & '\\n\\nApprove: ' & " + link("approve") + " & '\\n\\nReject: ' & " + link("reject"))}},
			}},
		},
		// SES authorizes SendEmail on the sender's identity (and, in the
		// SES sandbox, on each recipient's).
		Resources: []string{iam.ARN("ses", "identity/*")},
	}).
		QueryLanguage(sfn.JSONata).
		Output(sfn.Expr("$merge([$states.input, {'approval': $states.result}])")).
		Timeout(timeout).
		Catch(sfn.CatchOn("Approval.Rejected"), rejected).
		Catch(sfn.CatchOn(sfn.ErrTimeout), timedOut)

	decide := sfn.NewChoice("Approved?").
		When(sfn.StringEquals("$.approval.decision", "approve"), sfn.NewSucceed("Approved")).
		Otherwise(rejected)

	return sfn.NewStateMachine("HumanApproval", requestApproval.Next(decide)).
		Comment("E-mail an approver and wait for the decision (the seed's human-in-the-loop case).")
}
