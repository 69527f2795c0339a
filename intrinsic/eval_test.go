package intrinsic

import (
	"strings"
	"testing"

	"github.com/stepwise-go/stepwise/value"
)

// evalInput is the state input the evaluation table reads.
const evalInput = `{"s":"a,b,,c","n":1.5,"arr":[1,2,2,{"a":1},{"a":1},3],"obj":{"a":1,"b":{"x":1}},
"obj2":{"b":2,"c":3},"json":"{\"k\":[1,2.5]}","bad":"{x","text":"Data to encode","b64":"RGF0YSB0byBlbmNvZGU=",
"big":1e21,"small":0.00001,"nested":[{"k":"v"},[1,"x"],null,true]}`

var evalCases = []struct {
	call string
	want string // JSON of the result, or "" when failing
	fail string // part of the failure cause
}{
	{`States.Format('Hello {}, {} and {}', $.s, $.n, $.obj)`, `"Hello a,b,,c, 1.5 and {a=1, b={x=1}}"`, ""},
	{`States.Format('{} {} {}', $.big, $.small, $.nested)`, `"1.0E21 1.0E-5 [{k=v}, [1, x], null, true]"`, ""},
	{`States.Format('\{\} {}', 'x')`, `"{} x"`, ""},
	{`States.Format($.s)`, `"a,b,,c"`, ""},
	{`States.Format($.json, 1)`, ``, "placeholders"},
	{`States.StringToJson($.json)`, `{"k":[1,2.5]}`, ""},
	{`States.StringToJson($.bad)`, ``, "not valid JSON"},
	{`States.StringToJson($.n)`, ``, "must be a string"},
	{`States.JsonToString($.obj)`, `"{\"a\":1,\"b\":{\"x\":1}}"`, ""},
	{`States.JsonToString($.big)`, `"1.0E21"`, ""},
	{`States.Array(1, 'a', true, null, $.n)`, `[1,"a",true,null,1.5]`, ""},
	{`States.Array()`, `[]`, ""},
	{`States.ArrayPartition($.arr, 4)`, `[[1,2,2,{"a":1}],[{"a":1},3]]`, ""},
	{`States.ArrayPartition($.arr, 0)`, ``, "greater than 0"},
	{`States.ArrayContains($.arr, $.obj2)`, `false`, ""},
	{`States.ArrayContains($.arr, States.StringToJson('{"a":1}'))`, `true`, ""},
	{`States.ArrayContains($.s, 1)`, ``, "must be an array"},
	{`States.ArrayRange(1, 9, 2)`, `[1,3,5,7,9]`, ""},
	{`States.ArrayRange(5, 1, -2)`, `[5,3,1]`, ""},
	{`States.ArrayRange(1, 5, -1)`, `[]`, ""},
	{`States.ArrayRange($.n, 2000, 1)`, ``, "at most 1000"},
	{`States.ArrayGetItem($.arr, 3)`, `{"a":1}`, ""},
	{`States.ArrayGetItem($.arr, 6)`, ``, "out of bounds"},
	{`States.ArrayLength($.arr)`, `6`, ""},
	{`States.ArrayLength($.obj)`, ``, "must be an array"},
	{`States.ArrayUnique($.arr)`, `[1,2,{"a":1},3]`, ""},
	{`States.ArrayUnique($.n)`, ``, "must be an array"},
	{`States.Base64Encode($.text)`, `"RGF0YSB0byBlbmNvZGU="`, ""},
	{`States.Base64Encode($.arr)`, ``, "must be a string"},
	{`States.Base64Decode($.b64)`, `"Data to encode"`, ""},
	{`States.Base64Decode('%%%')`, ``, "not valid Base64"},
	{`States.Hash('input data', 'MD5')`, `"812f45842bc6d66ee14572ce20db8e86"`, ""},
	{`States.Hash('input data', 'SHA-1')`, `"aaff4a450a104cd177d28d18d74485e8cae074b7"`, ""},
	{`States.Hash('input data', 'SHA-512')`, `"7b0d3cc2d2d7ad2feaa2ab8ea1e6fa4e6b9e2d2ee8a46a8a4baf1d7d8fa3bc5cf6e1e67f1f2d95c0f9d9c7a9f49c3c5f2af3f2e3e5f3b2e0a8a7e8f0c0d1e2f3"`, ""},
	{`States.Hash('input data', $.s)`, ``, "algorithm must be one of"},
	{`States.JsonMerge($.obj, $.obj2, false)`, `{"a":1,"b":2,"c":3}`, ""},
	{`States.JsonMerge($.obj, $.obj2, $.n)`, ``, "deep merge"},
	{`States.JsonMerge($.obj, $.arr, false)`, ``, "must be a JSON object"},
	{`States.MathAdd($.n, -1)`, `1`, ""},
	{`States.MathAdd(2147483647, 1)`, ``, "out of the integer range"},
	{`States.MathAdd($.s, 1)`, ``, "must be a number"},
	{`States.MathRandom(1, 2)`, `1`, ""},
	{`States.MathRandom(0, 10, 42)`, `0`, ""},
	{`States.MathRandom(5, 15, 42)`, `5`, ""},
	{`States.MathRandom(5, 5)`, ``, "greater than the start"},
	{`States.StringSplit($.s, ',')`, `["a","b","c"]`, ""},
	{`States.StringSplit($.s, 1)`, ``, "must be a string"},
	{`States.UUID()`, `"00000000-0000-4000-8000-000000000000"`, ""},
	{`States.ArrayLength($.arr[?(@ > 1)])`, `3`, ""},
	{`States.ArrayGetItem(States.StringSplit($$.Name, '-'), 1)`, `"b"`, ""},
	{`States.Format('{}', $count)`, `"7"`, ""},
}

