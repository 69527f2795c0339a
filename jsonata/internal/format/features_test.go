package format

import (
	"errors"
	"testing"
)

// featureCases cover each picture feature and each error the suite does
// not reach; every expected value was produced by jsonata-js 2.0.6 (node,
// with "now" fixed at testNow). code "" with jsMsg is an uncoded
// JavaScript exception of jsonata-js.
var featureCases = []struct {
	fn    string
	args  []any
	want  any
	code  string
	jsMsg string
	undef bool
}{
	{fn: "formatNumber", args: []any{float64(1234.5), "#,##0.00;(#,##0.00)"}, want: "1,234.50"},
	{fn: "formatNumber", args: []any{float64(-1234.5), "#,##0.00;(#,##0.00)"}, want: "(1,234.50)"},
	{fn: "formatNumber", args: []any{float64(0.25), "#%"}, want: "25%"},
	{fn: "formatNumber", args: []any{float64(0.25), "#‰"}, want: "250‰"},
	{fn: "formatNumber", args: []any{float64(1234.5), "#.##0,00", map[string]string{"decimal-separator": ",", "grouping-separator": "."}}, want: "1.234,50"},
	{fn: "formatNumber", args: []any{float64(2.5), "0"}, want: "2"},
	{fn: "formatNumber", args: []any{float64(3.5), "0"}, want: "4"},
	{fn: "formatNumber", args: []any{float64(0.125), "0.00"}, want: "0.12"},
	{fn: "formatNumber", args: []any{float64(1e+21), "0"}, want: "1e+21"},
	{fn: "formatNumber", args: []any{float64(-0.4), "0"}, want: "-0"},
	{fn: "formatNumber", args: []any{float64(123), "0 apples"}, want: "123 apples"},
	{fn: "formatNumber", args: []any{float64(5), "##0.0e0"}, want: "5.0e0"},
	{fn: "formatNumber", args: []any{float64(20), "#0%%"}, code: "D3082"},
	{fn: "formatNumber", args: []any{float64(20), "0#"}, code: "D3090"},
	{fn: "formatNumber", args: []any{float64(20), "0.#0"}, code: "D3091"},
	{fn: "formatNumber", args: []any{float64(1), "abc"}, code: "", jsMsg: "Cannot read properties of undefined (reading 'length')"},
	{fn: "formatNumber", args: []any{float64(1), "0.#####################################################################################################"}, code: "", jsMsg: "toFixed() digits argument must be between 0 and 100"},
	{fn: "formatNumber", args: []any{float64(20), "0,0.0", map[string]string{"grouping-separator": ""}}, code: "D3089"},
	{fn: "formatInteger", args: []any{float64(1234), "#,##0"}, want: "1,234"},
	{fn: "formatInteger", args: []any{float64(-12), "0;o"}, want: "-12th"},
	{fn: "formatInteger", args: []any{float64(11), "0;o"}, want: "11th"},
	{fn: "formatInteger", args: []any{float64(22), "0;o"}, want: "22nd"},
	{fn: "formatInteger", args: []any{float64(113), "0;o"}, want: "113th"},
	{fn: "formatInteger", args: []any{float64(0), "w"}, want: "zero"},
	{fn: "formatInteger", args: []any{float64(12), "#:###,##0"}, want: ",:12"},
	{fn: "formatInteger", args: []any{float64(1e+21), "0"}, want: "1e+21"},
	{fn: "formatInteger", args: []any{float64(10000000), "I"}, code: "", jsMsg: "Maximum call stack size exceeded"},
	{fn: "formatInteger", args: []any{float64(702), "A"}, want: "ZZ"},
	{fn: "formatInteger", args: []any{float64(1), "١"}, want: "١"},
	{fn: "formatInteger", args: []any{float64(5), "a;o"}, want: "e"},
	{fn: "parseInteger", args: []any{"xyz", "w"}, want: nil},
	{fn: "parseInteger", args: []any{"12", "###١"}, code: "", jsMsg: "Invalid code point -1535"},
	{fn: "parseInteger", args: []any{"0x1A", "0"}, want: float64(26)},
	{fn: "parseInteger", args: []any{"1.200", "#.##0"}, want: float64(1)},
	{fn: "parseInteger", args: []any{"MMXXIV", "I"}, want: float64(2024)},
	{fn: "parseInteger", args: []any{"ab", "A"}, want: float64(892)},
	{fn: "fromMillis", args: []any{float64(0), "[Y]", "foo"}, want: "NaN"},
	{fn: "fromMillis", args: []any{float64(1509380732935), "[h]:[m01] [PN] [ZN]"}, code: "D3134"},
	{fn: "fromMillis", args: []any{float64(1509380732935), "[Z00001]"}, code: "D3134"},
	{fn: "fromMillis", args: []any{float64(1509380732935), "[Y"}, code: "D3135"},
	{fn: "fromMillis", args: []any{float64(1509380732935), "[q]"}, code: "D3132"},
	{fn: "fromMillis", args: []any{float64(1509380732935), "[YN]"}, code: "D3133"},
	{fn: "fromMillis", args: []any{float64(1509380732935), "[[[Y]]] [MNn,*-3] [FN,2-2] [dwo]"}, want: "[2017] Oct MO three hundred and third"},
	{fn: "fromMillis", args: []any{float64(1509380732935), "[z]", "-0530"}, want: "GMT-06:30"},
	{fn: "fromMillis", args: []any{float64(1509380732935), "[Z0]", "+0100"}, want: "+1"},
	{fn: "fromMillis", args: []any{float64(1509380732935), "[Z01:01t]"}, want: "Z"},
	{fn: "fromMillis", args: []any{float64(1509380732935), "[Y,2-2] [M,2] [D#1]"}, want: "17 10 30"},
	{fn: "fromMillis", args: []any{float64(100000000000000000000), "[MN]"}, code: "", jsMsg: "Cannot read properties of undefined (reading 'toUpperCase')"},
	{fn: "fromMillis", args: []any{float64(1509380732935), "[fN]"}, code: "", jsMsg: "Cannot read properties of undefined (reading 'primary')"},
	{fn: "fromMillis", args: []any{float64(1509380732935), "[Y١٢٣٤]"}, want: "٢٠١٧"},
	{fn: "fromMillis", args: []any{float64(1509380732935), "[Y0١]"}, code: "D3131"},
	{fn: "fromMillis", args: []any{float64(1509380732935), "[]"}, code: "D3132"},
	{fn: "fromMillis", args: []any{float64(1509380732935), "[C] [E] [Pn]"}, want: "ISO ISO pm"},
	{fn: "toMillis", args: []any{"2017"}, want: float64(1483228800000)},
	{fn: "toMillis", args: []any{"2017-10-30T15:28:34+0100"}, want: float64(1509373714000)},
	{fn: "toMillis", args: []any{"2017-13-01"}, want: nil},
	{fn: "toMillis", args: []any{"foo"}, code: "D3110"},
	{fn: "toMillis", args: []any{"2018-05-22", "[Y]-[M]-[q]"}, code: "D3132"},
	{fn: "toMillis", args: []any{"x", "[Y"}, code: "D3135"},
	{fn: "toMillis", args: []any{"2018", "[Yα]"}, code: "D3130"},
	{fn: "toMillis", args: []any{"12:30", "[H]:[m]"}, want: float64(1699965000000)},
	{fn: "toMillis", args: []any{"March 2018", "[MNn] [Y]"}, want: float64(1519862400000)},
	{fn: "toMillis", args: []any{"constructor 2018", "[MNn] [Y]"}, want: float64(1514764800000)},
	{fn: "toMillis", args: []any{"2018-10-01 +01:30", "[Y]-[M]-[D] [Z]"}, want: float64(1538346600000)},
	{fn: "toMillis", args: []any{"and", "[Yw]"}, want: nil},
}

