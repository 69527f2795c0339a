package submitjob

import (
	"bytes"
	"context"
	"testing"
	"testing/iotest"
	"time"
)

func TestSubmit(t *testing.T) {
	now := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	s := Submitter{Clock: func(context.Context) time.Time { return now }, Random: bytes.NewReader(bytes.Repeat([]byte{0xab}, 64))}
	for _, c := range []struct {
		req  Request
		want Job
	}{
		{Request{}, Job{GUID: "S1735689620-abababababababab", Status: "SUBMITTED", WaitSeconds: 5}},
		{Request{DurationSeconds: 10, WaitSeconds: 3, Fail: true}, Job{GUID: "F1735689610-abababababababab", Status: "SUBMITTED", WaitSeconds: 3}},
		{Request{DurationSeconds: -1, WaitSeconds: -1}, Job{GUID: "S1735689620-abababababababab", Status: "SUBMITTED", WaitSeconds: 5}},
	} {
		got, err := s.Submit(context.Background(), c.req)
		if err != nil || got != c.want {
			t.Errorf("Submit(%+v) = %+v, %v; want %+v", c.req, got, err, c.want)
		}
	}
	if _, err := (Submitter{Clock: s.Clock, Random: iotest.ErrReader(iotest.ErrTimeout)}).Submit(context.Background(), Request{}); err == nil {
		t.Errorf("a failing random source must be an error")
	}
	if _, err := (Submitter{}).Submit(context.Background(), Request{}); err == nil {
		t.Errorf("a Submitter without a Clock must be an error, not a panic")
	}
	// The deployed handler makes different ids on the wall clock.
	a, errA := Handler(context.Background(), Request{})
	b, errB := Handler(context.Background(), Request{})
	if errA != nil || errB != nil || a.GUID == b.GUID {
		t.Errorf("Handler: %+v %v, %+v %v", a, errA, b, errB)
	}
}
