package runtime_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stepwise-go/stepwise/runtime"
)

// TestRunawayExpressionFailsTheState: an endless tail-recursive lambda
// ends with U1001 after Options.ExpressionTimeout, as a
// States.QueryEvaluationError, instead of hanging the execution; a
// finite one under the same limit succeeds.
func TestRunawayExpressionFailsTheState(t *testing.T) {
	machine := func(expr string) string {
		return `{"QueryLanguage":"JSONata","StartAt":"P","States":{"P":{"Type":"Pass","Output":"{% ` + expr + ` %}","End":true}}}`
	}
	opts := &runtime.Options{ExpressionTimeout: 100 * time.Millisecond}
	r, _ := run(t, machine(`($f := function($n){ $f($n+1) }; $f(0))`), `{}`, opts)
	if r.Status != runtime.Failed || r.Error != runtime.ErrQueryEvaluation || !strings.Contains(r.Cause, "U1001") {
		t.Errorf("runaway: %+v, want FAILED with States.QueryEvaluationError and U1001", r)
	}
	r, _ = run(t, machine(`($f := function($n){ $n < 1000 ? $f($n+1) : $n }; $f(0))`), `{}`, &runtime.Options{ExpressionTimeout: 5 * time.Second})
	if r.Status != runtime.Succeeded || jsonOf(r.Output) != "1000" {
		t.Errorf("finite: %+v, want SUCCEEDED with 1000", r)
	}
}
