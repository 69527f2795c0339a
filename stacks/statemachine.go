package stacks

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-cdk-go/awscdk/v2/awsiam"
	"github.com/aws/aws-cdk-go/awscdk/v2/awskms"
	"github.com/aws/aws-cdk-go/awscdk/v2/awslogs"
	"github.com/aws/aws-cdk-go/awscdk/v2/awsstepfunctions"
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/constructs/iam"
	"github.com/stepwise-go/stepwise/constructs/sfn"
)

// LogLevel is what the state machine logs to CloudWatch Logs.
type LogLevel string

// Log levels. ALL is the default: Express workflows keep no execution
// history of their own, so their logs are the only record.
const (
	LogAll   LogLevel = "ALL"
	LogError LogLevel = "ERROR"
	LogFatal LogLevel = "FATAL"
	LogOff   LogLevel = "OFF"
)

// StateMachineProps configures StateMachine.
type StateMachineProps struct {
	// Machine is the stepwise workflow. Required.
	Machine *sfn.StateMachine
	// References binds each deploy-time reference of the workflow
	// ("${Name}" in the ASL and in its IAM statements) to a value, usually
	// a CDK token: {"SubmitJobFunctionArn": fn.FunctionArn()}. Every
	// reference the workflow uses must be bound.
	References map[string]*string
	// LogLevel is what goes to CloudWatch Logs. Default: LogAll.
	LogLevel LogLevel
	// IncludeExecutionData logs the states' input and output too (it may
	// hold sensitive data). Default: false.
	IncludeExecutionData bool
	// LogRetention is how long the logs are kept. Default: one year.
	LogRetention awslogs.RetentionDays
	// NoTracing turns AWS X-Ray tracing off. Default: false (traced).
	NoTracing bool
	// EncryptionKey encrypts the machine's data with a customer-managed
	// KMS key. Default: none (an AWS-owned key).
	EncryptionKey awskms.IKey
}

// StateMachine is a stepwise workflow deployed as an
// AWS::StepFunctions::StateMachine: the definition as a JSON object
// (stepwise's ASL) with DefinitionSubstitutions for the deploy-time
// references, an IAM role that only states.amazonaws.com acting for this
// account can assume, the workflow's aggregated least-privilege policy,
// CloudWatch Logs and X-Ray tracing.
type StateMachine struct {
	constructs.Construct
	// Resource is the CloudFormation resource.
	Resource awsstepfunctions.CfnStateMachine
	// Role is the role the executions run with.
	Role awsiam.Role
	// LogGroup receives the execution logs (nil with LogOff).
	LogGroup awslogs.LogGroup
	// ASL is the definition as stepwise synthesized it (offline form).
	ASL []byte
	// Statements are the IAM statements the workflow declared, aggregated.
	Statements []iam.Statement
}

