package iam

import (
	"fmt"
	"strings"
)

// Pseudo parameters: CloudFormation fills them in; they keep ARNs
// partition- and region-neutral.
const (
	Partition = "${AWS::Partition}"
	Region    = "${AWS::Region}"
	AccountID = "${AWS::AccountId}"
	URLSuffix = "${AWS::URLSuffix}"
)

// The state machine's own ARN and name. Statements that use them (a
// Distributed Map starting child executions, an HTTP task's
// states:InvokeHTTPEndpoint) are attached to the role after the machine
// exists, in a policy of their own, so that the machine does not depend
// on a policy that depends on it.
const (
	SelfArn  = "${SelfArn}"
	SelfName = "${SelfName}"
)

// Ref returns the placeholder for the named deploy-time reference:
// Ref("SubmitJobFunctionArn") is "${SubmitJobFunctionArn}". name must be a
// letter followed by letters and digits (ValidName); Placeholders reports
// other names.
func Ref(name string) string { return "${" + name + "}" }

// ARN returns a partition-neutral ARN of service in the deployment's
// region and account: ARN("states", "stateMachine:Orders") is
// "arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:stateMachine:Orders".
func ARN(service, resource string) string {
	return "arn:" + Partition + ":" + service + ":" + Region + ":" + AccountID + ":" + resource
}

// GlobalARN returns a partition-neutral ARN without region and account
// (S3 buckets and objects): GlobalARN("s3", "my-bucket/*").
func GlobalARN(service, resource string) string {
	return "arn:" + Partition + ":" + service + ":::" + resource
}

// ValidName reports whether name can name a deploy-time reference: a
// letter, then letters and digits (CloudFormation's Fn::Sub variables and
// DefinitionSubstitutions keys).
func ValidName(name string) bool {
	if name == "" {
		return false
	}
	for i, r := range name {
		letter := r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z'
		digit := r >= '0' && r <= '9'
		if !letter && (i == 0 || !digit) {
			return false
		}
	}
	return true
}

// IsPseudo reports whether name is a CloudFormation pseudo parameter
// (AWS::Partition, AWS::Region, …).
func IsPseudo(name string) bool { return strings.HasPrefix(name, "AWS::") }

// Placeholders returns the names of the placeholders in s, in order of
// appearance, each once: "AWS::Partition" for "${AWS::Partition}",
// "SubmitJobFunctionArn" for "${SubmitJobFunctionArn}". "${!Literal}" is
// Fn::Sub's escape for a literal "${Literal}" and is not a placeholder. It
// returns an error for an unterminated "${" or a name that is neither a
// pseudo parameter nor valid.
func Placeholders(s string) ([]string, error) {
	var names []string
	for {
		i := strings.Index(s, "${")
		if i < 0 {
			return names, nil
		}
		rest := s[i+2:]
		j := strings.IndexByte(rest, '}')
		if j < 0 {
			return names, fmt.Errorf("unterminated placeholder %q", s[i:])
		}
		name := rest[:j]
		s = rest[j+1:]
		if strings.HasPrefix(name, "!") {
			continue
		}
		if !IsPseudo(name) && !ValidName(name) {
			return names, fmt.Errorf("placeholder ${%s}: a reference name is a letter followed by letters and digits", name)
		}
		seen := false
		for _, n := range names {
			seen = seen || n == name
		}
		if !seen {
			names = append(names, name)
		}
	}
}
