package jsontree_test

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stepwise-go/stepwise/jsontree"
)

func TestParseKeepsOrderDuplicatesAndOffsets(t *testing.T) {
	v, err := jsontree.Parse([]byte(`{"b": 1, "a": [true, null], "b": "x"}`))
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, m := range v.Members {
		keys = append(keys, m.Key)
	}
	if got := strings.Join(keys, ","); got != "b,a,b" {
		t.Errorf("keys = %s, want b,a,b", got)
	}
	if v.Get("b").Text != "1" {
		t.Errorf("Get returns the first member")
	}
	if off := v.Members[1].KeyOffset; off != 9 {
		t.Errorf("offset of key a = %d, want 9", off)
	}
}

func TestParseErrors(t *testing.T) {
	cases := []struct{ in, msg string }{
		{``, "line 1, column 1: unexpected end of input, expected a value"},
		{`{"a": 1,}`, "line 1, column 9: unexpected '}', expected a string key"},
		{"{\n  \"a\" 1}", "line 2, column 7: unexpected '1', expected ':' after object key"},
		{`[1 2]`, "line 1, column 4: unexpected '2', expected ',' or ']' in array"},
		{`01`, "line 1, column 2: unexpected '1' after the top-level value"},
		{`-`, "line 1, column 2: invalid number: expected a digit"},
		{`1.`, "line 1, column 3: invalid number: expected a digit after '.'"},
		{`"a\x"`, `line 1, column 3: invalid escape \x in string literal`},
		{"\"a\tb\"", `line 1, column 3: control character '\t' in string literal`},
		{`"abc`, "line 1, column 5: unterminated string literal"},
		{"\"\xff\"", "line 1, column 2: invalid UTF-8 in string literal"},
		{`tru`, "line 1, column 1: unexpected 't', expected a value"},
		{strings.Repeat("[", jsontree.MaxDepth+1), "nesting deeper than 1000 levels"},
	}
	for _, tc := range cases {
		_, err := jsontree.Parse([]byte(tc.in))
		if err == nil || !strings.Contains(err.Error(), tc.msg) {
			t.Errorf("Parse(%q) error = %v, want %q", tc.in, err, tc.msg)
		}
	}
}

func TestEncode(t *testing.T) {
	v, err := jsontree.Parse([]byte(`{"s": "<a & b>\n\u2028\"\\\u0001é", "n": 2.50, "e": [], "o": {}, "l": [1, {"k": false}]}`))
	if err != nil {
		t.Fatal(err)
	}
	got := string(jsontree.Compact.Append(nil, v, 0))
	want := `{"s":"<a & b>\n\u2028\"\\\u0001é","n":2.50,"e":[],"o":{},"l":[1,{"k":false}]}`
	if got != want {
		t.Errorf("compact:\n got %s\nwant %s", got, want)
	}
	pretty := string(jsontree.Pretty.Append(nil, v, 0))
	wantPretty := "{\n  \"s\": \"<a & b>\\n\\u2028\\\"\\\\\\u0001é\",\n  \"n\": 2.50,\n  \"e\": [],\n  \"o\": {},\n  \"l\": [\n    1,\n    {\n      \"k\": false\n    }\n  ]\n}"
	if pretty != wantPretty {
		t.Errorf("pretty:\n got %s\nwant %s", pretty, wantPretty)
	}
	layout := 0
	counting := jsontree.Encoder{Indent: "\t", Layout: &layout}
	if out := counting.Append(nil, v, 0); len(out)-layout != len(want) {
		t.Errorf("tab-indented text has %d bytes and %d of layout; the compact form has %d", len(out), layout, len(want))
	}
	if got := string(jsontree.AppendString(nil, "a\xffb")); got != `"a`+"\ufffd"+`b"` {
		t.Errorf("invalid UTF-8 = %s, want U+FFFD", got)
	}
}

func TestEqual(t *testing.T) {
	cases := []struct {
		a, b string
		eq   bool
	}{
		{`{"a": 1, "b": [1, 2]}`, `{"b": [1, 2], "a": 1.0}`, true},
		{`{"a": 1}`, `{"a": 1, "b": null}`, false},
		{`[1, 2]`, `[2, 1]`, false},
		{`"1"`, `1`, false},
		{`2e0`, `2`, true},
		{`null`, `null`, true},
	}
	for _, tc := range cases {
		a, _ := jsontree.Parse([]byte(tc.a))
		b, _ := jsontree.Parse([]byte(tc.b))
		if got := jsontree.Equal(a, b); got != tc.eq {
			t.Errorf("Equal(%s, %s) = %v, want %v", tc.a, tc.b, got, tc.eq)
		}
	}
}

func TestNumbers(t *testing.T) {
	if n, ok := jsontree.NewFloat(1e21).Int(); ok {
		t.Errorf("1e21 fits in int64? got %d", n)
	}
	if got := jsontree.NewFloat(1.5).Text; got != "1.5" {
		t.Errorf("NewFloat(1.5) = %s", got)
	}
	if n, ok := jsontree.NewNumber("1.0").Int(); !ok || n != 1 {
		t.Errorf("1.0 as int = %d, %v", n, ok)
	}
	if _, ok := jsontree.NewNumber("1.5").Int(); ok {
		t.Errorf("1.5 is not an integer")
	}
}

// FuzzParse compares acceptance with encoding/json and checks that every
// parsed value survives encoding and parsing again.
func FuzzParse(f *testing.F) {
	for _, s := range []string{`{"a": [1, 2.5e3, "x\u00e9", true, null]}`, `[]`, `"\ud83d\ude00"`, `{"a":1,"a":2}`, `-0.0e-0`, `{"":{}}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		v, err := jsontree.Parse(data)
		if utf8.Valid(data) && !strings.Contains(string(data), `\u`) && strings.Count(string(data), "[")+strings.Count(string(data), "{") < jsontree.MaxDepth {
			if (err == nil) != json.Valid(data) {
				t.Fatalf("Parse error = %v but json.Valid = %v for %q", err, json.Valid(data), data)
			}
		}
		if err != nil {
			return
		}
		for _, enc := range []jsontree.Encoder{jsontree.Compact, jsontree.Pretty} {
			out := enc.Append(nil, v, 0)
			w, err := jsontree.Parse(out)
			if err != nil {
				t.Fatalf("encoded value does not parse: %v\n%s", err, out)
			}
			if !jsontree.Equal(v, w) {
				t.Fatalf("value changed through encoding:\n%q\n%s", data, out)
			}
		}
		layout := 0
		measured := jsontree.Encoder{Indent: "  ", Layout: &layout}
		if pretty, compact := measured.Append(nil, v, 0), jsontree.Compact.Append(nil, v, 0); len(pretty)-layout != len(compact) {
			t.Fatalf("pretty form has %d bytes and %d of layout; the compact form has %d", len(pretty), layout, len(compact))
		}
	})
}

func TestNumbersEqualExactly(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"9007199254740993", "9007199254740992", false},
		{"9007199254740993", "9007199254740993.0", true},
		{"2", "2.0", true},
		{"2", "20e-1", true},
		{"0", "-0.0", true},
		{"1e400", "10e399", true},
		{"1e400", "1e401", false},
		{"-1", "1", false},
		{"0.1", "0.10000000000000001", false},
		{"100", "1E+2", true},
	}
	for _, c := range cases {
		if got := jsontree.Equal(jsontree.NewNumber(c.a), jsontree.NewNumber(c.b)); got != c.want {
			t.Errorf("Equal(%s, %s) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
