package iam_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stepwise-go/stepwise/constructs/iam"
)

func TestAggregateMergesAndDeduplicates(t *testing.T) {
	fn := iam.Ref("FArn")
	got := iam.Aggregate([]iam.Statement{
		iam.Allow("lambda:InvokeFunction").On(fn, fn+":*"),
		iam.Allow("sns:Publish").On("${TopicArn}"),
		iam.Allow("lambda:InvokeFunction").On(fn, "${GArn}"),
		iam.Allow("sns:Publish").On("${TopicArn}"),
		iam.Allow("sns:Publish").On("${TopicArn}").When("StringEquals", "aws:SourceAccount", iam.AccountID),
	})
	want := []iam.Statement{
		{Effect: iam.EffectAllow, Actions: []string{"lambda:InvokeFunction"}, Resources: []string{fn, fn + ":*", "${GArn}"}},
		{Effect: iam.EffectAllow, Actions: []string{"sns:Publish"}, Resources: []string{"${TopicArn}"}},
		{Effect: iam.EffectAllow, Actions: []string{"sns:Publish"}, Resources: []string{"${TopicArn}"},
			Conditions: []iam.Condition{{Operator: "StringEquals", Key: "aws:SourceAccount", Values: []string{iam.AccountID}}}},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("Aggregate (-want +got):\n%s", d)
	}
}

func TestStatementsAreValues(t *testing.T) {
	base := iam.Allow("s3:GetObject").On("a")
	x, y := base.On("b"), base.On("c")
	if !slices.Equal(x.Resources, []string{"a", "b"}) || !slices.Equal(y.Resources, []string{"a", "c"}) || len(base.Resources) != 1 {
		t.Errorf("On changed a shared statement: base %v, x %v, y %v", base.Resources, x.Resources, y.Resources)
	}
}

func TestProblems(t *testing.T) {
	cases := []struct {
		s    iam.Statement
		want string // "" for none
	}{
		{iam.Allow("s3:GetObject").On("*"), ""},
		{iam.Allow("s3:*").On("*"), "wildcard"},
		{iam.Allow("s3:Get*").On("*"), "wildcard"},
		{iam.Allow("*").On("*"), "wildcard"},
		{iam.Allow("GetObject").On("*"), "service:Action"},
		{iam.Allow("s3:GetObject"), "no resources"},
		{iam.Allow().On("*"), "no actions"},
		{iam.Allow("s3:GetObject").On("${Bad Name}"), "reference name"},
		{iam.Allow("s3:GetObject").On("${Open"), "unterminated"},
		{iam.Allow("s3:GetObject").On(iam.ARN("s3", "x")).When("StringEquals", "k"), "needs an operator"},
	}
	for _, tc := range cases {
		got := strings.Join(tc.s.Problems(), "; ")
		if tc.want == "" && got != "" || tc.want != "" && !strings.Contains(got, tc.want) {
			t.Errorf("%+v: problems %q, want %q", tc.s, got, tc.want)
		}
	}
}

func TestPlaceholders(t *testing.T) {
	got, err := iam.Placeholders("arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:execution:${ChildName}:*${!Literal}${ChildName}")
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"AWS::Partition", "AWS::Region", "AWS::AccountId", "ChildName"}; !slices.Equal(got, want) {
		t.Errorf("Placeholders = %v, want %v", got, want)
	}
	for name, ok := range map[string]bool{"A": true, "A1b": true, "1A": false, "": false, "a-b": false, "a.b": false} {
		if iam.ValidName(name) != ok {
			t.Errorf("ValidName(%q) = %v", name, !ok)
		}
	}
}

func TestDocument(t *testing.T) {
	got := string(iam.Document([]iam.Statement{
		iam.Allow("states:InvokeHTTPEndpoint").On(iam.SelfArn).When("StringEquals", "states:HTTPMethod", "GET"),
	}))
	want := `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": [
        "states:InvokeHTTPEndpoint"
      ],
      "Resource": [
        "${SelfArn}"
      ],
      "Condition": {
        "StringEquals": {
          "states:HTTPMethod": [
            "GET"
          ]
        }
      }
    }
  ]
}
`
	if got != want {
		t.Errorf("Document:\n%s\nwant\n%s", got, want)
	}
}
