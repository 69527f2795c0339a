package sfn_test

import (
	"encoding/json"
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/constructs/sfn"
	"github.com/stepwise-go/stepwise/jsontree"
)

type Inner struct {
	Deep  string   `json:"deep"`
	Where sfn.Path `json:"where"`
}

type Embedded struct {
	Promoted int
	Shadowed string
}

type order struct {
	Embedded
	ID       string            `json:"id"`
	Amount   float64           `json:"amount"`
	Note     string            `json:"note,omitempty"`
	Count    int               `json:"count,omitzero"`
	Secret   string            `json:"-"`
	Dash     string            `json:"-,"`
	Quoted   int               `json:"quoted,string"`
	Shadowed string            // shallower than Embedded.Shadowed: wins
	Token    sfn.Path          `json:"token"`
	Inner    *Inner            `json:"inner"`
	Missing  *Inner            `json:"missing"`
	Tags     []string          `json:"tags"`
	Labels   map[string]string `json:"labels,omitempty"`
	private  string
}

type failing struct{}

func (failing) MarshalJSON() ([]byte, error) { return nil, errors.New("boom") }

type upper string

func (u upper) MarshalText() ([]byte, error) { return []byte(strings.ToUpper(string(u))), nil }

// parameters converts v as Pass Parameters (wrapped in an object when it
// is not one) and returns the JSON and the problems.
func convert(v any, literal bool) (string, asl.Diagnostics) {
	p := sfn.NewPass("P")
	if literal {
		p.Result(v)
	} else {
		p.Parameters(map[string]any{"v": v})
	}
	m, diags := sfn.NewStateMachine("M", p).Build()
	s := m.States[0].(*asl.Pass)
	if literal {
		return compact(s.Result), only(diags, asl.CodeBuild)
	}
	return compact(s.Parameters), only(diags, asl.CodeBuild)
}

func TestPayloadConversion(t *testing.T) {
	ts := time.Date(2026, 5, 6, 7, 8, 9, 0, time.UTC)
	raw := json.RawMessage(`{"z": 1, "a": [true, null]}`)
	tree := jsontree.NewObject().Set("k", jsontree.NewString("v"))
	cases := []struct {
		name    string
		in      any
		literal bool
		want    string
	}{
		{"map keys sorted", map[string]int{"b": 2, "a": 1, "c": 3}, false, `{"v":{"a":1,"b":2,"c":3}}`},
		{"nested path", map[string]any{"outer": map[string]any{"id": sfn.Path("$.id"), "n": 1}}, false,
			`{"v":{"outer":{"id.$":"$.id","n":1}}}`},
		{"path sorts by rendered key", map[string]any{"a": sfn.Path("$.a"), "a-": 1}, false, `{"v":{"a-":1,"a.$":"$.a"}}`},
		{"map of paths", map[string]sfn.Path{"x": "$.x"}, false, `{"v":{"x.$":"$.x"}}`},
		{"path value", sfn.Path("$$.Execution.Id"), false, `{"v.$":"$$.Execution.Id"}`},
		{"pointer to path", func() *sfn.Path { p := sfn.Path("$.p"); return &p }(), false, `{"v.$":"$.p"}`},
		{"struct tags", order{
			Embedded: Embedded{Promoted: 7, Shadowed: "hidden"}, ID: "o-1", Amount: 12.5, Secret: "s", Dash: "d",
			Quoted: 42, Shadowed: "shown", Token: "$$.Task.Token", Inner: &Inner{Deep: "x", Where: "$.w"}, private: "p",
		}, false, `{"v":{"Promoted":7,"id":"o-1","amount":12.5,"-":"d","quoted":"42","Shadowed":"shown",` +
			`"token.$":"$$.Task.Token","inner":{"deep":"x","where.$":"$.w"},"missing":null,"tags":null}}`},
		{"struct omitted fields present", order{Note: "n", Count: 2, Labels: map[string]string{"k": "v"}, Tags: []string{}}, false,
			`{"v":{"Promoted":0,"id":"","amount":0,"note":"n","count":2,"-":"","quoted":"0","Shadowed":"",` +
				`"token.$":"","inner":null,"missing":null,"tags":[],"labels":{"k":"v"}}}`},
		{"slices and arrays", []any{[2]int{1, 2}, []string{"a"}, []any{}}, false, `{"v":[[1,2],["a"],[]]}`},
		{"scalars", []any{true, "s", int8(-8), int64(math.MinInt64), uint8(8), uint64(math.MaxUint64), uintptr(3)}, false,
			`{"v":[true,"s",-8,-9223372036854775808,8,18446744073709551615,3]}`},
		{"floats", []any{1.0, 0.1, float32(0.1), 1e21, 1e-7, math.Copysign(0, -1), float32(3.4e38)}, false,
			`{"v":[1,0.1,0.1,1e+21,1e-7,-0,3.4e+38]}`},
		{"nil and pointers", []any{nil, (*int)(nil), new(int), map[string]any(nil), []int(nil)}, false,
			`{"v":[null,null,0,null,null]}`},
		{"raw message keeps order", raw, false, `{"v":{"z":1,"a":[true,null]}}`},
		{"jsontree value kept", tree, false, `{"v":{"k":"v"}}`},
		{"json marshaler", ts, false, `{"v":"2026-05-06T07:08:09Z"}`},
		{"text marshaler", upper("abc"), false, `{"v":"ABC"}`},
		{"named string", sfn.ErrTimeout, false, `{"v":"States.Timeout"}`},
		{"result is literal", map[string]any{"p": sfn.Path("$.x"), "l": []any{sfn.Path("$.y")}}, true,
			`{"l":["$.y"],"p":"$.x"}`},
		{"result scalar", "just a string", true, `"just a string"`},
		{"result null", nil, true, `null`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, problems := convert(tc.in, tc.literal)
			if len(problems) > 0 {
				t.Fatalf("unexpected problems:%s", lines(problems))
			}
			if got != tc.want {
				t.Errorf("converted:%s", diff(tc.want, got))
			}
		})
	}
}

