package runtime_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stepwise-go/stepwise/runtime"
)

const childArn = "arn:aws:states:us-east-1:123456789012:stateMachine:Child"

// childMachine waits an hour, then succeeds with {"doubled": x*2} or
// fails when x is 0; with a token it sends it back.
const childMachine = `{"StartAt":"Nap","States":{
  "Nap":{"Type":"Wait","Seconds":3600,"Next":"Zero?"},
  "Zero?":{"Type":"Choice","Choices":[{"Variable":"$.x","NumericEquals":0,"Next":"Boom"},
    {"Variable":"$.token","IsPresent":true,"Next":"Reply"}],"Default":"Double"},
  "Boom":{"Type":"Fail","Error":"Child.Zero","Cause":"x is 0"},
  "Reply":{"Type":"Task","Resource":"arn:aws:states:::aws-sdk:sfn:sendTaskSuccess",
    "Parameters":{"TaskToken.$":"$.token","Output.$":"States.JsonToString($.x)"},"End":true},
  "Double":{"Type":"Pass","Parameters":{"doubled.$":"States.MathAdd($.x, $.x)"},"End":true}}}`

func parentMachine(resource, input string) string {
	return `{"StartAt":"Call","States":{"Call":{"Type":"Task","Resource":"` + resource + `",
	  "Parameters":{"StateMachineArn":"` + childArn + `","Name":"kid","Input":` + input + `},
	  "Catch":[{"ErrorEquals":["States.ALL"],"Next":"Caught"}],"End":true},
	  "Caught":{"Type":"Pass","End":true}}}`
}

func TestNestedExecutions(t *testing.T) {
	child := compile(t, childMachine)
	resolve := func(arn string) (*runtime.Program, error) {
		if arn == childArn {
			return child, nil
		}
		return nil, errors.New("no such machine: " + arn)
	}
	const base = "arn:aws:states:::states:startExecution"
	tests := []struct {
		name, resource, input string
		want                  []string // substrings of the output
		elapsed               time.Duration
	}{
		{"request-response", base, `{"x.$":"$.x"}`,
			[]string{`{"ExecutionArn":"arn:aws:states:us-east-1:123456789012:execution:Child:kid","StartDate":1736937000000}`}, 0},
		{".sync", base + ".sync", `{"x.$":"$.x"}`,
			[]string{`"Input":"{\"x\":21}"`, `"Output":"{\"doubled\":42}"`, `"Status":"SUCCEEDED"`, `"StopDate":1736940600000`}, time.Hour},
		{".sync:2", base + ".sync:2", `{"x.$":"$.x"}`, []string{`"Input":{"x":21}`, `"Output":{"doubled":42}`}, time.Hour},
		{".sync failure", base + ".sync", `{"x":0}`,
			[]string{`"Error":"States.TaskFailed"`, `\"Cause\":\"x is 0\",\"Error\":\"Child.Zero\"`, `\"Status\":\"FAILED\"`}, time.Hour},
		{".waitForTaskToken", base + ".waitForTaskToken", `{"x.$":"$.x","token.$":"$$.Task.Token"}`, []string{`21`}, 0},
		{"unknown machine", base + ".sync", `{}`, []string{`StateMachineDoesNotExist`}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			def := parentMachine(tc.resource, tc.input)
			if tc.name == "unknown machine" {
				def = strings.Replace(def, "stateMachine:Child", "stateMachine:Nope", 1)
			}
			ex := start(t, def, `{"x":21}`, &runtime.Options{StateMachines: resolve})
			r := waitResult(t, ex)
			got := jsonOf(r.Output)
			for _, w := range tc.want {
				if r.Status != runtime.Succeeded || !strings.Contains(got, w) {
					t.Errorf("%s: output %s lacks %s", r.Status, got, w)
				}
			}
			h := ex.History()
			if d := h[len(h)-1].Timestamp.Sub(epoch); d != tc.elapsed {
				t.Errorf("parent ended after %v, want %v", d, tc.elapsed)
			}
			if tc.name != "unknown machine" && len(ex.Children()) != 1 {
				t.Errorf("children = %d", len(ex.Children()))
			}
		})
	}
}

// TestNestedFallsBackToTasks: without a resolver (or when it returns
// nil), startExecution goes to the TaskHandler like any task.
func TestNestedFallsBackToTasks(t *testing.T) {
	r, _ := run(t, parentMachine("arn:aws:states:::states:startExecution.sync", `{}`), `{}`, nil)
	if r.Status != runtime.Failed || !errors.Is(r.Err, runtime.ErrNoTaskHandler) {
		t.Errorf("without resolver: %+v", r)
	}
	nilResolver := func(string) (*runtime.Program, error) { return nil, nil }
	r, _ = run(t, parentMachine("arn:aws:states:::states:startExecution.sync", `{}`), `{}`, &runtime.Options{StateMachines: nilResolver})
	if r.Status != runtime.Failed || !errors.Is(r.Err, runtime.ErrNoTaskHandler) {
		t.Errorf("nil program: %+v", r)
	}
}