func TestFeatures(t *testing.T) {
	for _, c := range featureCases {
		name := c.fn + numString(float64(len(c.args)))
		if s, ok := c.args[len(c.args)-1].(string); ok {
			name = c.fn + "/" + s
		}
		got := call(c.fn, c.args)
		if !check(t, name, got, c.want, c.code, c.jsMsg != "", c.undef) {
			continue
		}
		if c.jsMsg != "" {
			var fe *Error
			if !errors.As(got.err, &fe) || fe.Code != "" || fe.Msg != c.jsMsg {
				t.Errorf("%s: got %v, want uncoded %q", name, got.err, c.jsMsg)
			}
		}
	}
}

// TestMessages checks the message text, {{value}} included, against
// jsonata-js's.
func TestMessages(t *testing.T) {
	for _, c := range []struct {
		fn   string
		args []any
		code string
		msg  string
	}{
		{"toMillis", []any{"foo"}, "D3110", `The argument of the toMillis function must be an ISO 8601 formatted timestamp. Given "foo"`},
		{"formatInteger", []any{1.0, "α"}, "D3130", `Formatting or parsing an integer as a sequence starting with "α" is not supported by this implementation`},
		{"fromMillis", []any{0.0, "[q]"}, "D3132", `Unknown component specifier "q" in date/time picture string`},
		{"fromMillis", []any{0.0, "[YN]"}, "D3133", `The 'name' modifier can only be applied to months and days in the date/time picture string, not "Y"`},
		{"fromMillis", []any{0.0, "[]"}, "D3132", `Unknown component specifier "" in date/time picture string`},
		{"fromMillis", []any{0.0, "[Z00001]"}, "D3134", "The timezone integer format specifier cannot have more than four digits"},
		{"formatNumber", []any{1.0, "#;#;#"}, "D3080", "The picture string must only contain a maximum of two sub-pictures"},
	} {
		got := call(c.fn, c.args)
		var fe *Error
		if !errors.As(got.err, &fe) || fe.Code != c.code || fe.Msg != c.msg {
			t.Errorf("%s%v: got %v, want %s: %s", c.fn, c.args, got.err, c.code, c.msg)
			continue
		}
		if want := c.code + ": " + c.msg; fe.Error() != want {
			t.Errorf("Error() = %q, want %q", fe.Error(), want)
		}
	}
}

