package functions_test

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/stepwise-go/stepwise/constructs/workflows/functions"
	"github.com/stepwise-go/stepwise/tasks"
)

func TestRegister(t *testing.T) {
	clock := func(context.Context) time.Time { return time.Time{} }
	var h tasks.Handlers
	if err := functions.Register(&h, clock, bytes.NewReader(nil)); err != nil {
		t.Fatal(err)
	}
	if err := functions.Register(&h, clock, bytes.NewReader(nil)); err == nil {
		t.Errorf("registering twice must be an error")
	}
	if err := functions.Register(&tasks.Handlers{}, nil, bytes.NewReader(nil)); err == nil {
		t.Errorf("a nil clock must be an error")
	}
	if err := functions.Register(&tasks.Handlers{}, clock, nil); err == nil {
		t.Errorf("a nil random source must be an error")
	}
}
