package tasks

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/stepwise-go/stepwise/value"
)

func answerWith(v value.Value) Responder {
	return ResponderFunc(func(context.Context, *Request) (value.Value, bool, error) { return v, true, nil })
}

var decline = ResponderFunc(func(context.Context, *Request) (value.Value, bool, error) {
	return "ignored", false, errors.New("ignored")
})

func TestChain(t *testing.T) {
	req := &Request{StateMachine: "M", State: "Charge", Resource: "arn:aws:states:::lambda:invoke"}
	tests := []struct {
		name    string
		chain   Responder
		want    value.Value
		wantErr string
	}{
		{"first answer wins", Chain(answerWith("a"), answerWith("b")), "a", ""},
		{"declines are skipped", Chain(decline, nil, answerWith("b")), "b", ""},
		{"nested empty chain is not an answer", Chain(Chain(decline), answerWith("c")), "c", ""},
		{"nothing answers", Chain(decline), nil, `task state "Charge" (resource arn:aws:states:::lambda:invoke) has no handler and no mock`},
		{"empty chain", Chain(), nil, `--stub-tasks echo`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, ok, err := tt.chain.Respond(context.Background(), req)
			if !ok {
				t.Fatal("a chain always answers")
			}
			if tt.wantErr != "" {
				var u *UnhandledError
				if !errors.As(err, &u) || !strings.Contains(err.Error(), tt.wantErr) || u.State != "Charge" {
					t.Fatalf("got %v, want an *UnhandledError containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || !value.Equal(out, tt.want) {
				t.Fatalf("got %v, %v; want %v", out, err, tt.want)
			}
		})
	}
}

func TestUnhandledErrorSaysHowToMock(t *testing.T) {
	msg := (&UnhandledError{StateMachine: "Orders", State: "Charge", Resource: "R"}).Error()
	for _, want := range []string{`{"StateMachines": {"Orders": {"TestCases": {"TEST": {"Charge": "RESPONSE"}}}}`, "--stub-tasks echo", `Handle("Charge", fn)`} {
		if !strings.Contains(msg, want) {
			t.Errorf("%q lacks %q", msg, want)
		}
	}
}

func TestFailureError(t *testing.T) {
	if got := (&Failure{Name: "E", Cause: "c"}).Error(); got != "E: c" {
		t.Errorf("got %q", got)
	}
	if got := (&Failure{Name: "E"}).Error(); got != "E" {
		t.Errorf("got %q", got)
	}
}

func TestParseResource(t *testing.T) {
	tests := []struct {
		arn                 string
		integration, suffix string
		function            string
	}{
		{"arn:aws:states:::lambda:invoke", "lambda:invoke", "", ""},
		{"arn:aws:states:::lambda:invoke.waitForTaskToken", "lambda:invoke", ".waitForTaskToken", ""},
		{"arn:aws:states:::states:startExecution.sync:2", "states:startExecution", ".sync:2", ""},
		{"arn:aws:states:::states:startExecution.sync", "states:startExecution", ".sync", ""},
		{"arn:aws-cn:states:::aws-sdk:s3:listBuckets", "aws-sdk:s3:listBuckets", "", ""},
		{"arn:aws:lambda:us-east-1:123456789012:function:F", "", "", "arn:aws:lambda:us-east-1:123456789012:function:F"},
		{"arn:aws:states:us-east-1:123456789012:activity:A", "", "", ""},
		{"${SubmitJobFunctionArn}", "", "", ""},
	}
	for _, tt := range tests {
		r := parseResource(tt.arn)
		if r.integration != tt.integration || r.suffix != tt.suffix || r.function != tt.function {
			t.Errorf("%s: got %+v", tt.arn, r)
		}
	}
}

func TestFunctionName(t *testing.T) {
	for in, want := range map[string]string{
		"F":                "F",
		"my-function:prod": "my-function",
		"arn:aws:lambda:us-east-1:123456789012:function:F":         "F",
		"arn:aws:lambda:us-east-1:123456789012:function:F:$LATEST": "F",
		"123456789012:function:F":                                  "F",
		"Submit Job":                                               "",
		"${SubmitJobFunctionArn}":                                  "",
		"a:b:c":                                                    "",
		"":                                                         "",
	} {
		if got := functionName(in); got != want {
			t.Errorf("functionName(%q) = %q, want %q", in, got, want)
		}
	}
}
