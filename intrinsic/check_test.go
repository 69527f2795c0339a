package intrinsic

import (
	"errors"
	"strings"
	"testing"
)

// problem is an expected Check error: its position and part of its text.
type problem struct {
	pos int
	msg string
}

var checkCases = []struct {
	in   string
	want []problem
}{
	{`States.Format('{}', $.a)`, nil},
	{`States.Format('Hello, my name is {}.', $.name)`, nil},
	{`States.StringToJson($.someString)`, nil},
	{`States.Array(1, 'a', true, null, $.x, States.UUID())`, nil},
	{`States.ArrayRange(1, 9, 2)`, nil},
	{`States.MathAdd($.a, -1)`, nil},
	{`States.Hash($.a, 'SHA-256')`, nil},
	{"States.Format('\\{\\} literal braces {}', $.x)", nil},
	{`States.MathRandom(1, 999)`, nil},
	{`States.MathRandom(1, 999, 7)`, nil},
	{`States.JsonMerge($.a, $.b, false)`, nil},
	{`States.JsonMerge($.a, $.b, $.deep)`, nil},
	{`States.Hash($.a, $.algorithm)`, nil},
	{`States.Format($.template, $.a)`, nil},
	{`States.Format('no placeholders')`, nil},
	{`States.ArrayRange(0, 999, 1)`, nil},
	{`States.ArrayRange($.a, 1000000, 1)`, nil},
	{nested(10), nil},
	{`States.Array($$.Execution.Id, $count.x[0], $.a[?(@.x == 'a,b')])`, nil},

	{`States.Nope(1)`, []problem{{0, `unknown intrinsic function "States.Nope"`}}},
	{`States.format('{}', $.a)`, []problem{{0, "did you mean States.Format?"}}},
	{`States.MathAdd(1, 2, 3)`, []problem{{14, "States.MathAdd takes 2 arguments, got 3"}}},
	{`States.MathAdd(1,'-1')`, []problem{{17, "States.MathAdd argument 2 must be a number or a path, got '-1'"}}},
	{`States.ArrayGetItem($.a, 'x')`, []problem{{25, "States.ArrayGetItem argument 2 must be a number or a path, got 'x'"}}},
	{`States.UUID(1)`, []problem{{11, "States.UUID takes no arguments, got 1"}}},
	{`States.Format()`, []problem{{13, "States.Format takes at least 1 argument, got 0"}}},
	{`States.MathRandom(1)`, []problem{{17, "takes 2 or 3 arguments, got 1"}}},
	{`States.JsonMerge($.a, $.b)`, []problem{{16, "takes 3 arguments, got 2"}}},
	{`States.StringToJson()`, []problem{{19, "takes 1 argument, got 0"}}},
	{`States.ArrayRange(1, 2)`, []problem{{17, "takes 3 arguments, got 2"}}},
	{nested(11), []problem{{10 * len("States.Array("), "at most 10 deep"}}},
	{nested(13), []problem{{10 * len("States.Array("), "at depth 11"}}},
	{`States.Hash($.a, 'sha256')`, []problem{{17, `must be one of MD5, SHA-1, SHA-256, SHA-384, SHA-512, got 'sha256'`}}},
	{`States.Hash($.a, 256)`, []problem{{17, "must be one of"}}},
	{`States.JsonMerge($.a, $.b, true)`, []problem{{27, "must be false, got true"}}},
	{`States.JsonMerge($.a, $.b, 'false')`, []problem{{27, "must be false"}}},
	{`States.Format('{} {}', $.a)`, []problem{{14, "2 placeholders but 1 value follows"}}},
	{`States.Format('{}')`, []problem{{14, "1 placeholder but 0 values follow"}}},
	{`States.Format('a { b', $.a)`, []problem{{17, `unescaped "{"`}}},
	{`States.Format('a } {}', $.a)`, []problem{{17, `unescaped "}"`}}},
	{`States.Format(1)`, []problem{{14, "must be a string"}}},
	{`States.ArrayRange(0, 1000, 1)`, []problem{{0, "1001 items"}}},
	{`States.ArrayRange(1, 5, 0)`, []problem{{24, "step must not be 0"}}},
	{`States.Array($.a b)`, []problem{{16, `invalid path "$.a b"`}}},
	{`States.Array($.a.)`, []problem{{17, `after "."`}}},
	{`States.Array($.a])`, []problem{{16, `unexpected "]"`}}},
	{`States.Array($1)`, []problem{{14, "variable name"}}},
	{`States.Format('{} {}', States.MathAdd(1), States.Hash($.a, 'MD4'), $x.)`, []problem{
		{14, "2 placeholders but 3 values follow"},
		{37, "States.MathAdd takes 2 arguments"},
		{59, "States.Hash algorithm"},
		{70, `invalid path "$x."`},
	}},
}

