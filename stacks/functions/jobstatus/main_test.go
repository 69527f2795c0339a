package main

import (
	"context"
	"fmt"
	"testing"
	"time"
)

func TestStatus(t *testing.T) {
	past, future := time.Now().Add(-time.Minute).Unix(), time.Now().Add(time.Hour).Unix()
	for guid, want := range map[string]string{
		fmt.Sprintf("S%d-ab", past):   "SUCCEEDED",
		fmt.Sprintf("F%d-ab", past):   "FAILED",
		fmt.Sprintf("S%d-ab", future): "RUNNING",
	} {
		got, err := status(context.Background(), guid)
		if err != nil || got.Status != want || got.GUID != guid || got.WaitSeconds <= 0 {
			t.Errorf("status(%q) = %+v, %v; want %s", guid, got, err, want)
		}
	}
	if _, err := status(context.Background(), "nonsense"); err == nil {
		t.Errorf("a foreign job id must be an error")
	}
}
