package sfn

import (
	"fmt"
	"strings"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/jsontree"
)

// expressLimit is the longest an Express execution runs, in seconds.
const expressLimit = 300

// Messages of the workflow-type and task-token checks.
const (
	msgExpressPattern  = "%s: an Express machine cannot wait for a %s task (%s): Express workflows run at most five minutes and at least once, so Step Functions offers only request-response there; use a Standard machine (sfn.Standard) or the request-response form of the integration"
	msgExpressActivity = "Resource: an Express machine cannot run activity %q: activities are polled by workers and need a Standard machine"
	msgExpressDuration = "%s: %d seconds is over the 5 minutes (300 seconds) an Express execution may run"
	msgTaskToken       = "%s: a .waitForTaskToken task must pass the task token to the service (%s somewhere in %s), else nothing can resume it"
)

// typeDiagnostics checks the built model against the machine's workflow
// type (Express limits, also inside Distributed Maps whose child
// executions are Express) and checks every wait-for-callback task's
// payload for the task token.
func (m *StateMachine) typeDiagnostics(out *asl.Machine) asl.Diagnostics {
	c := &typeChecker{}
	express := m.MachineType() == Express
	if express && out.TimeoutSeconds != nil && *out.TimeoutSeconds > expressLimit {
		src := m.extras.typeSource
		if src == "" {
			src = m.source
		}
		c.add(asl.CodeExpressDuration, asl.Root.At("TimeoutSeconds"), src,
			fmt.Sprintf(msgExpressDuration, "TimeoutSeconds", *out.TimeoutSeconds))
	}
	c.graph(&out.Graph, asl.Root, express)
	return c.diags
}

type typeChecker struct{ diags asl.Diagnostics }

func (c *typeChecker) add(code asl.Code, at asl.Location, source, msg string) {
	c.diags = append(c.diags, asl.Diagnostic{Severity: asl.Error, Code: code, At: at, Source: source, Message: msg})
}

func (c *typeChecker) graph(g *asl.Graph, at asl.Location, express bool) {
	if g == nil {
		return
	}
	for _, s := range g.States {
		sat := at.At("States").At(s.Common().Name)
		src := s.Common().Source
		switch s := s.(type) {
		case *asl.Task:
			c.task(s, sat, src, express)
		case *asl.Wait:
			if express && s.Seconds != nil && !s.Seconds.IsExpr() && s.Seconds.Int > expressLimit {
				c.add(asl.CodeExpressDuration, sat.At("Seconds"), src, fmt.Sprintf(msgExpressDuration, "Seconds", s.Seconds.Int))
			}
		case *asl.Parallel:
			for i, b := range s.Branches {
				c.graph(b, sat.At("Branches").Index(i), express)
			}
		case *asl.Map:
			child := express
			if pc := s.ProcessorConfig; pc != nil && pc.Mode != nil && *pc.Mode == "DISTRIBUTED" {
				child = pc.ExecutionType != nil && *pc.ExecutionType == string(Express)
			}
			c.graph(s.ItemProcessor, sat.At("ItemProcessor"), child)
		}
	}
}

func (c *typeChecker) task(t *asl.Task, at asl.Location, src string, express bool) {
	pattern := ""
	switch r := t.Resource; {
	case strings.HasSuffix(r, ".waitForTaskToken"):
		pattern = "wait-for-callback"
	case strings.HasSuffix(r, ".sync"), strings.HasSuffix(r, ".sync:2"):
		pattern = "run-a-job"
	}
	if express {
		switch {
		case pattern != "":
			suffix := t.Resource[strings.LastIndexByte(t.Resource, '.'):]
			c.add(asl.CodeExpressPattern, at.At("Resource"), src, fmt.Sprintf(msgExpressPattern, "Resource", pattern, suffix))
		case isActivity(t.Resource):
			c.add(asl.CodeExpressActivity, at.At("Resource"), src, fmt.Sprintf(msgExpressActivity, t.Resource))
		}
		if t.TimeoutSeconds != nil && !t.TimeoutSeconds.IsExpr() && t.TimeoutSeconds.Int > expressLimit {
			c.add(asl.CodeExpressDuration, at.At("TimeoutSeconds"), src, fmt.Sprintf(msgExpressDuration, "TimeoutSeconds", t.TimeoutSeconds.Int))
		}
		if t.HeartbeatSeconds != nil && !t.HeartbeatSeconds.IsExpr() && t.HeartbeatSeconds.Int > expressLimit {
			c.add(asl.CodeExpressDuration, at.At("HeartbeatSeconds"), src, fmt.Sprintf(msgExpressDuration, "HeartbeatSeconds", t.HeartbeatSeconds.Int))
		}
	}
	if pattern != "wait-for-callback" {
		return
	}
	switch {
	case t.Arguments != nil:
		if !mentions(t.Arguments, "$states.context.Task.Token", false) {
			c.add(asl.CodeTaskToken, at.At("Arguments"), src, fmt.Sprintf(msgTaskToken, "Arguments", "{% $states.context.Task.Token %}", "Arguments"))
		}
	case t.Parameters != nil:
		if !mentions(t.Parameters, "$$.Task.Token", true) {
			c.add(asl.CodeTaskToken, at.At("Parameters"), src, fmt.Sprintf(msgTaskToken, "Parameters", `"…​.$": "$$.Task.Token"`, "Parameters"))
		}
	default:
		c.add(asl.CodeTaskToken, at.At("Resource"), src, fmt.Sprintf(msgTaskToken, "Resource", "the token", "Parameters or Arguments"))
	}
}

// isActivity reports whether resource is an activity ARN
// (arn:partition:states:region:account:activity:name).
func isActivity(resource string) bool {
	parts := strings.SplitN(resource, ":", 7)
	return len(parts) == 7 && parts[0] == "arn" && parts[2] == "states" && parts[5] == "activity"
}

// mentions reports whether v holds needle: in JSONPath payloads (dynamic
// set) only in the values of keys ending in ".$", in JSONata payloads in
// any string.
func mentions(v *jsontree.Value, needle string, dynamic bool) bool {
	switch v.Kind {
	case jsontree.String:
		return !dynamic && strings.Contains(v.Text, needle)
	case jsontree.Array:
		for _, it := range v.Items {
			if mentions(it, needle, dynamic) {
				return true
			}
		}
	case jsontree.Object:
		for _, m := range v.Members {
			if dynamic && strings.HasSuffix(m.Key, ".$") && m.Value.Kind == jsontree.String {
				if strings.Contains(m.Value.Text, needle) {
					return true
				}
				continue
			}
			if mentions(m.Value, needle, dynamic) {
				return true
			}
		}
	}
	return false
}
