package integrations

import (
	"fmt"
	"slices"
	"strings"

	"github.com/stepwise-go/stepwise/constructs/iam"
)

// ref is what every resource reference holds: its ARN (a literal or a
// "${NameArn}" placeholder) and, for a bad reference name, why.
type ref struct {
	arn     string
	problem string
}

// named returns the reference to attribute attr of the deploy-time
// resource name: "${" + name + attr + "}".
func named(name, attr string) (string, string) {
	if !iam.ValidName(name) {
		return iam.Ref(name + attr), fmt.Sprintf("reference name %q must be a letter followed by letters and digits", name)
	}
	return iam.Ref(name + attr), ""
}

func namedRef(name string) ref {
	arn, problem := named(name, "Arn")
	return ref{arn: arn, problem: problem}
}

func literal(arn string) ref {
	if !strings.HasPrefix(arn, "arn:") && !strings.HasPrefix(arn, "${") {
		return ref{arn: arn, problem: fmt.Sprintf("%q is not an ARN", arn)}
	}
	return ref{arn: arn}
}

// ARN returns the reference's ARN: a literal or a "${…Arn}" placeholder.
func (r ref) ARN() string { return r.arn }

// problems collects the problems of references; an empty ARN is reported
// as the missing prop.
func problems(builder string, refs map[string]ref) []string {
	var out []string
	for prop, r := range refs {
		switch {
		case r.arn == "":
			out = append(out, fmt.Sprintf("%s is required", prop))
		case r.problem != "":
			out = append(out, fmt.Sprintf("%s: %s", prop, r.problem))
		}
	}
	slices.Sort(out)
	return out
}

// Function is a Lambda function: LambdaFunction("SubmitJobFunction") is
// the deploy-time reference ${SubmitJobFunctionArn}; LambdaFunctionARN a
// literal ARN (a version or alias ARN invokes that qualifier).
type Function struct{ ref }

// LambdaFunction references the Lambda function the deployment binds to
// name+"Arn".
func LambdaFunction(name string) Function { return Function{namedRef(name)} }

// LambdaFunctionARN is the Lambda function with ARN arn.
func LambdaFunctionARN(arn string) Function { return Function{literal(arn)} }

// invokeResources are the resources lambda:InvokeFunction needs: the
// function and, for an unqualified function, its versions and aliases.
func (f Function) invokeResources() []string {
	if strings.Count(f.arn, ":") >= 7 { // arn:aws:lambda:region:account:function:name:qualifier
		return []string{f.arn}
	}
	return []string{f.arn, f.arn + ":*"}
}

// Topic is an SNS topic.
type Topic struct{ ref }

// SNSTopic references the topic the deployment binds to name+"Arn".
func SNSTopic(name string) Topic { return Topic{namedRef(name)} }

// SNSTopicARN is the topic with ARN arn.
func SNSTopicARN(arn string) Topic { return Topic{literal(arn)} }

// Queue is an SQS queue: its URL goes into the request, its ARN into IAM.
type Queue struct {
	ref
	url string
}

// SQSQueue references the queue the deployment binds to name+"Url" and
// name+"Arn".
func SQSQueue(name string) Queue {
	url, _ := named(name, "Url")
	return Queue{namedRef(name), url}
}

// SQSQueueLiteral is the queue with the given ARN and URL.
func SQSQueueLiteral(arn, url string) Queue { return Queue{literal(arn), url} }

// URL returns the queue's URL.
func (q Queue) URL() string { return q.url }

// Table is a DynamoDB table: its name goes into requests, its ARN into IAM.
type Table struct {
	ref
	name string
}

// DynamoTable references the table the deployment binds to name+"Name"
// and name+"Arn".
func DynamoTable(name string) Table {
	n, _ := named(name, "Name")
	return Table{namedRef(name), n}
}

// DynamoTableNamed is the table called tableName in the deployment's
// account and region.
func DynamoTableNamed(tableName string) Table {
	return Table{ref{arn: iam.ARN("dynamodb", "table/"+tableName)}, tableName}
}

// Name returns the table's name.
func (t Table) Name() string { return t.name }

// StateMachine is a state machine that a task starts (a nested workflow).
type StateMachine struct {
	ref
	name string
}

// StateMachineRef references the machine the deployment binds to
// name+"Arn" and name+"Name".
func StateMachineRef(name string) StateMachine {
	n, _ := named(name, "Name")
	return StateMachine{namedRef(name), n}
}

// StateMachineARN is the machine with ARN arn
// (arn:partition:states:region:account:stateMachine:name).
func StateMachineARN(arn string) StateMachine {
	return StateMachine{literal(arn), arn[strings.LastIndexByte(arn, ':')+1:]}
}

// EventBus is an EventBridge event bus.
type EventBus struct{ ref }

// EventBusRef references the bus the deployment binds to name+"Arn".
func EventBusRef(name string) EventBus { return EventBus{namedRef(name)} }

// EventBusARN is the bus with ARN arn.
func EventBusARN(arn string) EventBus { return EventBus{literal(arn)} }

// DefaultEventBus is the account's default event bus in the deployment's
// region.
func DefaultEventBus() EventBus { return EventBus{ref{arn: iam.ARN("events", "event-bus/default")}} }

// Connection is an EventBridge connection, which holds the credentials of
// an HTTP task.
type Connection struct{ ref }

// ConnectionRef references the connection the deployment binds to
// name+"Arn".
func ConnectionRef(name string) Connection { return Connection{namedRef(name)} }

// ConnectionARN is the connection with ARN arn.
func ConnectionARN(arn string) Connection { return Connection{literal(arn)} }

// Role is an IAM role that a task passes to a service (an ECS task's
// roles).
type Role struct{ ref }

// RoleRef references the role the deployment binds to name+"Arn".
func RoleRef(name string) Role { return Role{namedRef(name)} }

// RoleARN is the role with ARN arn.
func RoleARN(arn string) Role { return Role{literal(arn)} }

// Resource is any other resource given by ARN: an ECS cluster or task
// definition, a Batch job queue or job definition, an activity.
type Resource struct{ ref }

// ResourceRef references the resource the deployment binds to name+"Arn".
func ResourceRef(name string) Resource { return Resource{namedRef(name)} }

// ResourceARN is the resource with ARN arn.
func ResourceARN(arn string) Resource { return Resource{literal(arn)} }