// NewStateMachine builds the state machine. It returns an error, and adds
// nothing to scope, when stepwise finds problems in the workflow (the error
// lists them as stepwise reports them), when a deploy-time reference is
// not bound, or when an IAM statement is malformed or grants a wildcard
// action.
func NewStateMachine(scope constructs.Construct, id string, props StateMachineProps) (*StateMachine, error) {
	m := props.Machine
	if m == nil {
		return nil, fmt.Errorf("stacks.NewStateMachine %s: Machine is required", id)
	}
	model, diags := m.Build()
	text, compactSize := asl.RenderMeasured(model)
	if diags = append(diags, asl.CheckSize(compactSize)...); diags.HasErrors() {
		return nil, fmt.Errorf("state machine %s: stepwise found problems:\n%w", m.Name(), diags)
	}
	statements := m.PolicyStatements()
	// The deployed definition: the same model with partition-neutral
	// service-integration ARNs, rendered once.
	partitionNeutral(&model.Graph)
	deployed := asl.Render(model)
	var definition map[string]any
	if err := json.Unmarshal(deployed, &definition); err != nil {
		return nil, fmt.Errorf("state machine %s: %w", m.Name(), err)
	}

	// Every placeholder must be bound (or be a pseudo parameter).
	used := map[string]bool{}
	collectPlaceholders(definition, used)
	var problems []string
	for _, s := range statements {
		for _, p := range s.Problems() {
			problems = append(problems, fmt.Sprintf("IAM statement %s: %s", strings.Join(s.Actions, ", "), p))
		}
		for _, r := range s.Resources {
			names, _ := iam.Placeholders(r)
			for _, n := range names {
				if n != "SelfArn" && n != "SelfName" {
					used[n] = true
				}
			}
		}
	}
	for _, n := range sortedKeys(used) {
		if !iam.IsPseudo(n) && props.References[n] == nil {
			problems = append(problems, fmt.Sprintf("the deploy-time reference ${%s} has no value: bind it in StateMachineProps.References", n))
		}
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("state machine %s:\n%s", m.Name(), strings.Join(problems, "\n"))
	}

	node := constructs.NewConstruct(scope, jsii.String(id))
	sm := &StateMachine{Construct: node, ASL: text, Statements: statements}
	substitutions := map[string]*string{}
	for _, n := range sortedKeys(used) {
		if iam.IsPseudo(n) {
			substitutions[n] = awscdk.Fn_Ref(jsii.String(n))
		} else {
			substitutions[n] = props.References[n]
		}
	}

	// CloudFormation and the CDK drop null members of JSON-typed
	// properties, which would turn "ResultPath": null (discard the result)
	// into the default; a definition with nulls goes as DefinitionString,
	// the canonical text.
	var definitionObject any = definition
	var definitionString *string
	if hasNull(definition) {
		definitionObject = nil
		definitionString = jsii.String(string(deployed))
	}

	sm.Role = awsiam.NewRole(node, jsii.String("Role"), &awsiam.RoleProps{
		Description: jsii.String("Executions of the stepwise state machine " + m.Name()),
		AssumedBy: awsiam.NewPrincipalWithConditions(awsiam.NewServicePrincipal(jsii.String("states.amazonaws.com"), nil), &map[string]any{
			"StringEquals": map[string]any{"aws:SourceAccount": awscdk.Aws_ACCOUNT_ID()},
			"ArnLike":      map[string]any{"aws:SourceArn": sub(iam.ARN("states", "stateMachine:*"), nil)},
		}),
	})

	main, self := splitSelf(statements)
	level := props.LogLevel
	if level == "" {
		level = LogAll
	}
	var logging *awsstepfunctions.CfnStateMachine_LoggingConfigurationProperty
	if level != LogOff {
		retention := props.LogRetention
		if retention == "" {
			retention = awslogs.RetentionDays_ONE_YEAR
		}
		sm.LogGroup = awslogs.NewLogGroup(node, jsii.String("Logs"), &awslogs.LogGroupProps{Retention: retention})
		logging = &awsstepfunctions.CfnStateMachine_LoggingConfigurationProperty{
			Level:                jsii.String(string(level)),
			IncludeExecutionData: jsii.Bool(props.IncludeExecutionData),
			Destinations: &[]any{&awsstepfunctions.CfnStateMachine_LogDestinationProperty{
				CloudWatchLogsLogGroup: &awsstepfunctions.CfnStateMachine_CloudWatchLogsLogGroupProperty{LogGroupArn: sm.LogGroup.LogGroupArn()},
			}},
		}
		main = append(main, LogDeliveryStatement)
	}
	var tracing *awsstepfunctions.CfnStateMachine_TracingConfigurationProperty
	if !props.NoTracing {
		tracing = &awsstepfunctions.CfnStateMachine_TracingConfigurationProperty{Enabled: jsii.Bool(true)}
		main = append(main, XRayStatement)
	}
	var encryption *awsstepfunctions.CfnStateMachine_EncryptionConfigurationProperty
	if props.EncryptionKey != nil {
		encryption = &awsstepfunctions.CfnStateMachine_EncryptionConfigurationProperty{
			Type:                         jsii.String("CUSTOMER_MANAGED_KMS_KEY"),
			KmsKeyId:                     props.EncryptionKey.KeyArn(),
			KmsDataKeyReusePeriodSeconds: jsii.Number(300),
		}
		self = append(self, iam.Allow("kms:Decrypt", "kms:GenerateDataKey").On("${EncryptionKeyArn}").
			When("StringEquals", "kms:EncryptionContext:aws:states:stateMachineArn", iam.SelfArn))
	}

	policy := awsiam.NewPolicy(node, jsii.String("Policy"), &awsiam.PolicyProps{
		Roles:      &[]awsiam.IRole{sm.Role},
		Statements: policyStatements(main, props.References),
	})
	sm.Resource = awsstepfunctions.NewCfnStateMachine(node, jsii.String("Resource"), &awsstepfunctions.CfnStateMachineProps{
		RoleArn:                 sm.Role.RoleArn(),
		StateMachineType:        jsii.String(string(m.MachineType())),
		Definition:              definitionObject,
		DefinitionString:        definitionString,
		DefinitionSubstitutions: substitutionsOrNil(substitutions),
		LoggingConfiguration:    logging,
		TracingConfiguration:    tracing,
		EncryptionConfiguration: encryption,
	})
	sm.Resource.Node().AddDependency(policy)
	if len(self) > 0 {
		refs := map[string]*string{"SelfArn": sm.Resource.AttrArn(), "SelfName": sm.Resource.AttrName()}
		for k, v := range props.References {
			refs[k] = v
		}
		if props.EncryptionKey != nil {
			refs["EncryptionKeyArn"] = props.EncryptionKey.KeyArn()
		}
		// Not a dependency of the machine: the statements name the machine.
		awsiam.NewPolicy(node, jsii.String("SelfPolicy"), &awsiam.PolicyProps{
			Roles:      &[]awsiam.IRole{sm.Role},
			Statements: policyStatements(self, refs),
		})
	}
	return sm, nil
}

