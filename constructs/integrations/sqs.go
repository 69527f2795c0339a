package integrations

import (
	"github.com/stepwise-go/stepwise/constructs/iam"
	"github.com/stepwise-go/stepwise/constructs/sfn"
)

// SQSSendMessageProps configures SQSSendMessage.
type SQSSendMessageProps struct {
	Queue                  Queue // required
	MessageBody            any   // required: a string, an object, or a Path
	DelaySeconds           any   // default: the queue's
	MessageAttributes      any   // default: none
	MessageGroupID         any   // FIFO queues; default: none
	MessageDeduplicationID any   // FIFO queues; default: none
	// Pattern is RequestResponse (default) or WaitForTaskToken.
	Pattern Pattern
}

type sqsParams struct {
	QueueURL               string `json:"QueueUrl"`
	MessageBody            any    `json:"MessageBody"`
	DelaySeconds           any    `json:"DelaySeconds,omitempty"`
	MessageAttributes      any    `json:"MessageAttributes,omitempty"`
	MessageGroupID         any    `json:"MessageGroupId,omitempty"`
	MessageDeduplicationID any    `json:"MessageDeduplicationId,omitempty"`
}

// SQSSendMessage sends a message to an SQS queue
// (arn:aws:states:::sqs:sendMessage). IAM: sqs:SendMessage on the queue.
// Patterns: request-response, wait-for-callback.
// See https://docs.aws.amazon.com/step-functions/latest/dg/connect-sqs.html
func SQSSendMessage(name string, props SQSSendMessageProps) *sfn.Task {
	return integration{
		builder:   "SQSSendMessage",
		resource:  "sqs:sendMessage",
		pattern:   props.Pattern,
		supported: []Pattern{RequestResponse, WaitForTaskToken},
		params: sqsParams{QueueURL: props.Queue.url, MessageBody: props.MessageBody, DelaySeconds: props.DelaySeconds,
			MessageAttributes: props.MessageAttributes, MessageGroupID: props.MessageGroupID, MessageDeduplicationID: props.MessageDeduplicationID},
		policy:   []iam.Statement{iam.Allow("sqs:SendMessage").On(props.Queue.arn)},
		problems: append(problems("SQSSendMessage", map[string]ref{"Queue": props.Queue.ref}), need(props.MessageBody == nil, "MessageBody")...),
	}.task(name)
}
