package server

import (
	"strings"
	"unicode/utf8"
)

// arnPrefix is "arn:aws:states:REGION:ACCOUNT:" for the server's region
// and account.
func (s *Server) arnPrefix() string {
	return "arn:aws:states:" + s.opts.Region + ":" + s.opts.Account + ":"
}

// machineArn is the ARN of the state machine called name.
func (s *Server) machineArn(name string) string { return s.arnPrefix() + "stateMachine:" + name }

// activityArn is the ARN of the activity called name.
func (s *Server) activityArn(name string) string { return s.arnPrefix() + "activity:" + name }

// executionArn is the ARN of execution name of the machine called
// machine; Express executions are "express:" ARNs, as on AWS.
func (s *Server) executionArn(machine, name, typ string) string {
	kind := "execution:"
	if typ == typeExpress {
		kind = "express:"
	}
	return s.arnPrefix() + kind + machine + ":" + name
}

// checkArn returns InvalidArn unless arn is a Step Functions ARN of the
// given resource kind ("stateMachine", "execution", "activity") with as
// many names after it as want (1 for a machine, 2 for an execution).
func checkArn(field, arn, kind string, names int) *APIError {
	parts := strings.Split(arn, ":")
	ok := len(parts) == 6+names && parts[0] == "arn" && parts[1] != "" && parts[2] == "states" &&
		(parts[5] == kind || kind == "execution" && parts[5] == "express")
	for _, p := range parts[min(len(parts), 6):] {
		ok = ok && p != ""
	}
	if !ok {
		return newError(errInvalidArn, "Invalid Arn: '%s' is not a valid %s ARN (field %s)", arn, kind, field)
	}
	return nil
}

// checkName returns InvalidName unless name is a valid name for a state
// machine, activity or execution: 1 to 80 characters, without whitespace,
// brackets, wildcards, the special characters " # % \ ^ | ~ ` $ & , ; : /
// and control characters.
func checkName(what, name string) *APIError {
	n := utf8.RuneCountInString(name)
	if n == 0 || n > 80 {
		return newError(errInvalidName, "Invalid Name: %q: a %s name has 1 to 80 characters, not %d", name, what, n)
	}
	for _, r := range name {
		if r <= ' ' || (r >= 0x7f && r <= 0x9f) || strings.ContainsRune("<>{}[]?*\"#%\\^|~`$&,;:/", r) ||
			r == 0x85 || r == 0xa0 || r == 0x2028 || r == 0x2029 || r == 0x3000 || (r >= 0x2000 && r <= 0x200a) {
			return newError(errInvalidName, "Invalid Name: %q: a %s name may not contain %q", name, what, r)
		}
	}
	return nil
}
