package jsonpath

import (
	"errors"
	"strconv"
	"strings"
	"testing"
)

// summary describes a parsed path compactly for table tests:
// "$ Field:a Index:0", "$$ Field:Execution", "$count Field:x".
func summary(p *Path) string {
	var b strings.Builder
	switch p.Root {
	case Input:
		b.WriteString("$")
	case Context:
		b.WriteString("$$")
	case Variable:
		b.WriteString("$" + p.Variable)
	}
	for _, s := range p.Segments {
		b.WriteString(" " + s.Kind.String())
		switch s.Kind {
		case Field, Function:
			b.WriteString(":" + s.Name)
		case Index:
			b.WriteString(":" + strconv.Itoa(s.Index))
		}
	}
	return b.String()
}

var acceptCases = []struct {
	in   string
	want string
}{
	{`$`, `$`},
	{`$.a`, `$ Field:a`},
	{`$.a.b.c`, `$ Field:a Field:b Field:c`},
	{`$.test-input`, `$ Field:test-input`},
	{`$.a_b`, `$ Field:a_b`},
	{`$.Payload.body`, `$ Field:Payload Field:body`},
	{`$['a']`, `$ Field:a`},
	{`$["a b"]`, `$ Field:a b`},
	{`$['a.b']['c']`, `$ Field:a.b Field:c`},
	{`$.a[0]`, `$ Field:a Index:0`},
	{`$.a[-2]`, `$ Field:a Index:-2`},
	{`$.a[*]`, `$ Field:a Wildcard`},
	{`$.*`, `$ Wildcard`},
	{`$..a`, `$ RecursiveDescent Field:a`},
	{`$.a..b`, `$ Field:a RecursiveDescent Field:b`},
	{`$.a[0,1]`, `$ Field:a Union`},
	{`$.a['x','y']`, `$ Field:a Union`},
	{`$.a[1:3]`, `$ Field:a Slice`},
	{`$.a[:2]`, `$ Field:a Slice`},
	{`$.a[-1:]`, `$ Field:a Slice`},
	{`$.a[?(@.price < 10)]`, `$ Field:a Filter`},
	{`$[(@.length-1)].bar`, `$ Filter Field:bar`},
	{`$.a[?(@.name == 'x)y')]`, `$ Field:a Filter`},
	{`$.a[?(@.b)]`, `$ Field:a Filter`},
	{`$.a.length()`, `$ Field:a Function:length`},
	{`$$`, `$$`},
	{`$$.Execution.Id`, `$$ Field:Execution Field:Id`},
	{`$$.Map.Item.Value`, `$$ Field:Map Field:Item Field:Value`},
	{`$$.Task.Token`, `$$ Field:Task Field:Token`},
	{`$count`, `$count`},
	{`$count.x[0]`, `$count Field:x Index:0`},
	{`$my_var`, `$my_var`},
	{`$.이름`, `$ Field:이름`},
	{`$.a.@timestamp`, `$ Field:a Field:@timestamp`},
	{`$.a:b`, `$ Field:a:b`},
	// Beyond the required list.
	{`$.abc.['def ghi']`, `$ Field:abc Field:def ghi`},
	{`$[*][*]`, `$ Wildcard Wildcard`},
	{`$..*`, `$ RecursiveDescent Wildcard`},
	{`$..[0]`, `$ RecursiveDescent Index:0`},
	{`$[ 0 , 1 ]`, `$ Union`},
	{`$['it\'s']`, `$ Field:it's`},
	{`$['']`, `$ Field:`},
	{`$.a[?(@.b[0] == "]")]`, `$ Field:a Filter`},
	{`$.a[?(@.b in ['x', 'y'])]`, `$ Field:a Filter`},
	{`$.detail-type`, `$ Field:detail-type`},
	{`$_`, `$_`},
	{`$x1['a']`, `$x1 Field:a`},
	{`$$['Execution']`, `$$ Field:Execution`},
	{`$.a[1:]`, `$ Field:a Slice`},
	{`$.length()`, `$ Function:length`},
	{`$..a.sum()`, `$ RecursiveDescent Field:a Function:sum`},
}

func TestParseAccepts(t *testing.T) {
	for _, tc := range acceptCases {
		p, err := Parse(tc.in)
		if err != nil {
			t.Errorf("Parse(%q): unexpected error %v", tc.in, err)
			continue
		}
		if got := summary(p); got != tc.want {
			t.Errorf("Parse(%q) = %s, want %s", tc.in, got, tc.want)
		}
		if p.Raw != tc.in || p.String() != tc.in {
			t.Errorf("Parse(%q): Raw %q, String %q", tc.in, p.Raw, p.String())
		}
		checkTexts(t, tc.in, p)
	}
}

