package main

import (
	"strings"
	"testing"
)

// studio takes the same task options as run: --handlers builtin gives
// every execution a handler; an unknown set is a usage error.
func TestStudioConfigTaskOptions(t *testing.T) {
	for _, c := range []struct {
		name        string
		flags       runFlags
		code        int
		wantHandler bool
		stderr      string
	}{
		{"no task option", runFlags{}, exitOK, false, ""},
		{"builtin handlers", runFlags{handlers: "builtin"}, exitOK, true, ""},
		{"echo stub", runFlags{stubTasks: "echo"}, exitOK, true, ""},
		{"unknown handlers", runFlags{handlers: "mine"}, exitUsage, false, "--handlers: want builtin"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var stderr strings.Builder
			cfg, code := studioConfig("127.0.0.1:0", &c.flags, nil, &stderr)
			if code != c.code {
				t.Fatalf("exit %d, want %d; stderr: %s", code, c.code, stderr.String())
			}
			if !strings.Contains(stderr.String(), c.stderr) {
				t.Errorf("stderr %q lacks %q", stderr.String(), c.stderr)
			}
			if code != exitOK {
				return
			}
			if got := cfg.NewTasks() != nil; got != c.wantHandler {
				t.Errorf("a task handler: %v, want %v", got, c.wantHandler)
			}
			if len(cfg.Workflows) == 0 {
				t.Error("no workflows")
			}
		})
	}
}
