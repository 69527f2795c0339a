package integrations

import (
	"github.com/stepwise-go/stepwise/constructs/iam"
	"github.com/stepwise-go/stepwise/constructs/sfn"
)

// SNSPublishProps configures SNSPublish.
type SNSPublishProps struct {
	Topic                  Topic // required
	Message                any   // required: a string, an object, or a Path
	Subject                any   // default: none
	MessageAttributes      any   // default: none
	MessageGroupID         any   // FIFO topics; default: none
	MessageDeduplicationID any   // FIFO topics; default: none
	// Pattern is RequestResponse (default) or WaitForTaskToken.
	Pattern Pattern
}

type snsParams struct {
	TopicArn               string `json:"TopicArn"`
	Message                any    `json:"Message"`
	Subject                any    `json:"Subject,omitempty"`
	MessageAttributes      any    `json:"MessageAttributes,omitempty"`
	MessageGroupID         any    `json:"MessageGroupId,omitempty"`
	MessageDeduplicationID any    `json:"MessageDeduplicationId,omitempty"`
}

// SNSPublish publishes a message to an SNS topic
// (arn:aws:states:::sns:publish). IAM: sns:Publish on the topic.
// Patterns: request-response, wait-for-callback.
// See https://docs.aws.amazon.com/step-functions/latest/dg/connect-sns.html
func SNSPublish(name string, props SNSPublishProps) *sfn.Task {
	return integration{
		builder:   "SNSPublish",
		resource:  "sns:publish",
		pattern:   props.Pattern,
		supported: []Pattern{RequestResponse, WaitForTaskToken},
		params: snsParams{TopicArn: props.Topic.arn, Message: props.Message, Subject: props.Subject,
			MessageAttributes: props.MessageAttributes, MessageGroupID: props.MessageGroupID, MessageDeduplicationID: props.MessageDeduplicationID},
		policy:   []iam.Statement{iam.Allow("sns:Publish").On(props.Topic.arn)},
		problems: append(problems("SNSPublish", map[string]ref{"Topic": props.Topic.ref}), need(props.Message == nil, "Message")...),
	}.task(name)
}
