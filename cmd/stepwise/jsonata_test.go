package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

func TestJsonataRepeat(t *testing.T) {
	code, stdout, stderr := runCLI("jsonata", "$sum([1..100])", "--json", "--repeat", "3")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got struct {
		Value   float64  `json:"value"`
		Repeat  int      `json:"repeat"`
		Seconds *float64 `json:"seconds"`
	}
	if err := json.Unmarshal([]byte(stdout), &got); err != nil || got.Value != 5050 || got.Repeat != 3 || got.Seconds == nil {
		t.Errorf("got %s (%v)", stdout, err)
	}
	if code, _, _ := runCLI("jsonata", "1", "--repeat", "-1"); code != exitUsage {
		t.Errorf("--repeat -1: exit %d, want %d", code, exitUsage)
	}
}

// An expression file is UTF-8 in which WTF-8 bytes are a lone surrogate.
func TestJsonataExpressionFileSurrogate(t *testing.T) {
	p := filepath.Join(t.TempDir(), "e.jsonata")
	if err := os.WriteFile(p, []byte("$length('\xed\xa0\x80x')"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCLI("jsonata", "@"+p, "--json")
	if code != exitOK || stdout != "{\"value\":2}\n" {
		t.Errorf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
}
