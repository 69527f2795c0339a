package intrinsic

import (
	"reflect"
	"testing"
)

// withoutPos returns a copy of c with every Pos set to zero.
func withoutPos(c *Call) *Call {
	if c == nil {
		return nil
	}
	out := &Call{Name: c.Name}
	for _, a := range c.Args {
		a.Pos = 0
		a.Call = withoutPos(a.Call)
		out.Args = append(out.Args, a)
	}
	return out
}

func TestString(t *testing.T) {
	cases := []struct{ in, want string }{
		{`States.Format('x {}',$.a)`, `States.Format('x {}', $.a)`},
		{`States.Array( 1 ,'a' ,true,null , $.x,States.UUID( ) )`, `States.Array(1, 'a', true, null, $.x, States.UUID())`},
		{`States.Format('\{\} \\ \' {}', $.x)`, `States.Format('\{\} \\ \' {}', $.x)`},
		{`States.Array($.a[?(@.x == 'a,b')] , -2.5)`, `States.Array($.a[?(@.x == 'a,b')], -2.5)`},
	}
	for _, tc := range cases {
		c, err := Parse(tc.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", tc.in, err)
			continue
		}
		got := c.String()
		if got != tc.want {
			t.Errorf("Parse(%q).String() = %q, want %q", tc.in, got, tc.want)
		}
		again, err := Parse(got)
		if err != nil {
			t.Errorf("Parse(%q): %v", got, err)
			continue
		}
		if !reflect.DeepEqual(withoutPos(c), withoutPos(again)) {
			t.Errorf("round trip of %q changed the call", tc.in)
		}
	}
}

func TestStringBuiltByHand(t *testing.T) {
	c := &Call{Name: "States.Array", Args: []Arg{
		{Kind: String, Text: "a'b{}\\"},
		{Kind: String, Text: "changed", Raw: "'original'"},
		{Kind: Number, Text: "3"},
		{Kind: Boolean, Text: "true"},
		{Kind: Boolean},
		{Kind: Null},
		{Kind: Path, Text: "$.a"},
		{Kind: Nested, Call: &Call{Name: "States.UUID"}},
		{Kind: Nested},
	}}
	want := `States.Array('a\'b\{\}\\', 'changed', 3, true, false, null, $.a, States.UUID(), )`
	if got := c.String(); got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	var nilCall *Call
	if nilCall.String() != "" {
		t.Error("nil *Call must print as empty")
	}
	if (Arg{Kind: ArgKind(99)}).String() != "" {
		t.Error("an unknown kind must print as empty")
	}
}

func TestQuote(t *testing.T) {
	cases := []struct{ in, quote, template string }{
		{``, `''`, `''`},
		{`plain`, `'plain'`, `'plain'`},
		{`it's`, `'it\'s'`, `'it\'s'`},
		{`a\b`, `'a\\b'`, `'a\\b'`},
		{`{}`, `'\{\}'`, `'{}'`},
		{`{x} {} }{`, `'\{x\} \{\} \}\{'`, `'\{x\} {} \}\{'`},
		{`{{}}`, `'\{\{\}\}'`, `'\{{}\}'`},
	}
	for _, tc := range cases {
		if got := Quote(tc.in); got != tc.quote {
			t.Errorf("Quote(%q) = %s, want %s", tc.in, got, tc.quote)
		}
		if got := QuoteTemplate(tc.in); got != tc.template {
			t.Errorf("QuoteTemplate(%q) = %s, want %s", tc.in, got, tc.template)
		}
		for _, lit := range []string{tc.quote, tc.template} {
			text, end, err := scanString(lit, 0)
			if err != nil || end != len(lit) || text != tc.in {
				t.Errorf("scanString(%s) = %q, %d, %v; want %q", lit, text, end, err, tc.in)
			}
		}
	}
}

func TestKindNames(t *testing.T) {
	want := []string{"String", "Number", "Boolean", "Null", "Path", "Nested"}
	for k := String; k <= Nested; k++ {
		if k.String() != want[k] {
			t.Errorf("ArgKind(%d).String() = %q, want %q", k, k.String(), want[k])
		}
	}
	if ArgKind(99).String() != "ArgKind(?)" {
		t.Error("unknown ArgKind name")
	}
	var e *Error
	if e.Error() != "<nil>" {
		t.Error("nil *Error")
	}
}
