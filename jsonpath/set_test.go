package jsonpath

import (
	"errors"
	"strings"
	"testing"

	"github.com/stepwise-go/stepwise/value"
)

func TestSet(t *testing.T) {
	const input = `{"a":{"b":1},"arr":[{"x":1},2],"s":"text","nul":null}`
	cases := []struct {
		path, want string
	}{
		{`$`, `"R"`},
		{`$.r`, `{"a":{"b":1},"arr":[{"x":1},2],"s":"text","nul":null,"r":"R"}`},
		{`$.a.b`, `{"a":{"b":"R"},"arr":[{"x":1},2],"s":"text","nul":null}`},
		{`$.a.c.d`, `{"a":{"b":1,"c":{"d":"R"}},"arr":[{"x":1},2],"s":"text","nul":null}`},
		{`$['a']['new key']`, `{"a":{"b":1,"new key":"R"},"arr":[{"x":1},2],"s":"text","nul":null}`},
		{`$.arr[0].y`, `{"a":{"b":1},"arr":[{"x":1,"y":"R"},2],"s":"text","nul":null}`},
		{`$.arr[1]`, `{"a":{"b":1},"arr":[{"x":1},"R"],"s":"text","nul":null}`},
		{`$.s.x`, ``},
		{`$.nul.x`, ``},
		{`$.arr[2]`, ``},
		{`$.a[0]`, ``},
		{`$.arr[1].x`, ``},
	}
	for _, tc := range cases {
		root, _ := value.ParseString(input)
		before := string(value.Marshal(root))
		p, err := Parse(tc.path)
		if err != nil {
			t.Fatalf("Parse(%q): %v", tc.path, err)
		}
		got, err := Set(root, p, "R")
		if after := string(value.Marshal(root)); after != before {
			t.Errorf("Set(%q) modified its input: %s", tc.path, after)
		}
		if tc.want == "" {
			var se *SetError
			if !errors.As(err, &se) || !strings.HasPrefix(err.Error(), `Unable to apply ResultPath "`+tc.path+`" to input {`) {
				t.Errorf("Set(%q) = %s, %v; want a SetError", tc.path, value.Marshal(got), err)
			}
			continue
		}
		want, _ := value.ParseString(tc.want)
		if err != nil || !value.Equal(got, want) || string(value.Marshal(got)) != string(value.Marshal(want)) {
			t.Errorf("Set(%q) = %s, %v; want %s", tc.path, value.Marshal(got), err, tc.want)
		}
	}
}

func TestSetSharesUntouchedSubtrees(t *testing.T) {
	root, _ := value.ParseString(`{"keep":{"deep":[1]},"a":{"b":1}}`)
	p, _ := Parse(`$.a.c`)
	out, err := Set(root, p, 2.0)
	if err != nil {
		t.Fatal(err)
	}
	keepIn, _ := root.(*value.Object).Get("keep")
	keepOut, _ := out.(*value.Object).Get("keep")
	if keepIn != keepOut {
		t.Error("the untouched member \"keep\" was copied, not shared")
	}
	p, _ = Parse(`$.x`)
	out, err = Set(nil, p, 1.0)
	if err != nil || string(value.Marshal(out)) != `{"x":1}` {
		t.Errorf("Set on a missing root = %s, %v", value.Marshal(out), err)
	}
}

func TestSetRejectsNonReference(t *testing.T) {
	for _, path := range []string{`$.a[*]`, `$..a`, `$.a[-1]`, `$.a.length()`} {
		p, _ := Parse(path)
		if _, err := Set(nil, p, 1.0); err == nil {
			t.Errorf("Set(%q) must fail: not a reference path", path)
		}
	}
	if _, err := Set(nil, nil, 1.0); err == nil {
		t.Error("Set with a nil path must fail")
	}
}