// TestNoEndlessLoop: jsonata-js never returns for an exponent picture and
// a number that is zero or negative; here it is an uncoded error.
func TestNoEndlessLoop(t *testing.T) {
	for _, v := range []float64{0, -5} {
		_, err := FormatNumber(v, "0.0e0", nil)
		var fe *Error
		if !errors.As(err, &fe) || fe.Code != "" || fe.Msg != msgEndless {
			t.Errorf("FormatNumber(%v, 0.0e0) = %v, want the endless-loop error", v, err)
		}
	}
	if s, err := FormatNumber(5, "0.0e0", nil); err != nil || s != "5.0e0" {
		t.Errorf("FormatNumber(5, 0.0e0) = %q, %v; want 5.0e0", s, err)
	}
}

// TestToMillisNow: components left out of the picture come from now when
// more significant than those given, and are zero when less.
func TestToMillisNow(t *testing.T) {
	ms, ok, err := ToMillisAt("12:30", "[H]:[m]", testNow)
	if err != nil || !ok {
		t.Fatalf("ToMillisAt: %v %v", ok, err)
	}
	if got, _ := FromMillis(ms, "", ""); got != "2023-11-14T12:30:00.000Z" {
		t.Errorf("got %s, want today's date (2023-11-14) at 12:30", got)
	}
	if _, ok, err := ToMillis("2018-05-22", "[Y]-[M]-[D]"); !ok || err != nil {
		t.Errorf("ToMillis with the system clock: %v %v", ok, err)
	}
}
