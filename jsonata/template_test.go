package jsonata

import (
	"errors"
	"testing"
)

var templateCases = []struct {
	in   string
	ok   bool
	pos  int // of the error
	body string
}{
	{"{% $states.input %}", true, 0, " $states.input "},
	{"{%$states.input%}", true, 0, "$states.input"},
	{"{%\n  $states.input.a +\n  1\n%}", true, 0, "\n  $states.input.a +\n  1\n"},
	{"{% 'a' & \"b\" %}", true, 0, ""},
	{"{% %}", false, 3, ""},
	{"{%%}", false, 2, ""},
	{"{%   \t %}", false, 7, ""},
	{"{% /* nothing */ %}", false, 17, ""},
	{"{% a + %}", false, 7, ""},
	{"{% (1 %}", false, 6, ""},
	{"{% a ?? b %}", false, 7, ""},
	{" {% a %}", false, 0, ""},
	{"{% a %} ", false, 0, ""},
	{"{% a", false, 0, ""},
	{"a %}", false, 0, ""},
	{"{%}", false, 0, ""},
	{"$states.input", false, 0, ""},
	{"", false, 0, ""},
	{"{% '%}' %}", true, 0, ""},
	{"{% 'a %}", false, 6, ""},
}

func TestParseTemplate(t *testing.T) {
	for _, tc := range templateCases {
		e, err := ParseTemplate(tc.in)
		if tc.ok {
			if err != nil {
				t.Errorf("ParseTemplate(%q): %v", tc.in, err)
			} else if tc.body != "" && e.Source != tc.body {
				t.Errorf("ParseTemplate(%q).Source = %q, want %q", tc.in, e.Source, tc.body)
			}
			continue
		}
		var perr *Error
		if !errors.As(err, &perr) {
			t.Errorf("ParseTemplate(%q): err = %v, want an *Error", tc.in, err)
			continue
		}
		if perr.Pos != tc.pos {
			t.Errorf("ParseTemplate(%q): %v, want position %d", tc.in, perr, tc.pos)
		}
	}
}

func TestIsTemplate(t *testing.T) {
	for in, want := range map[string]bool{
		"{% a %}": true, "{%%}": true, "{%a%}": true,
		"{%}": false, " {% a %}": false, "{% a %} ": false, "{% a": false, "a": false, "": false,
	} {
		if got := IsTemplate(in); got != want {
			t.Errorf("IsTemplate(%q) = %v, want %v", in, got, want)
		}
	}
}
