package jsonpath

import "testing"

func TestIsReference(t *testing.T) {
	cases := []struct {
		in   string
		want bool
	}{
		{`$`, true},
		{`$.a.b`, true},
		{`$['a']`, true},
		{`$.a[0]`, true},
		{`$$.Execution.Input`, true},
		{`$var.x`, true},
		{`$$`, true},
		{`$var`, true},
		{`$.a[*]`, false},
		{`$..a`, false},
		{`$.a[1:2]`, false},
		{`$.a[?(@.b)]`, false},
		{`$.a[0,1]`, false},
		{`$.a['x','y']`, false},
		{`$.a[-1]`, false},
		{`$.a.length()`, false},
		{`$.*`, false},
	}
	for _, tc := range cases {
		p, err := Parse(tc.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", tc.in, err)
			continue
		}
		if got := p.IsReference(); got != tc.want {
			t.Errorf("Parse(%q).IsReference() = %v, want %v", tc.in, got, tc.want)
		}
	}
	var nilPath *Path
	if nilPath.IsReference() || nilPath.String() != "" {
		t.Error("nil *Path must not be a reference path and must print as empty")
	}
}

func TestKindNames(t *testing.T) {
	if Input.String() != "Input" || Context.String() != "Context" || Variable.String() != "Variable" {
		t.Error("Root names")
	}
	if Root(9).String() != "Root(?)" || SegmentKind(99).String() != "SegmentKind(?)" {
		t.Error("unknown kind names")
	}
	for k := Field; k <= Function; k++ {
		if k.String() == "SegmentKind(?)" {
			t.Errorf("SegmentKind %d has no name", k)
		}
	}
}
