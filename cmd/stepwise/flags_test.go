package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseFlags(t *testing.T) {
	tests := []struct {
		args      []string
		want      []string // positional arguments after parsing
		wantJSON  bool
		wantWrite bool
		wantInput string
		wantCode  int // -1: go on
		wantErr   string
	}{
		{args: []string{"a.json", "--json"}, want: []string{"a.json"}, wantJSON: true, wantCode: -1},
		{args: []string{"--json", "a.json", "b.json"}, want: []string{"a.json", "b.json"}, wantJSON: true, wantCode: -1},
		{args: []string{"a.json", "--input", "-", "b.json"}, want: []string{"a.json", "b.json"}, wantInput: "-", wantCode: -1},
		{args: []string{"a.json", "--input=@in.json"}, want: []string{"a.json"}, wantInput: "@in.json", wantCode: -1},
		{args: []string{"--input", "-json"}, want: []string{}, wantInput: "-json", wantCode: -1},
		{args: []string{"--", "-1", "--json"}, want: []string{"-1", "--json"}, wantCode: -1},
		{args: []string{"-", "--json"}, want: []string{"-"}, wantJSON: true, wantCode: -1},
		{args: []string{"-json", "a.json", "-input", "x"}, want: []string{"a.json"}, wantJSON: true, wantInput: "x", wantCode: -1},
		{args: []string{"-input=x", "-w"}, want: []string{}, wantInput: "x", wantWrite: true, wantCode: -1},
		{args: []string{"--w", "--json=false"}, want: []string{}, wantWrite: true, wantCode: -1},
		{args: []string{"a.json", "--input"}, wantCode: exitUsage, wantErr: "flag needs an argument: --input"},
		{args: []string{"a.json", "--nope"}, wantCode: exitUsage, wantErr: "unknown flag: --nope"},
		{args: []string{"-jsonx"}, wantCode: exitUsage, wantErr: "unknown shorthand flag: 'j'"},
		{args: []string{"a.json", "--help"}, wantCode: exitOK},
		{args: []string{"-h"}, wantCode: exitOK},
		{args: []string{"-help"}, wantCode: exitOK},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			fs := newFlags("t", "[--json] FILE…", "Tests.", &stderr)
			asJSON := fs.Bool("json", false, "JSON")
			write := fs.Bool("w", false, "write")
			input := fs.String("input", "", "input")
			code := parseFlags(fs, tt.args, &stdout)
			if code != tt.wantCode {
				t.Fatalf("code %d, want %d; stderr:\n%s", code, tt.wantCode, stderr.String())
			}
			if tt.wantErr != "" {
				if !strings.Contains(stderr.String(), tt.wantErr) || !strings.Contains(stderr.String(), "Usage: stepwise t") {
					t.Fatalf("stderr %q, want %q and the usage", stderr.String(), tt.wantErr)
				}
				return
			}
			if code == exitOK {
				if !strings.HasPrefix(stdout.String(), "Usage: stepwise t [--json] FILE…\n\nTests.\n\nOptions:\n") || !strings.Contains(stdout.String(), "-h, --help") {
					t.Fatalf("help on stdout:\n%s", stdout.String())
				}
				return
			}
			if diff := cmp.Diff(tt.want, append([]string{}, fs.Args()...)); diff != "" {
				t.Errorf("positional (-want +got):\n%s", diff)
			}
			if *asJSON != tt.wantJSON || *write != tt.wantWrite || *input != tt.wantInput {
				t.Errorf("json=%v w=%v input=%q, want %v %v %q", *asJSON, *write, *input, tt.wantJSON, tt.wantWrite, tt.wantInput)
			}
		})
	}
}

// TestDescribe checks that description mode records a run function's
// usage and flags and runs nothing.
func TestDescribe(t *testing.T) {
	for _, c := range commands {
		d := describe(c.run)
		if d.flags == nil || d.synopsis == "" || d.description == "" {
			t.Errorf("%s: described as %+v", c.name, d)
		}
	}
}

// FuzzParseFlags checks that any command line is either refused with
// exitUsage, answered with help (exitOK), or parsed into positional
// arguments that all come from the command line, in order.
func FuzzParseFlags(f *testing.F) {
	f.Add("a.json\x00--json")
	f.Add("-json\x00--input\x00-\x00b.json")
	f.Add("--\x00-1\x00--json")
	f.Add("-input=x\x00-w\x00-")
	f.Add("--input")
	f.Add("-h")
	f.Fuzz(func(t *testing.T, joined string) {
		args := strings.Split(joined, "\x00")
		var stdout, stderr bytes.Buffer
		fs := newFlags("t", "[--json] FILE…", "Tests.", &stderr)
		fs.Bool("json", false, "JSON")
		fs.Bool("w", false, "write")
		fs.String("input", "", "input")
		switch code := parseFlags(fs, args, &stdout); code {
		case exitUsage:
			if stderr.Len() == 0 {
				t.Fatalf("refused %q without a message", args)
			}
		case exitOK:
			if !strings.HasPrefix(stdout.String(), "Usage: ") {
				t.Fatalf("help for %q is %q", args, stdout.String())
			}
		case -1:
			rest := args
			for _, p := range fs.Args() {
				i := 0
				for i < len(rest) && rest[i] != p {
					i++
				}
				if i == len(rest) {
					t.Fatalf("positional %q of %q is not from the command line in order (got %q)", p, args, fs.Args())
				}
				rest = rest[i+1:]
			}
		default:
			t.Fatalf("code %d", code)
		}
	})
}
