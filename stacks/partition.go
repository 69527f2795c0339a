package stacks

import (
	"strings"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/constructs/iam"
	"github.com/stepwise-go/stepwise/jsontree"
)

// awsIntegration starts the ARNs of Step Functions' service integrations
// in the aws partition, as stepwise writes them.
const awsIntegration = "arn:aws:states:::"

// partitionNeutral rewrites, on the model, the service-integration ARNs
// of Task resources and of Map ItemReader and ResultWriter resources
// ("arn:aws:states:::…") to "arn:${AWS::Partition}:states:::…", so that
// the definition deploys to any partition. It replaces the states it
// changes with copies, so states shared with another model are left as
// they are.
func partitionNeutral(g *asl.Graph) {
	for i, s := range g.States {
		switch s := s.(type) {
		case *asl.Task:
			if strings.HasPrefix(s.Resource, awsIntegration) {
				t := *s
				t.Resource = neutralARN(s.Resource)
				g.States[i] = &t
			}
		case *asl.Parallel:
			p := *s
			p.Branches = make([]*asl.Graph, len(s.Branches))
			for j, b := range s.Branches {
				nb := copyGraph(b)
				partitionNeutral(nb)
				p.Branches[j] = nb
			}
			g.States[i] = &p
		case *asl.Map:
			m := *s
			if s.ItemProcessor != nil {
				m.ItemProcessor = copyGraph(s.ItemProcessor)
				partitionNeutral(m.ItemProcessor)
			}
			m.ItemReader = neutralResource(s.ItemReader)
			m.ResultWriter = neutralResource(s.ResultWriter)
			g.States[i] = &m
		}
	}
}

// copyGraph returns a copy of g with its own slice of states.
func copyGraph(g *asl.Graph) *asl.Graph {
	c := *g
	c.States = append([]asl.State(nil), g.States...)
	return &c
}

// neutralResource returns an ItemReader or ResultWriter object with its
// Resource made partition-neutral: a copy when that changes it.
func neutralResource(v *jsontree.Value) *jsontree.Value {
	r := v.Get("Resource")
	if r == nil || r.Kind != jsontree.String || !strings.HasPrefix(r.Text, awsIntegration) {
		return v
	}
	c := *v
	c.Members = append([]jsontree.Member(nil), v.Members...)
	for i, m := range c.Members {
		if m.Key == "Resource" {
			c.Members[i].Value = jsontree.NewString(neutralARN(r.Text))
		}
	}
	return &c
}

func neutralARN(s string) string {
	return "arn:" + iam.Partition + ":states:::" + strings.TrimPrefix(s, awsIntegration)
}
