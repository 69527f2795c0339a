package intrinsic

import (
	"errors"
	"strconv"
	"strings"
	"testing"
)

// summary describes a call compactly for table tests:
// "States.Format(String:{} Path:$.a)".
func summary(c *Call) string {
	var b strings.Builder
	b.WriteString(c.Name + "(")
	for i, a := range c.Args {
		if i > 0 {
			b.WriteString(" ")
		}
		if a.Kind == Nested {
			b.WriteString(summary(a.Call))
			continue
		}
		b.WriteString(a.Kind.String() + ":" + a.Text)
	}
	b.WriteString(")")
	return b.String()
}

// nested returns n States.Array calls, each inside the previous one.
func nested(n int) string {
	return strings.Repeat("States.Array(", n) + strings.Repeat(")", n)
}

var acceptCases = []struct {
	in   string
	want string
}{
	{`States.Format('{}', $.a)`, `States.Format(String:{} Path:$.a)`},
	{`States.Format('Hello, my name is {}.', $.name)`, `States.Format(String:Hello, my name is {}. Path:$.name)`},
	{`States.StringToJson($.someString)`, `States.StringToJson(Path:$.someString)`},
	{`States.Array(1, 'a', true, null, $.x, States.UUID())`, `States.Array(Number:1 String:a Boolean:true Null:null Path:$.x States.UUID())`},
	{`States.ArrayRange(1, 9, 2)`, `States.ArrayRange(Number:1 Number:9 Number:2)`},
	{`States.MathAdd($.a, -1)`, `States.MathAdd(Path:$.a Number:-1)`},
	{`States.Hash($.a, 'SHA-256')`, `States.Hash(Path:$.a String:SHA-256)`},
	{"States.Format('\\{\\} literal braces {}', $.x)", `States.Format(String:{} literal braces {} Path:$.x)`},
	{`States.MathRandom(1, 999)`, `States.MathRandom(Number:1 Number:999)`},
	// Beyond the required list.
	{`States.UUID()`, `States.UUID()`},
	{`States.Array()`, `States.Array()`},
	{`States.Array( 1 , 2 )`, `States.Array(Number:1 Number:2)`},
	{`States.Array(2.5,-3.25,0)`, `States.Array(Number:2.5 Number:-3.25 Number:0)`},
	{`States.Format('it\'s {} \\ {}', $$.Execution.Id, $var)`, `States.Format(String:it's {} \ {} Path:$$.Execution.Id Path:$var)`},
	{`States.ArrayGetItem($.a[0], 1)`, `States.ArrayGetItem(Path:$.a[0] Number:1)`},
	{`States.Array($.a[?(@.x == 'a,b')], 2)`, `States.Array(Path:$.a[?(@.x == 'a,b')] Number:2)`},
	{`States.Array($.a[?(@.x == "a)b")])`, `States.Array(Path:$.a[?(@.x == "a)b")])`},
	{`States.Array($.a.length(), $['x,y'])`, `States.Array(Path:$.a.length() Path:$['x,y'])`},
	{`States.Format('{} {}', States.Format('{}', $.a), States.UUID())`, `States.Format(String:{} {} States.Format(String:{} Path:$.a) States.UUID())`},
	{`States.JsonMerge($.a, $.b, false)`, `States.JsonMerge(Path:$.a Path:$.b Boolean:false)`},
	{`States.Unknown(1)`, `States.Unknown(Number:1)`},
	{`States.Array('')`, `States.Array(String:)`},
	{`States.Array('이름 {x}')`, `States.Array(String:이름 {x})`},
	{`States.Array($.a )`, `States.Array(Path:$.a)`},
	{nested(100), strings.Repeat("States.Array(", 100) + strings.Repeat(")", 100)},
}

