package main

import (
	"flag"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestOptionsFirst(t *testing.T) {
	newSet := func() *flag.FlagSet {
		fs := flag.NewFlagSet("t", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		fs.Bool("json", false, "")
		fs.String("input", "", "")
		return fs
	}
	tests := []struct {
		args      []string
		want      []string // positional arguments after parsing
		wantJSON  bool
		wantInput string
		wantErr   string
	}{
		{args: []string{"a.json", "--json"}, want: []string{"a.json"}, wantJSON: true},
		{args: []string{"--json", "a.json", "b.json"}, want: []string{"a.json", "b.json"}, wantJSON: true},
		{args: []string{"a.json", "--input", "-", "b.json"}, want: []string{"a.json", "b.json"}, wantInput: "-"},
		{args: []string{"a.json", "--input=@in.json"}, want: []string{"a.json"}, wantInput: "@in.json"},
		{args: []string{"--", "-1", "--json"}, want: []string{"-1", "--json"}},
		{args: []string{"-", "--json"}, want: []string{"-"}, wantJSON: true},
		{args: []string{"a.json", "--input"}, wantErr: "flag needs an argument"},
		{args: []string{"a.json", "--nope"}, wantErr: "flag provided but not defined"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			fs := newSet()
			err := fs.Parse(optionsFirst(fs, tt.args))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, fs.Args()); diff != "" {
				t.Errorf("positional (-want +got):\n%s", diff)
			}
			if got := fs.Lookup("json").Value.String() == "true"; got != tt.wantJSON {
				t.Errorf("--json = %v, want %v", got, tt.wantJSON)
			}
			if got := fs.Lookup("input").Value.String(); got != tt.wantInput {
				t.Errorf("--input = %q, want %q", got, tt.wantInput)
			}
		})
	}
}
