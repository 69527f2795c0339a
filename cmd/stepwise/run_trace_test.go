package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRunTrace(t *testing.T) {
	dir := t.TempDir()
	def := filepath.Join(dir, "m.json")
	os.WriteFile(def, []byte(`{"StartAt":"C","States":{"C":{"Type":"Choice","Choices":[{"Variable":"$.ok","BooleanEquals":true,"Next":"Y"}],"Default":"N"},"Y":{"Type":"Wait","Seconds":90,"Next":"Z"},"Z":{"Type":"Pass","End":true},"N":{"Type":"Fail","Error":"No"}}}`), 0o644)
	tests := []struct {
		name, file, input string
		code              int
		want, notWant     []string
	}{
		{"svg", "t.svg", `{"ok":true}`, 0,
			[]string{`<svg`, `data-state="Y" data-status="SUCCEEDED"`, "1m30s", "execution SUCCEEDED after 1m30s", `class="unrun" data-state="N"`},
			[]string{`<html`}},
		{"html", "t.html", `{"ok":false}`, 1,
			[]string{`<!doctype html>`, `<svg`, `data-state="N" data-status="FAILED"`, `<td>N</td><td class="FAILED">FAILED</td>`, "Execution <b class=\"FAILED\">FAILED</b>"},
			[]string{`data-state="Y" data-status`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, tc.file)
			var out, errb bytes.Buffer
			if code := run([]string{"run", def, "--input", tc.input, "--trace", path}, &out, &errb); code != tc.code {
				t.Fatalf("exit %d, want %d (stderr %q)", code, tc.code, errb.String())
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tc.want {
				if !strings.Contains(string(data), w) {
					t.Errorf("trace lacks %q", w)
				}
			}
			for _, w := range tc.notWant {
				if strings.Contains(string(data), w) {
					t.Errorf("trace has %q", w)
				}
			}
		})
	}
	t.Run("bad extension", func(t *testing.T) {
		path := filepath.Join(dir, "t.png")
		var out, errb bytes.Buffer
		if code := run([]string{"run", def, "--trace", path}, &out, &errb); code != exitUsage || !strings.Contains(errb.String(), "FILE.svg or FILE.html") {
			t.Errorf("exit %d, stderr %q; want 2 and a hint", code, errb.String())
		}
		if _, err := os.Stat(path); err == nil {
			t.Errorf("wrote %s", path)
		}
	})
}