func TestParseAccepts(t *testing.T) {
	for _, tc := range acceptCases {
		c, err := Parse(tc.in)
		if err != nil {
			t.Errorf("Parse(%q): unexpected error %v", tc.in, err)
			continue
		}
		if got := summary(c); got != tc.want {
			t.Errorf("Parse(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

func TestParsePositions(t *testing.T) {
	c, err := Parse(`States.Format('{} {}', $.a, States.MathAdd(1, -2))`)
	if err != nil {
		t.Fatal(err)
	}
	inner := c.Args[2].Call
	got := []int{c.Pos, c.Args[0].Pos, c.Args[1].Pos, c.Args[2].Pos, inner.Pos, inner.Args[0].Pos, inner.Args[1].Pos}
	want := []int{0, 14, 23, 28, 28, 43, 46}
	if !equalInts(got, want) {
		t.Errorf("positions = %v, want %v", got, want)
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

var rejectCases = []struct {
	in  string
	pos int
	msg string
}{
	{``, 0, "empty"},
	{`States.Format('abc`, 14, "unterminated string"},
	{`States.Format('a\nb')`, 16, "invalid escape"},
	{`States.Format('a\`, 14, "unterminated string"},
	{`States.Format('{}', $.a`, 23, `missing ")"`},
	{`States.UUID`, 11, `expected "("`},
	{`States.UUID ()`, 11, `expected "("`},
	{`States.UUID() `, 13, "after the call"},
	{`States.UUID()x`, 13, "after the call"},
	{`States.UUID()States.UUID()`, 13, "after the call"},
	{`States.Array(1,,2)`, 15, "empty argument"},
	{`States.Array(1,)`, 15, "empty argument"},
	{`States.Array(,1)`, 13, "empty argument"},
	{`States.Array(1 2)`, 15, `unexpected "2"`},
	{`States.Array(`, 13, "missing argument"},
	{`States.Array(yes)`, 13, `unexpected word "yes"`},
	{`States.Array(True)`, 13, `unexpected word "True"`},
	{`States.Array(-)`, 14, "expected a digit"},
	{`States.Array(1.)`, 15, "after the decimal point"},
	{`States.Array(.5)`, 13, `unexpected "."`},
	{`States.Array(1e5)`, 14, `unexpected "e"`},
	{`States.Array("a")`, 13, `unexpected "\""`},
	{`States.Array($.a['x)`, 17, "unterminated string in path"},
	{`States.Array($.a[0)`, 18, `unexpected ")" in path`},
	{`States.()`, 7, "expected a function name"},
	{`Format('{}')`, 0, `must start with "States."`},
	{` States.UUID()`, 0, `must start with "States."`},
	{`$.a`, 0, `must start with "States."`},
	{"States.Array('\xff')", 14, "invalid UTF-8"},
	{nested(101), 100 * len("States.Array("), "nested more than 100"},
}

func TestParseRejects(t *testing.T) {
	for _, tc := range rejectCases {
		c, err := Parse(tc.in)
		if err == nil {
			t.Errorf("Parse(%q) = %s, want an error", tc.in, summary(c))
			continue
		}
		var e *Error
		if !errors.As(err, &e) {
			t.Errorf("Parse(%q): error %T, want *Error", tc.in, err)
			continue
		}
		if e.Pos != tc.pos || !strings.Contains(e.Msg, tc.msg) {
			t.Errorf("Parse(%q) = %v, want at %d: …%s…", tc.in, err, tc.pos, tc.msg)
		}
		if want := "at " + strconv.Itoa(e.Pos) + ": " + e.Msg; err.Error() != want {
			t.Errorf("Error() = %q, want %q", err.Error(), want)
		}
	}
}

func TestLooksLikeCall(t *testing.T) {
	cases := map[string]bool{
		`States.Format('x')`: true,
		`States.`:            true,
		`States.Nope`:        true,
		`$.a`:                false,
		` States.UUID()`:     false,
		`states.UUID()`:      false,
		``:                   false,
	}
	for in, want := range cases {
		if got := LooksLikeCall(in); got != want {
			t.Errorf("LooksLikeCall(%q) = %v, want %v", in, got, want)
		}
	}
}
