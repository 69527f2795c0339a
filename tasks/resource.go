package tasks

import "strings"

// resource is a Task's Resource ARN, taken apart.
type resource struct {
	// integration is the service integration after "arn:PARTITION:states:::"
	// without the suffix: "lambda:invoke", "dynamodb:getItem",
	// "aws-sdk:s3:listBuckets"; "" for other resources.
	integration string
	// suffix is the integration pattern: "", ".sync", ".sync:2" or
	// ".waitForTaskToken".
	suffix string
	// function is set for the legacy Lambda form
	// arn:PARTITION:lambda:REGION:ACCOUNT:function:NAME[:QUALIFIER]: the ARN.
	function string
}

// The integration patterns, longest first so ".sync:2" wins over ".sync".
var suffixes = []string{".waitForTaskToken", ".sync:2", ".sync"}

func parseResource(arn string) resource {
	parts := strings.SplitN(arn, ":", 6)
	if len(parts) < 6 || parts[0] != "arn" {
		return resource{}
	}
	switch parts[2] {
	case "states":
		if parts[3] != "" || parts[4] != "" {
			return resource{} // an activity or another regional states ARN
		}
		r := resource{integration: parts[5]}
		for _, s := range suffixes {
			if strings.HasSuffix(r.integration, s) {
				r.integration, r.suffix = strings.TrimSuffix(r.integration, s), s
				break
			}
		}
		return r
	case "lambda":
		if strings.HasPrefix(parts[5], "function:") {
			return resource{function: arn}
		}
	}
	return resource{}
}

// lambdaInvoke reports whether r is the Lambda invoke integration in its
// request-response form, whose response wraps the function's result.
func (r resource) lambdaInvoke() bool {
	return r.integration == "lambda:invoke" && r.suffix == ""
}

// functionName returns the short name of a Lambda function from any of the
// forms the Invoke API accepts for FunctionName: a name, "NAME:QUALIFIER",
// "ACCOUNT:function:NAME[:QUALIFIER]" or a full ARN. It returns "" when s
// is none of these (a name has only letters, digits, '-' and '_').
func functionName(s string) string {
	if i := strings.Index(s, ":function:"); i >= 0 {
		s = s[i+len(":function:"):]
	} else if strings.Count(s, ":") > 1 {
		return ""
	}
	name, _, _ := strings.Cut(s, ":")
	if name == "" || len(name) > 170 {
		return ""
	}
	for _, c := range name {
		if !(c == '-' || c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return ""
		}
	}
	return name
}