// checkTexts verifies that segment texts and positions spell the input.
func checkTexts(t *testing.T, in string, p *Path) {
	t.Helper()
	rootLen := 1
	switch p.Root {
	case Context:
		rootLen = 2
	case Variable:
		rootLen = 1 + len(p.Variable)
	}
	pos := rootLen
	for _, s := range p.Segments {
		if s.Pos != pos || pos+len(s.Text) > len(in) || in[pos:pos+len(s.Text)] != s.Text {
			t.Errorf("Parse(%q): segment %+v does not start at %d", in, s, pos)
			return
		}
		pos += len(s.Text)
	}
	if pos != len(in) {
		t.Errorf("Parse(%q): segments end at %d, want %d", in, pos, len(in))
	}
}

var rejectCases = []struct {
	in  string
	pos int
	msg string // a substring of the message
}{
	{``, 0, "empty path"},
	{`a`, 0, `must start with "$"`},
	{`.a`, 0, `must start with "$"`},
	{`$.`, 2, `after "."`},
	{`$..`, 3, `after ".."`},
	{`$.a.`, 4, `after "."`},
	{`$[`, 2, `unterminated "["`},
	{`$[0`, 3, `missing "]"`},
	{`$['a]`, 2, "unterminated string"},
	{`$.a[]`, 4, "empty brackets"},
	{`$.a[x]`, 4, `unexpected "x" in brackets`},
	{`$.a[?(@.b]`, 9, `expected ")" before "]"`},
	{`$ .a`, 1, `unexpected " "`},
	{`$.a b`, 3, `unexpected " "`},
	{`$$$`, 2, `unexpected "$"`},
	{`$1abc`, 1, "variable name must start"},
	{`$.a]`, 3, `unexpected "]"`},
	{"$.a\x00", 3, "control character"},
	{"$.a\nb", 3, "control character"},
	// Beyond the required list.
	{`$...a`, 3, `unexpected "."`},
	{`$.a[1:2:3]`, 7, "slice steps"},
	{`$.a[:]`, 4, "start or an end"},
	{`$.a[-]`, 5, `digits after "-"`},
	{`$.a[0,]`, 6, `index after ","`},
	{`$.a['x',1]`, 8, `quoted name after ","`},
	{`$.a[0 1]`, 6, `unexpected "1"`},
	{`$.a[?@.b]`, 5, `expected "(" after "?"`},
	{`$.a[?()]`, 5, "empty filter"},
	{`$.a[?(@.b == 'x)]`, 13, "unterminated string"},
	{`$.a[?(@.b)`, 10, `missing "]"`},
	{`$.a.length().b`, 12, "last part"},
	{`$.a.len-gth()`, 4, "invalid function name"},
	{`$.a.length(`, 10, `unterminated "("`},
	{`$['a']()`, 6, `unexpected "("`},
	{`$.a[99999999999999999999]`, 4, "out of range"},
	{`$이름`, 1, "variable name must start"},
	{`$count-x`, 6, `unexpected "-"`},
	{`$.a'`, 3, `unexpected "'"`},
	{"$.a\xff", 3, "invalid UTF-8"},
	{`$.a `, 3, `unexpected " "`},
	{` $.a`, 0, `must start with "$"`},
	{`$.a[0]]`, 6, `unexpected "]"`},
}

func TestParseRejects(t *testing.T) {
	for _, tc := range rejectCases {
		p, err := Parse(tc.in)
		if err == nil {
			t.Errorf("Parse(%q) = %s, want an error", tc.in, summary(p))
			continue
		}
		var pe *Error
		if !errors.As(err, &pe) {
			t.Errorf("Parse(%q): error %T, want *Error", tc.in, err)
			continue
		}
		if pe.Pos != tc.pos || !strings.Contains(pe.Msg, tc.msg) {
			t.Errorf("Parse(%q) = %v, want at %d: …%s…", tc.in, err, tc.pos, tc.msg)
		}
		if want := "at " + strconv.Itoa(pe.Pos) + ": " + pe.Msg; err.Error() != want {
			t.Errorf("Error() = %q, want %q", err.Error(), want)
		}
	}
}

func TestErrorFormat(t *testing.T) {
	_, err := Parse(`$.a]`)
	if err == nil || err.Error() != `at 3: unexpected "]"` {
		t.Errorf("Parse(`$.a]`) error = %v", err)
	}
	var nilErr *Error
	if nilErr.Error() != "<nil>" {
		t.Errorf("nil *Error formats as %q", nilErr.Error())
	}
}