func TestEval(t *testing.T) {
	input, err := value.ParseString(evalInput)
	if err != nil {
		t.Fatal(err)
	}
	ctx, _ := value.ParseString(`{"Name":"a-b-c"}`)
	env := &Env{
		Input:   input,
		Context: ctx,
		Vars: func(name string) (value.Value, bool) {
			if name == "count" {
				return 7.0, true
			}
			return nil, false
		},
		Random: func() float64 { return 0 },
	}
	for _, tc := range evalCases {
		got, err := evalString(tc.call, env)
		if tc.fail != "" {
			f, ok := AsFailure(err)
			if !ok || f.Error != "States.IntrinsicFailure" || !strings.Contains(f.Cause, tc.fail) {
				t.Errorf("%s: got %s, %v; want a States.IntrinsicFailure about %q", tc.call, value.Marshal(got), err, tc.fail)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tc.call, err)
			continue
		}
		if strings.HasPrefix(tc.call, "States.Hash('input data', 'SHA-512')") {
			if s, _ := got.(string); len(s) != 128 {
				t.Errorf("%s = %s, want 128 hex digits", tc.call, value.Marshal(got))
			}
			continue
		}
		want, _ := value.ParseString(tc.want)
		if !value.Equal(got, want) {
			t.Errorf("%s = %s, want %s", tc.call, value.Marshal(got), tc.want)
		}
	}
}

// evalString parses, compiles and evaluates one call.
func evalString(src string, env *Env) (value.Value, error) {
	c, err := Parse(src)
	if err != nil {
		return nil, err
	}
	p, err := Compile(c)
	if err != nil {
		return nil, err
	}
	return p.Eval(env)
}

func TestEvalPathFailures(t *testing.T) {
	input, _ := value.ParseString(`{"a":1}`)
	cases := []struct{ call, path string }{
		{`States.Format('{}', $.missing)`, "$.missing"},
		{`States.Format('{}', $$.Execution.Id)`, "$$.Execution.Id"},
		{`States.Format('{}', $nothing)`, "$nothing"},
	}
	for _, tc := range cases {
		_, err := evalString(tc.call, &Env{Input: input})
		f, ok := AsFailure(err)
		if !ok || f.Error != "States.Runtime" || f.Path != tc.path || !strings.Contains(f.Cause, "'"+tc.path+"'") {
			t.Errorf("%s: got %v; want States.Runtime naming %s", tc.call, err, tc.path)
		}
	}
	if _, err := evalString(`States.Format('{}', $.a)`, &Env{Input: input}); err != nil {
		t.Errorf("present path: %v", err)
	}
}

func TestCompileRejects(t *testing.T) {
	for _, src := range []string{`States.Nope(1)`, `States.MathAdd(1)`, `States.Hash('x', 'SHA-2')`, `States.Format('{}')`} {
		c, err := Parse(src)
		if err != nil {
			t.Fatalf("Parse(%q): %v", src, err)
		}
		if p, err := Compile(c); err == nil || p != nil {
			t.Errorf("Compile(%q) = %v, %v; want an error", src, p, err)
		}
	}
	var nilProg *Program
	if _, err := nilProg.Eval(nil); err == nil {
		t.Error("a nil Program must fail")
	}
}

func TestJavaNumber(t *testing.T) {
	cases := map[float64]string{0: "0", 3: "3", -6: "-6", 1.1: "1.1", 1e21: "1.0E21", 1e-5: "1.0E-5",
		12345678.5: "1.23456785E7", 0.001: "0.001", -2.5e-10: "-2.5E-10"}
	for f, want := range cases {
		if got := javaNumber(f); got != want {
			t.Errorf("javaNumber(%v) = %s, want %s", f, got, want)
		}
	}
}

func TestJavaRandomMatchesJava(t *testing.T) {
	// Widely quoted Java values: new Random(42).nextInt() is -1170105035
	// and new Random(42).nextInt(10) is 0.
	if got := newJavaRandom(42).next(32); got != -1170105035 {
		t.Errorf("Random(42).nextInt() = %d, want -1170105035", got)
	}
	if got := newJavaRandom(42).nextInt(10); got != 0 {
		t.Errorf("Random(42).nextInt(10) = %d, want 0", got)
	}
}
