package stacks

import (
	"time"

	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-cdk-go/awscdk/v2/awsapigateway"
	"github.com/aws/aws-cdk-go/awscdk/v2/awsdynamodb"
	"github.com/aws/aws-cdk-go/awscdk/v2/awslogs"
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"

	"github.com/stepwise-go/stepwise/constructs/workflows"
)

// NewJobPollerStack deploys the seed's job poller (workflows.JobPoller,
// the same workflow `stepwise synth JobPoller` prints) with its two Go
// Lambda functions.
func NewJobPollerStack(scope constructs.Construct, id string, props *awscdk.StackProps) (awscdk.Stack, error) {
	stack := awscdk.NewStack(scope, jsii.String(id), props)
	submit, err := newGoFunction(stack, "SubmitJobFunction", "submitjob", "Submits a (simulated) job for the JobPoller workflow")
	if err != nil {
		return nil, err
	}
	status, err := newGoFunction(stack, "GetStatusFunction", "jobstatus", "Reports a (simulated) job's status for the JobPoller workflow")
	if err != nil {
		return nil, err
	}
	sm, err := NewStateMachine(stack, "JobPoller", StateMachineProps{
		Machine: workflows.JobPoller(),
		References: map[string]*string{
			"SubmitJobFunctionArn": submit.FunctionArn(),
			"GetStatusFunctionArn": status.FunctionArn(),
		},
	})
	if err != nil {
		return nil, err
	}
	awscdk.NewCfnOutput(stack, jsii.String("StateMachineArn"), &awscdk.CfnOutputProps{Value: sm.Arn()})
	suppress(stack)
	return stack, nil
}

// HumanApprovalProps configures NewHumanApprovalStack.
type HumanApprovalProps struct {
	awscdk.StackProps
	// Timeout is how long the workflow waits for the approver. Default:
	// workflows.DefaultApprovalTimeout (24 hours).
	Timeout time.Duration
}

// NewHumanApprovalStack deploys the seed's human-in-the-loop case: the
// workflow (workflows.HumanApprovalWithin) e-mails the approver through
// SES; the links lead to an API Gateway endpoint (GET /decision on the
// prod stage) whose Go Lambda function returns the task token. The sender
// and approver addresses are stack parameters (SenderEmail, ApproverEmail;
// SES must have verified them).
func NewHumanApprovalStack(scope constructs.Construct, id string, props *HumanApprovalProps) (awscdk.Stack, error) {
	if props == nil {
		props = &HumanApprovalProps{}
	}
	timeout := props.Timeout
	if timeout == 0 {
		timeout = workflows.DefaultApprovalTimeout
	}
	stack := awscdk.NewStack(scope, jsii.String(id), &props.StackProps)
	sender := awscdk.NewCfnParameter(stack, jsii.String("SenderEmail"), &awscdk.CfnParameterProps{
		Type: jsii.String("String"), Description: jsii.String("The address approval requests come from (verified in SES)"),
		AllowedPattern: jsii.String(`[^@\s]+@[^@\s]+`),
	})
	approver := awscdk.NewCfnParameter(stack, jsii.String("ApproverEmail"), &awscdk.CfnParameterProps{
		Type: jsii.String("String"), Description: jsii.String("The approver's address (verified in SES while in the sandbox)"),
		AllowedPattern: jsii.String(`[^@\s]+@[^@\s]+`),
	})

	decide, err := newGoFunction(stack, "DecisionFunction", "approval", "Returns the approver's decision to Step Functions")
	if err != nil {
		return nil, err
	}
	accessLogs := awslogs.NewLogGroup(stack, jsii.String("ApprovalApiAccessLogs"), &awslogs.LogGroupProps{Retention: awslogs.RetentionDays_ONE_YEAR})
	api := awsapigateway.NewRestApi(stack, jsii.String("ApprovalApi"), &awsapigateway.RestApiProps{
		Description:    jsii.String("Approve or reject links of the HumanApproval workflow"),
		CloudWatchRole: jsii.Bool(true),
		DeployOptions: &awsapigateway.StageOptions{
			StageName:            jsii.String("prod"),
			TracingEnabled:       jsii.Bool(true),
			LoggingLevel:         awsapigateway.MethodLoggingLevel_ERROR,
			AccessLogDestination: awsapigateway.NewLogGroupLogDestination(accessLogs),
			AccessLogFormat:      awsapigateway.AccessLogFormat_JsonWithStandardFields(nil),
		},
	})
	validator := api.AddRequestValidator(jsii.String("QueryValidator"), &awsapigateway.RequestValidatorOptions{ValidateRequestParameters: jsii.Bool(true), ValidateRequestBody: jsii.Bool(true)})
	api.Root().AddResource(jsii.String("decision"), nil).AddMethod(jsii.String("GET"),
		awsapigateway.NewLambdaIntegration(decide, nil), &awsapigateway.MethodOptions{
			RequestValidator:  validator,
			RequestParameters: &map[string]*bool{"method.request.querystring.action": jsii.Bool(true), "method.request.querystring.token": jsii.Bool(true)},
		})

	sm, err := NewStateMachine(stack, "HumanApproval", StateMachineProps{
		Machine: workflows.HumanApprovalWithin(timeout),
		References: map[string]*string{
			"SenderEmail":   sender.ValueAsString(),
			"ApproverEmail": approver.ValueAsString(),
			"ApprovalApiId": api.RestApiId(),
		},
	})
	if err != nil {
		return nil, err
	}
	sm.GrantTaskResponse(decide)
	awscdk.NewCfnOutput(stack, jsii.String("StateMachineArn"), &awscdk.CfnOutputProps{Value: sm.Arn()})
	awscdk.NewCfnOutput(stack, jsii.String("DecisionUrl"), &awscdk.CfnOutputProps{Value: api.UrlForPath(jsii.String("/decision"))})
	suppress(stack)
	return stack, nil
}

