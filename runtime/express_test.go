package runtime_test

import (
	"testing"

	"github.com/stepwise-go/stepwise/runtime"
)

// TestExpressDurationCap: an Express execution ends TIMED_OUT with
// States.Timeout after five minutes (virtual time), even when the
// machine allows longer; a Standard one runs on.
func TestExpressDurationCap(t *testing.T) {
	wait := func(secs string) string {
		return `{"TimeoutSeconds":3600,"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":` + secs + `,"End":true}}}`
	}
	tests := []struct {
		name, typ, secs string
		status          runtime.Status
	}{
		{"express over five minutes", "EXPRESS", "301", runtime.TimedOut},
		{"express under five minutes", "EXPRESS", "299", runtime.Succeeded},
		{"standard over five minutes", "STANDARD", "301", runtime.Succeeded},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, evs := run(t, wait(tc.secs), `{}`, &runtime.Options{Type: tc.typ})
			if r.Status != tc.status {
				t.Fatalf("status %s, want %s", r.Status, tc.status)
			}
			if tc.status == runtime.TimedOut {
				last := evs[len(evs)-1]
				if r.Error != "States.Timeout" || last.Type != "ExecutionTimedOut" {
					t.Errorf("error %q, last event %s", r.Error, last.Type)
				}
				if d := last.Timestamp.Sub(evs[0].Timestamp); d.Seconds() != 300 {
					t.Errorf("timed out after %v, want 5m", d)
				}
			}
		})
	}
}