// LogDeliveryStatement is what Step Functions needs to deliver logs to
// CloudWatch Logs; AWS authorizes these actions only on "*". See
// https://docs.aws.amazon.com/step-functions/latest/dg/cw-logs.html
var LogDeliveryStatement = iam.Allow("logs:CreateLogDelivery", "logs:GetLogDelivery", "logs:UpdateLogDelivery",
	"logs:DeleteLogDelivery", "logs:ListLogDeliveries", "logs:PutResourcePolicy", "logs:DescribeResourcePolicies",
	"logs:DescribeLogGroups").On("*")

// XRayStatement is what Step Functions needs to send traces to X-Ray; AWS
// authorizes these actions only on "*". See
// https://docs.aws.amazon.com/step-functions/latest/dg/concepts-xray-tracing.html
var XRayStatement = iam.Allow("xray:PutTraceSegments", "xray:PutTelemetryRecords", "xray:GetSamplingRules",
	"xray:GetSamplingTargets").On("*")

// GrantStartExecution lets grantee start executions of the machine.
func (sm *StateMachine) GrantStartExecution(grantee awsiam.IGrantable) awsiam.Grant {
	return sm.grant(grantee, "states:StartExecution")
}

// GrantTaskResponse lets grantee answer the machine's wait-for-callback
// tasks: SendTaskSuccess, SendTaskFailure and SendTaskHeartbeat.
func (sm *StateMachine) GrantTaskResponse(grantee awsiam.IGrantable) awsiam.Grant {
	return sm.grant(grantee, "states:SendTaskSuccess", "states:SendTaskFailure", "states:SendTaskHeartbeat")
}

func (sm *StateMachine) grant(grantee awsiam.IGrantable, actions ...string) awsiam.Grant {
	return awsiam.Grant_AddToPrincipal(&awsiam.GrantOnPrincipalOptions{
		Grantee:      grantee,
		Actions:      jsii.Strings(actions...),
		ResourceArns: &[]*string{sm.Resource.AttrArn()},
	})
}