// NewIotIngestStack deploys the Express workflow workflows.IotIngest with
// the DynamoDB table it writes to.
func NewIotIngestStack(scope constructs.Construct, id string, props *awscdk.StackProps) (awscdk.Stack, error) {
	stack := awscdk.NewStack(scope, jsii.String(id), props)
	table := awsdynamodb.NewTable(stack, jsii.String("Readings"), &awsdynamodb.TableProps{
		PartitionKey:                     &awsdynamodb.Attribute{Name: jsii.String("deviceId"), Type: awsdynamodb.AttributeType_STRING},
		SortKey:                          &awsdynamodb.Attribute{Name: jsii.String("timestamp"), Type: awsdynamodb.AttributeType_STRING},
		BillingMode:                      awsdynamodb.BillingMode_PAY_PER_REQUEST,
		PointInTimeRecoverySpecification: &awsdynamodb.PointInTimeRecoverySpecification{PointInTimeRecoveryEnabled: jsii.Bool(true)},
	})
	sm, err := NewStateMachine(stack, "IotIngest", StateMachineProps{
		Machine: workflows.IotIngest(),
		References: map[string]*string{
			"ReadingsTableName": table.TableName(),
			"ReadingsTableArn":  table.TableArn(),
		},
	})
	if err != nil {
		return nil, err
	}
	awscdk.NewCfnOutput(stack, jsii.String("StateMachineArn"), &awscdk.CfnOutputProps{Value: sm.Arn()})
	suppress(stack)
	return stack, nil
}

// NewApp adds the three example stacks to app. approvalTimeout configures
// HumanApproval (0: the default).
func NewApp(app awscdk.App, approvalTimeout time.Duration) error {
	if _, err := NewJobPollerStack(app, "JobPoller", nil); err != nil {
		return err
	}
	if _, err := NewHumanApprovalStack(app, "HumanApproval", &HumanApprovalProps{Timeout: approvalTimeout}); err != nil {
		return err
	}
	_, err := NewIotIngestStack(app, "IotIngest", nil)
	return err
}