func TestPayloadProblems(t *testing.T) {
	type cycle struct {
		Next *cycle `json:"next"`
	}
	loop := &cycle{}
	loop.Next = loop
	cases := []struct {
		name string
		in   any
		at   string
		msg  string
	}{
		{"chan", make(chan int), `.v`, "chan int"},
		{"func", func() {}, `.v`, "func()"},
		{"complex", complex(1, 2), `.v`, "complex128"},
		{"int keys", map[int]string{1: "a"}, `.v`, "map with int keys"},
		{"bytes", []byte(`{"a":1}`), `.v`, "json.RawMessage"},
		{"nan", math.NaN(), `.v`, "no JSON form"},
		{"inf in struct", struct{ F float64 }{math.Inf(1)}, `.v.F`, "no JSON form"},
		{"path in array", []any{1, sfn.Path("$.x")}, `.v[1]`, "cannot stand alone"},
		{"bad raw", json.RawMessage(`{oops}`), `.v`, "not valid JSON"},
		{"failing marshaler", failing{}, `.v`, "boom"},
		{"cycle", loop, `.v`, "nests more than"},
		{"duplicate key", map[string]any{"a.$": "$.x", "a": sfn.Path("$.y")}, `.v.a.$`, `key "a.$" appears twice`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, problems := convert(tc.in, false)
			var found bool
			for _, d := range problems {
				found = found || strings.HasPrefix(d.At.String(), `States["P"].Parameters`) &&
					strings.Contains(d.At.String(), strings.TrimPrefix(tc.at, ".")) && strings.Contains(d.Message, tc.msg)
			}
			if !found {
				t.Errorf("want a problem at Parameters%s mentioning %q, got:%s", tc.at, tc.msg, lines(problems))
			}
		})
	}
}

func TestPayloadIsCopiedWhenSet(t *testing.T) {
	params := map[string]any{"a": 1}
	p := sfn.NewPass("P").Parameters(params)
	params["b"] = 2 // too late: the payload was converted when set
	if got, want := statesJSON(t, p), `{"P":{"Type":"Pass","Parameters":{"a":1},"End":true}}`; got != want {
		t.Errorf("States:%s", diff(want, got))
	}
}
