package runtime_test

import (
	"sync"
	"testing"

	"github.com/stepwise-go/stepwise/runtime"
)

// History may be read from any goroutine while the execution writes it,
// alone (no lock) or from concurrent Parallel branches (with one): every
// read gives complete events with ids 1…n in order. Run with -race.
func TestHistoryReadWhileWritten(t *testing.T) {
	def := `{"StartAt": "Init", "States": {
		"Init": {"Type": "Pass", "Result": {"i": 0}, "Next": "Check"},
		"Check": {"Type": "Choice", "Choices": [{"Variable": "$.i", "NumericLessThan": 300, "Next": "Inc"}], "Default": "Par"},
		"Inc": {"Type": "Pass", "Parameters": {"i.$": "States.MathAdd($.i, 1)"}, "Next": "Check"},
		"Par": {"Type": "Parallel", "End": true, "Branches": [
			{"StartAt": "W1", "States": {"W1": {"Type": "Wait", "Seconds": 1, "Next": "P1"}, "P1": {"Type": "Pass", "End": true}}},
			{"StartAt": "W2", "States": {"W2": {"Type": "Wait", "Seconds": 2, "Next": "P2"}, "P2": {"Type": "Pass", "End": true}}},
			{"StartAt": "P3", "States": {"P3": {"Type": "Pass", "End": true}}}]}}}`
	p := compile(t, def)
	for range 20 {
		ex := p.Start(t.Context(), nil, &runtime.Options{Clock: fixedClock})
		var wg sync.WaitGroup
		for range 2 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for done := false; !done; {
					select {
					case <-ex.Done():
						done = true
					default:
					}
					for i, e := range ex.History() {
						if e.ID != int64(i+1) || e.Type == "" || e.Timestamp.IsZero() {
							t.Errorf("event %d: %+v", i, e)
							return
						}
					}
				}
			}()
		}
		r := ex.Wait(t.Context())
		wg.Wait()
		if r.Status != runtime.Succeeded {
			t.Fatalf("status %s: %s %s", r.Status, r.Error, r.Cause)
		}
		// 1 + 2 (Init) + 301*2 (Check) + 300*2 (Inc) + Parallel: entered,
		// started, 2+4+4+2 in branches, succeeded, exited + 1.
		if n := len(ex.History()); n != 1+2+602+600+2+10+2+1 {
			t.Fatalf("%d events", n)
		}
	}
}
