package integrations

import (
	"fmt"
	"github.com/stepwise-go/stepwise/constructs/iam"
	"github.com/stepwise-go/stepwise/constructs/sfn"
)

// ECSRunTaskProps configures ECSRunTask.
type ECSRunTaskProps struct {
	Cluster        Resource // required: the cluster's ARN
	TaskDefinition Resource // required: the task definition's ARN
	// LaunchType is "FARGATE" or "EC2". Default: none (the cluster's
	// capacity provider strategy).
	LaunchType           string
	PlatformVersion      string
	NetworkConfiguration any // awsvpc networking (Fargate): subnets, security groups
	Overrides            any // container overrides
	// PassRoles are the task role and execution role of the task
	// definition, which Step Functions passes to ECS (iam:PassRole).
	PassRoles []Role
	// Pattern is RequestResponse (default), RunJob or WaitForTaskToken.
	Pattern Pattern
}

type ecsParams struct {
	Cluster              string `json:"Cluster"`
	TaskDefinition       string `json:"TaskDefinition"`
	LaunchType           string `json:"LaunchType,omitempty"`
	PlatformVersion      string `json:"PlatformVersion,omitempty"`
	NetworkConfiguration any    `json:"NetworkConfiguration,omitempty"`
	Overrides            any    `json:"Overrides,omitempty"`
}

// ECSRunTask runs an ECS or Fargate task (arn:aws:states:::ecs:runTask).
// IAM: ecs:RunTask on the task definition, iam:PassRole on PassRoles;
// with RunJob also ecs:StopTask and ecs:DescribeTasks on the account's
// tasks and the managed rule StepFunctionsGetEventsForECSTaskRule.
// Patterns: all three.
// See https://docs.aws.amazon.com/step-functions/latest/dg/connect-ecs.html
func ECSRunTask(name string, p ECSRunTaskProps) *sfn.Task {
	policy := []iam.Statement{iam.Allow("ecs:RunTask").On(p.TaskDefinition.arn)}
	refs := map[string]ref{"Cluster": p.Cluster.ref, "TaskDefinition": p.TaskDefinition.ref}
	if len(p.PassRoles) > 0 {
		pass := iam.Allow("iam:PassRole")
		for i, r := range p.PassRoles {
			pass = pass.On(r.arn)
			refs[fmt.Sprintf("PassRoles[%d]", i)] = r.ref
		}
		policy = append(policy, pass)
	}
	if p.Pattern == RunJob {
		policy = append(policy, iam.Allow("ecs:StopTask", "ecs:DescribeTasks").On(iam.ARN("ecs", "task/*")),
			eventsRule("StepFunctionsGetEventsForECSTaskRule"))
	}
	return integration{
		builder: "ECSRunTask", resource: "ecs:runTask", pattern: p.Pattern,
		supported: []Pattern{RequestResponse, RunJob, WaitForTaskToken},
		params: ecsParams{Cluster: p.Cluster.arn, TaskDefinition: p.TaskDefinition.arn, LaunchType: p.LaunchType,
			PlatformVersion: p.PlatformVersion, NetworkConfiguration: p.NetworkConfiguration, Overrides: p.Overrides},
		policy:   policy,
		problems: problems("ECSRunTask", refs),
	}.task(name)
}

// BatchSubmitJobProps configures BatchSubmitJob.
type BatchSubmitJobProps struct {
	JobName            any      // required
	JobQueue           Resource // required
	JobDefinition      Resource // required
	Parameters         any
	ContainerOverrides any
	ArrayProperties    any
	RetryStrategy      any
	// Pattern is RequestResponse (default) or RunJob.
	Pattern Pattern
}

type batchParams struct {
	JobName            any    `json:"JobName"`
	JobQueue           string `json:"JobQueue"`
	JobDefinition      string `json:"JobDefinition"`
	Parameters         any    `json:"Parameters,omitempty"`
	ContainerOverrides any    `json:"ContainerOverrides,omitempty"`
	ArrayProperties    any    `json:"ArrayProperties,omitempty"`
	RetryStrategy      any    `json:"RetryStrategy,omitempty"`
}

// BatchSubmitJob submits an AWS Batch job
// (arn:aws:states:::batch:submitJob). IAM: batch:SubmitJob on the job
// definition and queue; with RunJob also batch:DescribeJobs (which AWS
// authorizes only on "*"), batch:TerminateJob on the account's jobs and
// the managed rule StepFunctionsGetEventsForBatchJobsRule. Patterns:
// request-response, run-a-job.
// See https://docs.aws.amazon.com/step-functions/latest/dg/connect-batch.html
func BatchSubmitJob(name string, p BatchSubmitJobProps) *sfn.Task {
	policy := []iam.Statement{iam.Allow("batch:SubmitJob").On(p.JobDefinition.arn, p.JobQueue.arn)}
	if p.Pattern == RunJob {
		policy = append(policy, iam.Allow("batch:DescribeJobs").On("*"),
			iam.Allow("batch:TerminateJob").On(iam.ARN("batch", "job/*")),
			eventsRule("StepFunctionsGetEventsForBatchJobsRule"))
	}
	return integration{
		builder: "BatchSubmitJob", resource: "batch:submitJob", pattern: p.Pattern,
		supported: []Pattern{RequestResponse, RunJob},
		params: batchParams{JobName: p.JobName, JobQueue: p.JobQueue.arn, JobDefinition: p.JobDefinition.arn, Parameters: p.Parameters,
			ContainerOverrides: p.ContainerOverrides, ArrayProperties: p.ArrayProperties, RetryStrategy: p.RetryStrategy},
		policy: policy,
		problems: append(problems("BatchSubmitJob", map[string]ref{"JobQueue": p.JobQueue.ref, "JobDefinition": p.JobDefinition.ref}),
			need(p.JobName == nil, "JobName")...),
	}.task(name)
}

