package asl

import (
	"strings"

	"github.com/stepwise-go/stepwise/jsontree"
)

// integration checks a Task's Resource against AWS's table of
// integrations and, where the Express rules apply, against them.
func (v *validator) integration(sc *scope, resource string) {
	at := sc.at.At("Resource")
	if sc.express && isActivityARN(resource) {
		v.add(sc, at, CodeExpressActivity, "%s cannot run activity %q: activities are polled by workers and need a Standard workflow", expressWhere(sc), resource)
		return
	}
	in, ok := parseIntegration(resource)
	if !ok {
		return
	}
	if sc.express && in.waits() {
		what := "run-a-job (" + in.pattern + ")"
		if in.pattern == patternCallback {
			what = "wait-for-callback (.waitForTaskToken)"
		}
		v.add(sc, at, CodeExpressPattern, "%s does not support the %s service integration pattern: Express workflows offer only request-response", expressWhere(sc), what)
	}
	if strings.Contains(resource, "${") {
		return // a deploy-time placeholder: the integration is not known yet
	}
	if msg := in.check(resource); msg != "" {
		v.add(sc, at, CodeInvalidResource, "%s", msg)
	}
}

// expressWhere says why the Express rules apply, for messages.
func expressWhere(sc *scope) string {
	if sc.expressMap {
		return "a Distributed Map with ExecutionType EXPRESS (its children are Express executions)"
	}
	return "an Express state machine"
}

// isActivityARN reports whether r is an activity ARN
// (arn:partition:states:region:account:activity:name).
func isActivityARN(r string) bool {
	parts := strings.SplitN(r, ":", 7)
	return len(parts) == 7 && parts[0] == "arn" && parts[2] == "states" && parts[5] == "activity"
}

// credentials checks a Task's Credentials: AWS requires RoleArn
// ("The field 'RoleArn' is required but was missing at
// /States/State0/Credentials", recorded in the conformance verdicts);
// in JSONPath states it may be given as RoleArn.$.
func (v *validator) credentials(sc *scope, field string, c *jsontree.Value) {
	if c == nil {
		return
	}
	at := sc.at.At(field)
	v.templateValue(sc, at, c)
	if c.Kind != jsontree.Object {
		return
	}
	if c.Get("RoleArn") == nil && c.Get("RoleArn.$") == nil {
		v.add(sc, at, CodeMissingField, "Credentials needs RoleArn, the IAM role the task assumes")
	}
}
