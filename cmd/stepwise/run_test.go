package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRunCommand(t *testing.T) {
	dir := t.TempDir()
	def := filepath.Join(dir, "m.json")
	os.WriteFile(def, []byte(`{"StartAt":"C","States":{"C":{"Type":"Choice","Choices":[{"Variable":"$.ok","BooleanEquals":true,"Next":"Y"}],"Default":"N"},"Y":{"Type":"Pass","Result":{"r":1},"End":true},"N":{"Type":"Fail","Error":"No","Cause":"not ok"}}}`), 0o644)
	hist := filepath.Join(dir, "h.json")
	tests := []struct {
		args   []string
		code   int
		stdout string
	}{
		{[]string{def, "--input", `{"ok":true}`, "--json", "--history", hist}, 0, `{"status":"SUCCEEDED","output":{"r":1}}`},
		{[]string{"--json", def, "--input", `{"ok":false}`}, 1, `{"status":"FAILED","error":"No","cause":"not ok"}`},
		{[]string{def, "--type", "BATCH"}, 2, ``},
		{[]string{def, "--input", `{`}, 2, ``},
	}
	for _, tc := range tests {
		var out, errb bytes.Buffer
		code := run(append([]string{"run"}, tc.args...), &out, &errb)
		if code != tc.code || strings.TrimSpace(out.String()) != tc.stdout {
			t.Errorf("%v: exit %d, stdout %q (stderr %q); want %d, %q", tc.args, code, out.String(), errb.String(), tc.code, tc.stdout)
		}
	}
	data, err := os.ReadFile(hist)
	if err != nil || !bytes.Contains(data, []byte(`"stateEnteredEventDetails"`)) {
		t.Errorf("history file: %v %s", err, data)
	}
	// A definition that does not validate exits 2.
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"StartAt":"X","States":{}}`), 0o644)
	var out, errb bytes.Buffer
	if code := run([]string{"run", bad}, &out, &errb); code != 2 || errb.Len() == 0 {
		t.Errorf("invalid definition: exit %d, stderr %q", code, errb.String())
	}
}
