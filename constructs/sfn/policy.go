package sfn

import (
	"strings"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/constructs/iam"
	"github.com/stepwise-go/stepwise/jsontree"
)

// taskExtras holds what policy.go adds to Task: the IAM statements the
// task's resource needs.
type taskExtras struct {
	policy []iam.Statement
}

// Policy appends IAM statements that the state machine's role needs for
// this task to run (service integrations in package integrations set
// them). The machine aggregates them: see StateMachine.PolicyStatements.
// Default: none.
func (t *Task) Policy(statements ...iam.Statement) *Task {
	t.extras.policy = append(t.extras.policy, statements...)
	return t
}

// Policy appends IAM statements the machine's role needs beyond those of
// its tasks (for example S3 access for a Distributed Map reading a bucket
// named at run time). Default: none.
func (m *StateMachine) Policy(statements ...iam.Statement) *StateMachine {
	m.extras.policy = append(m.extras.policy, statements...)
	return m
}

// PolicyStatements returns the IAM statements the machine's role needs,
// aggregated and de-duplicated (iam.Aggregate): those of every Task
// reachable from the start state, nested Parallel branches and Map item
// processors included, in the order Build visits them; then the
// machine's own (Policy); then those that Distributed Map states need —
// starting, describing, stopping and redriving their child executions of
// this machine (on iam.SelfArn and executions of iam.SelfName) and reading
// and writing the S3 objects of their ItemReader and ResultWriter when the
// bucket is given literally or as a ${Name} reference.
func (m *StateMachine) PolicyStatements() []iam.Statement {
	var all []iam.Statement
	if m.start != nil {
		seen := map[*base]bool{}
		queue := []State{m.start}
		seen[m.start.node()] = true
		for i := 0; i < len(queue); i++ {
			s := queue[i]
			if t, ok := s.(*Task); ok {
				all = append(all, t.extras.policy...)
			}
			for _, next := range append(s.appendSuccessors(nil), s.nested()...) {
				if next != nil && !seen[next.node()] {
					seen[next.node()] = true
					queue = append(queue, next)
				}
			}
		}
	}
	all = append(all, m.extras.policy...)
	model, _ := m.model()
	all = append(all, distributedMapPolicy(&model.Graph)...)
	return iam.Aggregate(all)
}

// distributedMapPolicy returns the statements the Distributed Map states
// of g (and its nested blocks) need.
func distributedMapPolicy(g *asl.Graph) []iam.Statement {
	var out []iam.Statement
	for _, s := range g.States {
		switch s := s.(type) {
		case *asl.Parallel:
			for _, b := range s.Branches {
				out = append(out, distributedMapPolicy(b)...)
			}
		case *asl.Map:
			if s.ItemProcessor != nil {
				out = append(out, distributedMapPolicy(s.ItemProcessor)...)
			}
			if s.ProcessorConfig == nil || s.ProcessorConfig.Mode == nil || *s.ProcessorConfig.Mode != "DISTRIBUTED" {
				continue
			}
			executions := iam.ARN("states", "execution:"+iam.SelfName)
			out = append(out,
				iam.Allow("states:StartExecution").On(iam.SelfArn),
				iam.Allow("states:DescribeExecution", "states:StopExecution").On(executions+":*"),
				iam.Allow("states:RedriveExecution").On(executions+"/*:*"),
			)
			out = append(out, s3Policy(s.ItemReader, false)...)
			out = append(out, s3Policy(s.ResultWriter, true)...)
		}
	}
	return out
}

// s3Policy returns the S3 statements an ItemReader (write false) or
// ResultWriter (write true) needs when its bucket is a literal or a
// ${Name} reference; nil otherwise.
func s3Policy(v *jsontree.Value, write bool) []iam.Statement {
	if v == nil || v.Kind != jsontree.Object {
		return nil
	}
	params := v.Get("Parameters")
	if params == nil {
		params = v.Get("Arguments")
	}
	if params == nil || params.Kind != jsontree.Object {
		return nil
	}
	bucket := params.Get("Bucket")
	if bucket == nil || bucket.Kind != jsontree.String || strings.Contains(bucket.Text, "{%") {
		return nil
	}
	resource := ""
	if r := v.Get("Resource"); r != nil && r.Kind == jsontree.String {
		resource = r.Text
	}
	objects := iam.GlobalARN("s3", bucket.Text+"/*")
	switch {
	case write:
		return []iam.Statement{iam.Allow("s3:PutObject", "s3:GetObject", "s3:ListMultipartUploadParts", "s3:AbortMultipartUpload").On(objects)}
	case strings.HasSuffix(resource, ":listObjectsV2"):
		return []iam.Statement{iam.Allow("s3:ListBucket").On(iam.GlobalARN("s3", bucket.Text))}
	default:
		return []iam.Statement{iam.Allow("s3:GetObject").On(objects)}
	}
}