// Arn returns the machine's ARN (a token).
func (sm *StateMachine) Arn() *string { return sm.Resource.AttrArn() }

// hasNull reports whether a JSON value holds null anywhere.
func hasNull(v any) bool {
	switch v := v.(type) {
	case nil:
		return true
	case map[string]any:
		for _, x := range v {
			if hasNull(x) {
				return true
			}
		}
	case []any:
		for _, x := range v {
			if hasNull(x) {
				return true
			}
		}
	}
	return false
}

// collectPlaceholders records the placeholder names of every string (keys
// included) in v.
func collectPlaceholders(v any, into map[string]bool) {
	switch v := v.(type) {
	case string:
		names, _ := iam.Placeholders(v)
		for _, n := range names {
			into[n] = true
		}
	case map[string]any:
		for k, x := range v {
			collectPlaceholders(k, into)
			collectPlaceholders(x, into)
		}
	case []any:
		for _, x := range v {
			collectPlaceholders(x, into)
		}
	}
}

// splitSelf separates the statements that name the machine itself.
func splitSelf(statements []iam.Statement) (main, self []iam.Statement) {
	for _, s := range statements {
		text, _ := json.Marshal(s)
		if strings.Contains(string(text), iam.SelfArn) || strings.Contains(string(text), iam.SelfName) {
			self = append(self, s)
		} else {
			main = append(main, s)
		}
	}
	return main, self
}

// policyStatements renders stepwise statements as CDK statements; refs
// binds their placeholders.
func policyStatements(statements []iam.Statement, refs map[string]*string) *[]awsiam.PolicyStatement {
	out := make([]awsiam.PolicyStatement, 0, len(statements))
	for _, s := range statements {
		resources := make([]*string, len(s.Resources))
		for i, r := range s.Resources {
			resources[i] = sub(r, refs)
		}
		var conditions map[string]any
		for _, c := range s.Conditions {
			if conditions == nil {
				conditions = map[string]any{}
			}
			byKey, _ := conditions[c.Operator].(map[string]any)
			if byKey == nil {
				byKey = map[string]any{}
				conditions[c.Operator] = byKey
			}
			values := make([]*string, len(c.Values))
			for i, v := range c.Values {
				values[i] = sub(v, refs)
			}
			if len(values) == 1 {
				byKey[c.Key] = values[0]
			} else {
				byKey[c.Key] = values
			}
		}
		effect := awsiam.Effect_ALLOW
		if s.Effect == iam.EffectDeny {
			effect = awsiam.Effect_DENY
		}
		props := &awsiam.PolicyStatementProps{Effect: effect, Actions: jsii.Strings(s.Actions...), Resources: &resources}
		if conditions != nil {
			props.Conditions = &conditions
		}
		out = append(out, awsiam.NewPolicyStatement(props))
	}
	return &out
}

// sub turns a string with placeholders into a CloudFormation value: the
// bound token for a lone "${Name}", Fn::Sub otherwise, the string itself
// without placeholders.
func sub(s string, refs map[string]*string) *string {
	names, _ := iam.Placeholders(s)
	if len(names) == 0 {
		return jsii.String(s)
	}
	if len(names) == 1 && s == iam.Ref(names[0]) && !iam.IsPseudo(names[0]) {
		return refs[names[0]]
	}
	vars := map[string]*string{}
	for _, n := range names {
		if !iam.IsPseudo(n) {
			vars[n] = refs[n]
		}
	}
	if len(vars) == 0 {
		return awscdk.Fn_Sub(jsii.String(s), nil)
	}
	return awscdk.Fn_Sub(jsii.String(s), &vars)
}

func substitutionsOrNil(m map[string]*string) any {
	if len(m) == 0 {
		return nil
	}
	return &m
}

func sortedKeys(m map[string]bool) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
