package asl_test

import (
	"sync"
	"testing"

	"github.com/stepwise-go/stepwise/asl"
)

// A parsed machine is shared by concurrent executions: validating,
// rendering and reading it from many goroutines at once must not write to
// it. `go test -race` turns a hidden cache back into a failure here.
func TestMachineIsSafeToShare(t *testing.T) {
	m, diags := asl.Parse([]byte(`{"QueryLanguage": "JSONata", "StartAt": "S", "States": {
		"S": {"Type": "Pass", "Output": "{% $states.input.a + 1 %}", "Assign": {"x": "{% $states.input %}"}, "Next": "C"},
		"C": {"Type": "Choice", "Choices": [{"Condition": "{% $x.a > 1 %}", "Next": "T"}], "Default": "T"},
		"T": {"Type": "Succeed"}}}`))
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	want := string(asl.Render(m))
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if d := asl.Validate(m); len(d) != 0 {
				t.Errorf("Validate: %v", d)
			}
			if got := string(asl.Render(m)); got != want {
				t.Errorf("Render differs under concurrency")
			}
		}()
	}
	wg.Wait()
}

func TestQueryLanguageOr(t *testing.T) {
	var absent asl.QueryLanguage
	if got := absent.Or(asl.JSONPath); got != asl.JSONPath {
		t.Errorf("absent.Or(JSONPath) = %q", got)
	}
	if got := asl.JSONata.Or(asl.JSONPath); got != asl.JSONata {
		t.Errorf("JSONata.Or(JSONPath) = %q", got)
	}
}