// GlueJob is a Glue job, by name.
type GlueJob struct {
	name    string
	problem string
}

// GlueJobRef references the job whose name the deployment binds to
// name+"Name".
func GlueJobRef(name string) GlueJob {
	n, problem := named(name, "Name")
	return GlueJob{n, problem}
}

// GlueJobNamed is the Glue job called jobName.
func GlueJobNamed(jobName string) GlueJob { return GlueJob{name: jobName} }

// GlueStartJobRunProps configures GlueStartJobRun.
type GlueStartJobRunProps struct {
	Job             GlueJob // required
	Arguments       any     // job arguments ("--key": value)
	Timeout         int     // minutes; default: the job's
	WorkerType      string
	NumberOfWorkers int
	// Pattern is RequestResponse (default) or RunJob.
	Pattern Pattern
}

type glueParams struct {
	JobName         string `json:"JobName"`
	Arguments       any    `json:"Arguments,omitempty"`
	Timeout         int    `json:"Timeout,omitempty"`
	WorkerType      string `json:"WorkerType,omitempty"`
	NumberOfWorkers int    `json:"NumberOfWorkers,omitempty"`
}

// GlueStartJobRun starts a Glue job run
// (arn:aws:states:::glue:startJobRun). IAM: glue:StartJobRun on the job;
// with RunJob also glue:GetJobRun, glue:GetJobRuns and
// glue:BatchStopJobRun. Patterns: request-response, run-a-job.
// See https://docs.aws.amazon.com/step-functions/latest/dg/connect-glue.html
func GlueStartJobRun(name string, p GlueStartJobRunProps) *sfn.Task {
	actions := []string{"glue:StartJobRun"}
	if p.Pattern == RunJob {
		actions = append(actions, "glue:GetJobRun", "glue:GetJobRuns", "glue:BatchStopJobRun")
	}
	var probs []string
	switch {
	case p.Job.name == "":
		probs = append(probs, "Job is required")
	case p.Job.problem != "":
		probs = append(probs, "Job: "+p.Job.problem)
	}
	return integration{
		builder: "GlueStartJobRun", resource: "glue:startJobRun", pattern: p.Pattern,
		supported: []Pattern{RequestResponse, RunJob},
		params: glueParams{JobName: p.Job.name, Arguments: p.Arguments, Timeout: p.Timeout, WorkerType: p.WorkerType,
			NumberOfWorkers: p.NumberOfWorkers},
		policy:   []iam.Statement{iam.Allow(actions...).On(iam.ARN("glue", "job/"+p.Job.name))},
		problems: probs,
	}.task(name)
}

// StartExecutionProps configures StartExecution.
type StartExecutionProps struct {
	StateMachine StateMachine // required
	// Input is the child execution's input. Default: the state's input
	// (sfn.Path("$")).
	Input any
	// ExecutionName names the child execution. Default: a generated name.
	ExecutionName any
	// AssociateWithParent links the child execution to this one in the
	// console (Input must then be an object, or default).
	AssociateWithParent bool
	// Pattern is RequestResponse (default), RunJob (".sync:2": wait for
	// the child and get its output as JSON) or WaitForTaskToken.
	Pattern Pattern
}

type startExecutionParams struct {
	StateMachineArn string `json:"StateMachineArn"`
	Input           any    `json:"Input,omitempty"`
	Name            any    `json:"Name,omitempty"`
}

// StartExecution starts an execution of another state machine: a nested
// workflow (arn:aws:states:::states:startExecution). IAM:
// states:StartExecution on the machine; with RunJob also
// states:DescribeExecution and states:StopExecution on its executions and
// the managed rule StepFunctionsGetEventsForStepFunctionsExecutionRule.
// Patterns: all three; RunJob renders ".sync:2" (JSON output).
// See https://docs.aws.amazon.com/step-functions/latest/dg/connect-stepfunctions.html
func StartExecution(name string, p StartExecutionProps) *sfn.Task {
	input := p.Input
	if input == nil {
		input = sfn.Path("$")
	}
	var probs []string
	if p.AssociateWithParent {
		merged := map[string]any{"AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID": sfn.Path("$$.Execution.Id")}
		switch in := input.(type) {
		case map[string]any:
			for k, v := range in {
				merged[k] = v
			}
		case sfn.Path:
			if in != "$" {
				probs = append(probs, "AssociateWithParent needs Input to be a map[string]any (or the default)")
			}
		default:
			probs = append(probs, "AssociateWithParent needs Input to be a map[string]any (or the default)")
		}
		input = merged
	}
	policy := []iam.Statement{iam.Allow("states:StartExecution").On(p.StateMachine.arn)}
	if p.Pattern == RunJob {
		policy = append(policy,
			iam.Allow("states:DescribeExecution", "states:StopExecution").On(iam.ARN("states", "execution:"+p.StateMachine.name+":*")),
			eventsRule("StepFunctionsGetEventsForStepFunctionsExecutionRule"))
	}
	return integration{
		builder: "StartExecution", resource: "states:startExecution", pattern: p.Pattern, syncJSON: true,
		supported: []Pattern{RequestResponse, RunJob, WaitForTaskToken},
		params:    startExecutionParams{StateMachineArn: p.StateMachine.arn, Input: input, Name: p.ExecutionName},
		policy:    policy,
		problems:  append(problems("StartExecution", map[string]ref{"StateMachine": p.StateMachine.ref}), probs...),
	}.task(name)
}
