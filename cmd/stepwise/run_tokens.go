package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/stepwise-go/stepwise/runtime"
)

// noteUnansweredTokens tells, on stderr, which Task states waited for a
// task token that nothing sent: `stepwise run` has nobody to send one,
// so such a task times out (at once, on the virtual clock) unless a mock
// or the echo stub answers it.
func noteUnansweredTokens(w io.Writer, events []runtime.Event) {
	state := ""
	open := map[string]bool{}
	var order []string
	for _, e := range events {
		resource := ""
		if e.Details != nil {
			if r, ok := e.Details.Get("resource"); ok {
				resource, _ = r.(string)
			}
		}
		token := strings.HasSuffix(resource, ".waitForTaskToken")
		switch {
		case strings.HasSuffix(e.Type, "StateEntered"):
			if n, ok := e.Details.Get("name"); ok {
				state, _ = n.(string)
			}
		case e.Type == "TaskSubmitted" && token, e.Type == "ActivityScheduled":
			if !open[state] {
				order = append(order, state)
			}
			open[state] = true
		case (e.Type == "TaskSucceeded" || e.Type == "TaskFailed") && token,
			e.Type == "ActivitySucceeded", e.Type == "ActivityFailed":
			open[state] = false
		}
	}
	for _, s := range order {
		if open[s] || timedOutWaiting(events, s) {
			fmt.Fprintf(w, "stepwise run: Task state %q waited for a task token that nothing sent, so it timed out; "+
				"answer it with --mocks or --stub-tasks echo, or send the token through stepwise serve or runtimetest (docs/callbacks.md)\n", s)
		}
	}
}

// timedOutWaiting reports whether a token task of state timed out.
func timedOutWaiting(events []runtime.Event, state string) bool {
	current := ""
	for _, e := range events {
		if strings.HasSuffix(e.Type, "StateEntered") {
			n, _ := e.Details.Get("name")
			current, _ = n.(string)
		}
		if current == state && (e.Type == "TaskTimedOut" || e.Type == "ActivityTimedOut") {
			return true
		}
	}
	return false
}
