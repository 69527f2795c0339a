package asl

import (
	"regexp"
	"testing"
)

// arnPattern is the regular expression isARN is written out from; the
// tests hold the two to the same answers.
var arnPattern = regexp.MustCompile(`^arn:[^:]+:[^:]+:[^:]*:[^:]*:.+$`)

func TestIsARN(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"arn:aws:states:::lambda:invoke", true},
		{"arn:aws:lambda:us-east-1:123456789012:function:Work", true},
		{"arn:aws:lambda:us-east-1:123456789012:function:Work:$LATEST", true},
		{"arn:aws-cn:s3:::bucket/key", true},
		{"arn:x:y:::\xff", true},
		{"arn::states:::lambda:invoke", false},    // empty partition
		{"arn:aws::::resource", false},            // empty service
		{"arn:aws:states:::", false},              // empty resource
		{"arn:aws:states::", false},               // too few fields
		{"arn:aws:states:::line\nbreak", false},   // resource over two lines
		{"aws:states:::lambda:invoke", false},     // no arn: prefix
		{"ARN:aws:states:::lambda:invoke", false}, // prefix is lower case
		{"", false},
	}
	for _, tt := range tests {
		if got := isARN(tt.in); got != tt.want {
			t.Errorf("isARN(%q) = %v, want %v", tt.in, got, tt.want)
		}
		if re := arnPattern.MatchString(tt.in); re != tt.want {
			t.Errorf("the pattern says %v for %q; the table is wrong", re, tt.in)
		}
	}
}

func FuzzIsARN(f *testing.F) {
	for _, s := range []string{"arn:aws:states:::lambda:invoke", "arn:a:b:c:d:e:f", "arn::::", "arn:a:b:::\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isARN(s), arnPattern.MatchString(s); got != want {
			t.Errorf("isARN(%q) = %v, the pattern says %v", s, got, want)
		}
	})
}
