package jobstatus

import (
	"context"
	"fmt"
	"testing"
	"time"
)

func TestCheck(t *testing.T) {
	now := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	c := Checker{Clock: func(context.Context) time.Time { return now }}
	past, present, future := now.Add(-time.Minute).Unix(), now.Unix(), now.Add(time.Second).Unix()
	for guid, want := range map[string]string{
		fmt.Sprintf("S%d-ab", past):    "SUCCEEDED",
		fmt.Sprintf("F%d-ab", past):    "FAILED",
		fmt.Sprintf("S%d-ab", present): "SUCCEEDED", // ends at that very second
		fmt.Sprintf("S%d-ab", future):  "RUNNING",
		fmt.Sprintf("F%d-ab", future):  "RUNNING",
	} {
		got, err := c.Check(context.Background(), guid)
		if err != nil || got.Status != want || got.GUID != guid || got.WaitSeconds != PollSeconds {
			t.Errorf("Check(%q) = %+v, %v; want %s", guid, got, err, want)
		}
	}
	for _, foreign := range []string{"nonsense", "S-ab", "X1-ab", "Sabc-ab", ""} {
		if _, err := c.Check(context.Background(), foreign); err == nil {
			t.Errorf("Check(%q): a foreign job id must be an error", foreign)
		}
	}
	if _, err := (Checker{}).Check(context.Background(), "S1-ab"); err == nil {
		t.Errorf("a Checker without a Clock must be an error, not a panic")
	}
}
