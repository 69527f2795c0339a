package approval

import (
	"context"
	"errors"
	"net/http"
	"testing"

	"github.com/aws/aws-lambda-go/events"
	sfnapi "github.com/aws/aws-sdk-go-v2/service/sfn"
	"github.com/aws/aws-sdk-go-v2/service/sfn/types"
)

type fakeSFN struct {
	success *sfnapi.SendTaskSuccessInput
	failure *sfnapi.SendTaskFailureInput
	err     error
}

func (f *fakeSFN) SendTaskSuccess(_ context.Context, in *sfnapi.SendTaskSuccessInput, _ ...func(*sfnapi.Options)) (*sfnapi.SendTaskSuccessOutput, error) {
	f.success = in
	return &sfnapi.SendTaskSuccessOutput{}, f.err
}

func (f *fakeSFN) SendTaskFailure(_ context.Context, in *sfnapi.SendTaskFailureInput, _ ...func(*sfnapi.Options)) (*sfnapi.SendTaskFailureOutput, error) {
	f.failure = in
	return &sfnapi.SendTaskFailureOutput{}, f.err
}

func request(action, token string) events.APIGatewayProxyRequest {
	return events.APIGatewayProxyRequest{QueryStringParameters: map[string]string{"action": action, "token": token}}
}

func TestDecisions(t *testing.T) {
	f := &fakeSFN{}
	res, err := Decider{f}.Decide(context.Background(), request("approve", "tok+/="))
	if err != nil || res.StatusCode != http.StatusOK || f.success == nil || *f.success.TaskToken != "tok+/=" || *f.success.Output != `{"decision":"approve"}` {
		t.Errorf("approve: %v %v %+v", res, err, f.success)
	}
	f = &fakeSFN{}
	res, err = Decider{f}.Decide(context.Background(), request("reject", "tok"))
	if err != nil || res.StatusCode != http.StatusOK || f.failure == nil || *f.failure.Error != RejectedError {
		t.Errorf("reject: %v %v %+v", res, err, f.failure)
	}
	for _, bad := range []events.APIGatewayProxyRequest{request("maybe", "tok"), request("approve", "")} {
		f = &fakeSFN{}
		if res, _ := (Decider{f}).Decide(context.Background(), bad); res.StatusCode != http.StatusBadRequest || f.success != nil || f.failure != nil {
			t.Errorf("%v: status %d", bad.QueryStringParameters, res.StatusCode)
		}
	}
	for name, c := range map[string]struct {
		err    error
		status int
	}{
		"timed out":       {&types.TaskTimedOut{}, http.StatusGone},
		"decided":         {&types.TaskDoesNotExist{}, http.StatusGone},
		"invalid token":   {&types.InvalidToken{}, http.StatusBadRequest},
		"no error at all": {nil, http.StatusOK},
	} {
		if res, err := (Decider{&fakeSFN{err: c.err}}).Decide(context.Background(), request("approve", "tok")); err != nil || res.StatusCode != c.status {
			t.Errorf("%s: status %d, %v; want %d", name, res.StatusCode, err, c.status)
		}
	}
	if _, err := (Decider{&fakeSFN{err: errors.New("throttled")}}).Decide(context.Background(), request("approve", "tok")); err == nil {
		t.Errorf("other errors must fail the invocation")
	}
	if _, err := (Decider{}).Decide(context.Background(), request("approve", "tok")); err == nil {
		t.Errorf("a Decider without a client must be an error, not a panic")
	}
}