func TestCheck(t *testing.T) {
	for _, tc := range checkCases {
		c, err := Parse(tc.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", tc.in, err)
			continue
		}
		errs := Check(c)
		if len(errs) != len(tc.want) {
			t.Errorf("Check(%q) = %v, want %d problems %v", tc.in, errs, len(tc.want), tc.want)
			continue
		}
		for i, err := range errs {
			var e *Error
			if !errors.As(err, &e) {
				t.Errorf("Check(%q): error %T, want *Error", tc.in, err)
				continue
			}
			if e.Pos != tc.want[i].pos || !strings.Contains(e.Msg, tc.want[i].msg) {
				t.Errorf("Check(%q)[%d] = %v, want at %d: …%s…", tc.in, i, err, tc.want[i].pos, tc.want[i].msg)
			}
		}
	}
}

func TestCheckErrorFormat(t *testing.T) {
	c, err := Parse(`States.MathAdd(1, 2, 3)`)
	if err != nil {
		t.Fatal(err)
	}
	errs := Check(c)
	if len(errs) != 1 || errs[0].Error() != "at 14: States.MathAdd takes 2 arguments, got 3" {
		t.Errorf("Check = %v", errs)
	}
}

func TestCheckBuiltByHand(t *testing.T) {
	if errs := Check(nil); len(errs) != 1 {
		t.Errorf("Check(nil) = %v, want one problem", errs)
	}
	c := &Call{Name: "States.Array", Args: []Arg{{Kind: Nested}}}
	if errs := Check(c); len(errs) != 1 {
		t.Errorf("Check(call with nil nested call) = %v, want one problem", errs)
	}
	// A cycle must neither hang nor overflow the stack.
	cycle := &Call{Name: "States.Array"}
	cycle.Args = []Arg{{Kind: Nested, Call: cycle}}
	if errs := Check(cycle); len(errs) != 1 {
		t.Errorf("Check(cycle) = %v, want one depth problem", errs)
	}
	_ = cycle.String()
	// A template built by hand with QuoteTemplate keeps its placeholders.
	f := &Call{Name: "States.Format", Args: []Arg{
		{Kind: String, Text: "{} of {x}", Raw: QuoteTemplate("{} of {x}")},
		{Kind: Path, Text: "$.n"},
	}}
	if errs := Check(f); len(errs) != 0 {
		t.Errorf("Check(%s) = %v", f, errs)
	}
}

func TestFunctionsTable(t *testing.T) {
	if len(Functions) != 18 {
		t.Errorf("Functions has %d entries, want 18", len(Functions))
	}
	for name, sig := range Functions {
		if sig.Name != name || !strings.HasPrefix(name, "States.") {
			t.Errorf("Functions[%q].Name = %q", name, sig.Name)
		}
		if sig.MaxArgs >= 0 && sig.MaxArgs < sig.MinArgs {
			t.Errorf("%s: MaxArgs %d < MinArgs %d", name, sig.MaxArgs, sig.MinArgs)
		}
	}
}
