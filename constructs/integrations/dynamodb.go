package integrations

import (
	"github.com/stepwise-go/stepwise/constructs/iam"
	"github.com/stepwise-go/stepwise/constructs/sfn"
)

// DynamoDB attribute values: DynamoS(sfn.Path("$.id")) is
// {"S.$": "$.id"}. Numbers travel as strings (DynamoN("42")).
func DynamoS(v any) map[string]any    { return map[string]any{"S": v} }
func DynamoN(v any) map[string]any    { return map[string]any{"N": v} }
func DynamoBOOL(v any) map[string]any { return map[string]any{"BOOL": v} }
func DynamoM(v any) map[string]any    { return map[string]any{"M": v} }
func DynamoL(v any) map[string]any    { return map[string]any{"L": v} }

// DynamoGetItemProps configures DynamoGetItem.
type DynamoGetItemProps struct {
	Table                    Table // required
	Key                      any   // required: attribute name → DynamoS(…) etc.
	ConsistentRead           bool
	ProjectionExpression     string
	ExpressionAttributeNames any
	Pattern                  Pattern // RequestResponse only
}

// DynamoPutItemProps configures DynamoPutItem.
type DynamoPutItemProps struct {
	Table                     Table // required
	Item                      any   // required
	ConditionExpression       string
	ExpressionAttributeNames  any
	ExpressionAttributeValues any
	ReturnValues              string
	Pattern                   Pattern // RequestResponse only
}

// DynamoUpdateItemProps configures DynamoUpdateItem.
type DynamoUpdateItemProps struct {
	Table                     Table // required
	Key                       any   // required
	UpdateExpression          string
	ConditionExpression       string
	ExpressionAttributeNames  any
	ExpressionAttributeValues any
	ReturnValues              string
	Pattern                   Pattern // RequestResponse only
}

// DynamoDeleteItemProps configures DynamoDeleteItem.
type DynamoDeleteItemProps struct {
	Table                     Table // required
	Key                       any   // required
	ConditionExpression       string
	ExpressionAttributeNames  any
	ExpressionAttributeValues any
	ReturnValues              string
	Pattern                   Pattern // RequestResponse only
}

type dynamoParams struct {
	TableName                 string `json:"TableName"`
	Key                       any    `json:"Key,omitempty"`
	Item                      any    `json:"Item,omitempty"`
	UpdateExpression          string `json:"UpdateExpression,omitempty"`
	ConditionExpression       string `json:"ConditionExpression,omitempty"`
	ProjectionExpression      string `json:"ProjectionExpression,omitempty"`
	ConsistentRead            bool   `json:"ConsistentRead,omitempty"`
	ExpressionAttributeNames  any    `json:"ExpressionAttributeNames,omitempty"`
	ExpressionAttributeValues any    `json:"ExpressionAttributeValues,omitempty"`
	ReturnValues              string `json:"ReturnValues,omitempty"`
}

func dynamo(name, builder, action string, t Table, pattern Pattern, params dynamoParams, required map[string]bool) *sfn.Task {
	params.TableName = t.name
	probs := problems(builder, map[string]ref{"Table": t.ref})
	for _, prop := range []string{"Key", "Item"} {
		if missing, ok := required[prop]; ok {
			probs = append(probs, need(missing, prop)...)
		}
	}
	return integration{
		builder:   builder,
		resource:  "dynamodb:" + action,
		pattern:   pattern,
		supported: []Pattern{RequestResponse},
		params:    params,
		policy:    []iam.Statement{iam.Allow("dynamodb:" + upperFirst(action)).On(t.arn)},
		problems:  probs,
	}.task(name)
}

// DynamoGetItem reads an item (arn:aws:states:::dynamodb:getItem). IAM:
// dynamodb:GetItem on the table. Request-response only.
// See https://docs.aws.amazon.com/step-functions/latest/dg/connect-ddb.html
func DynamoGetItem(name string, p DynamoGetItemProps) *sfn.Task {
	return dynamo(name, "DynamoGetItem", "getItem", p.Table, p.Pattern, dynamoParams{Key: p.Key, ConsistentRead: p.ConsistentRead,
		ProjectionExpression: p.ProjectionExpression, ExpressionAttributeNames: p.ExpressionAttributeNames}, map[string]bool{"Key": p.Key == nil})
}

// DynamoPutItem writes an item (arn:aws:states:::dynamodb:putItem). IAM:
// dynamodb:PutItem on the table. Request-response only.
func DynamoPutItem(name string, p DynamoPutItemProps) *sfn.Task {
	return dynamo(name, "DynamoPutItem", "putItem", p.Table, p.Pattern, dynamoParams{Item: p.Item, ConditionExpression: p.ConditionExpression,
		ExpressionAttributeNames: p.ExpressionAttributeNames, ExpressionAttributeValues: p.ExpressionAttributeValues, ReturnValues: p.ReturnValues},
		map[string]bool{"Item": p.Item == nil})
}

// DynamoUpdateItem updates an item (arn:aws:states:::dynamodb:updateItem).
// IAM: dynamodb:UpdateItem on the table. Request-response only.
func DynamoUpdateItem(name string, p DynamoUpdateItemProps) *sfn.Task {
	return dynamo(name, "DynamoUpdateItem", "updateItem", p.Table, p.Pattern, dynamoParams{Key: p.Key, UpdateExpression: p.UpdateExpression,
		ConditionExpression: p.ConditionExpression, ExpressionAttributeNames: p.ExpressionAttributeNames,
		ExpressionAttributeValues: p.ExpressionAttributeValues, ReturnValues: p.ReturnValues}, map[string]bool{"Key": p.Key == nil})
}

// DynamoDeleteItem deletes an item (arn:aws:states:::dynamodb:deleteItem).
// IAM: dynamodb:DeleteItem on the table. Request-response only.
func DynamoDeleteItem(name string, p DynamoDeleteItemProps) *sfn.Task {
	return dynamo(name, "DynamoDeleteItem", "deleteItem", p.Table, p.Pattern, dynamoParams{Key: p.Key,
		ConditionExpression: p.ConditionExpression, ExpressionAttributeNames: p.ExpressionAttributeNames,
		ExpressionAttributeValues: p.ExpressionAttributeValues, ReturnValues: p.ReturnValues}, map[string]bool{"Key": p.Key == nil})
}

// upperFirst turns an SDK action name (getItem) into its IAM action name
// (GetItem).
func upperFirst(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}
