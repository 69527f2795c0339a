package runtime_test

import (
	"strings"
	"testing"

	"github.com/stepwise-go/stepwise/runtime"
)

// Every state's input is held to the 256 KiB payload limit, also when
// the previous state's (small, already measured) output is followed by a
// large one: the size check remembers only what fitted.
func TestStateInputPayloadLimit(t *testing.T) {
	// Grow copies the input string s three times into the next state's
	// input; Small and Again pass the input along.
	def := `{"StartAt": "Small", "States": {
		"Small": {"Type": "Pass", "Next": "Again"},
		"Again": {"Type": "Pass", "Next": "Grow"},
		"Grow": {"Type": "Pass", "Parameters": {"a.$": "$.s", "b.$": "$.s", "c.$": "$.s"}, "Next": "Big"},
		"Big": {"Type": "Pass", "End": true}}}`
	tests := []struct {
		name   string
		size   int // of s
		status runtime.Status
	}{
		{"under the limit", 80000, runtime.Succeeded},
		{"over the limit", 90000, runtime.Failed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, _ := run(t, def, `{"s": "`+strings.Repeat("x", tt.size)+`"}`, nil)
			if r.Status != tt.status {
				t.Fatalf("status %s (%s: %s), want %s", r.Status, r.Error, r.Cause, tt.status)
			}
			if tt.status == runtime.Failed && (r.Error != runtime.ErrDataLimitExceeded ||
				r.Cause != "The state 'Big' received an input with a size exceeding the maximum number of bytes service limit.") {
				t.Errorf("error %q cause %q", r.Error, r.Cause)
			}
		})
	}
}
