package asl

import "strings"

// isARN reports whether s has the shape of an ARN,
// arn:partition:service:region:account:resource: partition and service
// are not empty, region and account may be, and the resource is a
// non-empty single line (it may hold more colons). It is the check every
// Task's Resource goes through, so it is written out rather than a
// regular expression.
func isARN(s string) bool {
	rest, ok := strings.CutPrefix(s, "arn:")
	if !ok {
		return false
	}
	for field := range 4 { // partition, service, region, account
		i := strings.IndexByte(rest, ':')
		if i < 0 || (i == 0 && field < 2) {
			return false
		}
		rest = rest[i+1:]
	}
	return rest != "" && !strings.Contains(rest, "\n")
}

// arnService returns the service field of an ARN (the third, after
// "arn:partition:").
func arnService(arn string) string {
	for range 2 {
		i := strings.IndexByte(arn, ':')
		if i < 0 {
			return ""
		}
		arn = arn[i+1:]
	}
	if i := strings.IndexByte(arn, ':'); i >= 0 {
		return arn[:i]
	}
	return arn
}
