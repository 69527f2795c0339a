package workflows

import "github.com/stepwise-go/stepwise/constructs/sfn"

// Workflow is one example workflow: its name and a function that builds a
// fresh state machine each time it is called.
type Workflow struct {
	Name        string
	Description string
	Build       func() *sfn.StateMachine
}

// All returns every example workflow, in alphabetical order of name.
func All() []Workflow {
	return []Workflow{
		{"DistributedMapCsv", "the AWS CDK integration test distributed-map: a distributed Map over a CSV object in S3, results written back", DistributedMapCsv},
		{"HumanApproval", "the seed's human-in-the-loop case: e-mail an approver through SES, wait for the callback, branch on the decision", HumanApproval},
		{"IotIngest", "an Express workflow: validate, transform and store an IoT reading in DynamoDB directly", IotIngest},
		{"JobPoller", "the seed document's CDK job poller: submit, wait, poll, branch on the status", JobPoller},
		{"JsonataMix", "the AWS CDK integration test state-machine-jsonata: JSONPath and JSONata states mixed", JsonataMix},
		{"OrderFulfillment", "validate, route, fulfil in parallel (payment and a Map over items), notify, compensate on failure", OrderFulfillment},
		{"ParallelMapRetry", "the AWS CDK scenario with Parallel, inline Map, Retry with jitter, Catch and Choice with And", ParallelMapRetry},
		{"SeedChoice", "the seed document's ASL Choice example", SeedChoice},
		{"Variables", "the AWS CDK integration test state-machine-variables: Assign in both query languages", Variables},
	}
}

// Lookup returns the workflow called name.
func Lookup(name string) (Workflow, bool) {
	for _, w := range All() {
		if w.Name == name {
			return w, true
		}
	}
	return Workflow{}, false
}
