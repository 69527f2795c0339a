package value

import (
	"encoding/json"
	"math"
	"testing"
)

var tenth = 0.1

func TestFormatNumberAsJavaScript(t *testing.T) {
	cases := []struct {
		f    float64
		want string
	}{
		{0, "0"}, {math.Copysign(0, -1), "0"}, {1, "1"}, {-1, "-1"}, {1.5, "1.5"},
		{tenth + 2*tenth, "0.30000000000000004"}, {1e21, "1e+21"}, {1e20, "100000000000000000000"},
		{123456789012345680000, "123456789012345680000"}, {1.5e-7, "1.5e-7"}, {1e-7, "1e-7"},
		{0.000001, "0.000001"}, {0.0000015, "0.0000015"}, {-2.5e25, "-2.5e+25"},
		{math.MaxFloat64, "1.7976931348623157e+308"}, {5e-324, "5e-324"}, {9007199254740993, "9007199254740992"},
		{math.NaN(), "NaN"}, {math.Inf(1), "Infinity"}, {math.Inf(-1), "-Infinity"}, {100, "100"}, {3.14159, "3.14159"},
	}
	for _, c := range cases {
		if got := FormatNumber(c.f); got != c.want {
			t.Errorf("FormatNumber(%v) = %q, want %q", c.f, got, c.want)
		}
	}
}

func TestParseAndMarshalRoundTrip(t *testing.T) {
	cases := []struct{ in, want string }{
		{`{"b":1,"a":[true,false,null,"x"],"c":{}}`, `{"b":1,"a":[true,false,null,"x"],"c":{}}`},
		{` [ 1.50 , -0 , 1E3 , 2e-7 ] `, `[1.5,0,1000,2e-7]`},
		{`{"a":1,"b":2,"a":3}`, `{"a":3,"b":2}`},
		{`"\u00e9\ud83d\ude00\ud800x\"\\\/\b\f\n\r\t\u0001"`, `"é😀\ud800x\"\\/\b\f\n\r\t\u0001"`},
		{`"<&>\u2028"`, "\"<&>\u2028\""},
	}
	for _, c := range cases {
		v, err := ParseString(c.in)
		if err != nil {
			t.Fatalf("Parse(%s): %v", c.in, err)
		}
		if got := string(Marshal(v)); got != c.want {
			t.Errorf("Marshal(Parse(%s)) = %s, want %s", c.in, got, c.want)
		}
	}
}

func TestParseRejects(t *testing.T) {
	for _, in := range []string{``, `{`, `[1,]`, `{"a" 1}`, `01`, `1.`, `tru`, `"a`, "\"\x01\"", `"\x"`, `"\u12"`, `1 2`, `{"a":1,}`, "\"\xff\""} {
		if _, err := ParseString(in); err == nil {
			t.Errorf("Parse(%q) succeeded; want an error", in)
		} else if _, ok := err.(*SyntaxError); !ok {
			t.Errorf("Parse(%q) error %T, want *SyntaxError", in, err)
		}
	}
}

func TestMarshalSkipsUndefinedMembers(t *testing.T) {
	o := NewObject(2)
	o.Set("a", nil)
	o.Set("b", []Value{nil, 1.0})
	if got := string(Marshal(o)); got != `{"b":[null,1]}` {
		t.Errorf("got %s", got)
	}
	if got := string(MarshalIndent(o, "  ")); got != "{\n  \"b\": [\n    null,\n    1\n  ]\n}" {
		t.Errorf("indented: %q", got)
	}
	if Marshal(nil) != nil {
		t.Error("Marshal(nil) should be nil")
	}
}

func TestObjectKeepsOrderAndIndexes(t *testing.T) {
	o := &Object{}
	for i := 0; i < 40; i++ {
		o.Set(string(rune('a'+i%26))+FormatNumber(float64(i)), float64(i))
	}
	o.Set("a0", "again")
	if k, v := o.At(0); k != "a0" || v != "again" {
		t.Errorf("At(0) = %s %v", k, v)
	}
	o.Delete("b1")
	if o.Has("b1") || o.Len() != 39 {
		t.Errorf("Delete: len %d", o.Len())
	}
	if v, ok := o.Get("c2"); !ok || v != 2.0 {
		t.Errorf("Get after Delete = %v %v", v, ok)
	}
	c := o.Copy()
	c.Set("new", true)
	if o.Has("new") {
		t.Error("Copy shares its keys with the original")
	}
}

func TestEqualIgnoresKeyOrder(t *testing.T) {
	a, _ := ParseString(`{"x":[1,{"y":null}],"z":"s"}`)
	b, _ := ParseString(`{"z":"s","x":[1,{"y":null}]}`)
	c, _ := ParseString(`{"z":"s","x":[1,{"y":false}]}`)
	if !Equal(a, b) || Equal(a, c) || Equal(nil, Null) {
		t.Error("Equal is wrong")
	}
}

func TestGoConversionsAgreeWithEncodingJSON(t *testing.T) {
	text := `{"a":[1,2.5,"s",null,true],"b":{"c":{}}}`
	var g any
	if err := json.Unmarshal([]byte(text), &g); err != nil {
		t.Fatal(err)
	}
	v, err := FromGo(g)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := ParseString(text)
	if !Equal(v, want) {
		t.Errorf("FromGo = %s", Marshal(v))
	}
	back, _ := json.Marshal(ToGo(v))
	var g2 any
	_ = json.Unmarshal(back, &g2)
	if v2, _ := FromGo(g2); !Equal(v2, want) {
		t.Errorf("ToGo round trip = %s", back)
	}
	type s struct{ N int }
	if v, _ := FromGo(s{3}); string(Marshal(v)) != `{"N":3}` {
		t.Errorf("struct: %s", Marshal(v))
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{`{"a":[1,2,{"b":null}]}`, `"\ud800"`, `1e400`, `[]`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseString(s)
		if err != nil {
			return
		}
		text := Marshal(v)
		v2, err := Parse(text)
		if err != nil {
			t.Fatalf("re-parse of %s: %v", text, err)
		}
		if !Equal(v, v2) && finite(v) {
			t.Fatalf("round trip changed %s into %s", text, Marshal(v2))
		}
	})
}

// finite reports whether v holds no infinite number (text such as 1e400
// reads as Infinity, which JSON writes as null).
func finite(v Value) bool {
	switch x := v.(type) {
	case float64:
		return !math.IsInf(x, 0)
	case []Value:
		for _, item := range x {
			if !finite(item) {
				return false
			}
		}
	case *Object:
		for i := 0; i < x.Len(); i++ {
			if _, item := x.At(i); !finite(item) {
				return false
			}
		}
	}
	return true
}
