package jsonata

import (
	"reflect"
	"testing"
)

func TestFunctionsAndVariables(t *testing.T) {
	cases := []struct {
		in        string
		functions []string
		variables []string
		unknown   []string
	}{
		{`$states.input.count + 1`, nil, []string{"states"}, nil},
		{`$string($count)`, []string{"$string"}, []string{"count"}, nil},
		{`$count + $count($xs)`, []string{"$count"}, []string{"count", "xs"}, nil},
		{`$partition($states.input.list, 2)`, []string{"$partition"}, []string{"states"}, nil},
		{`$uuid() & $hash($a, "MD5") & $range(1, 2) & $random(1) & $parse("1")`,
			[]string{"$uuid", "$hash", "$range", "$random", "$parse"}, []string{"a"}, nil},
		{`$states.input.orders ~> $map(function($o){ $o.id & $prefix })`,
			[]string{"$map"}, []string{"states", "prefix"}, nil},
		{`$x ~> $trim`, []string{"$trim"}, []string{"x"}, nil},
		{`$x ~> $myTrim`, []string{"$myTrim"}, []string{"x"}, []string{"$myTrim"}},
		{`($f := function($v){ $v * $k }; $f($n))`, []string{"$f"}, []string{"k", "n"}, nil},
		{`($a := $a + 1; $a)`, nil, []string{"a"}, nil},
		{`Account.Order#$i.{ "i": $i, "o": $o }`, nil, []string{"o"}, nil},
		{`Account.Order@$o.Product.{ "o": $o.id }`, nil, nil, nil},
		{`$map($xs, $string)`, []string{"$map"}, []string{"xs", "string"}, nil},
		{`$ + $$ + $states`, nil, []string{"states"}, nil},
		{`$foo(1) + $bar(2) + $foo(3)`, []string{"$foo", "$bar"}, nil, []string{"$foo", "$bar"}},
		{`$eval("1")`, []string{"$eval"}, nil, nil},
		{`$substring(?, 0, $n)`, []string{"$substring"}, []string{"n"}, nil},
		{`$x[$y > 0]{ $k: $v }^(>$w)`, nil, []string{"x", "y", "k", "v", "w"}, nil},
		{`items[price > $min].(price * $rate)`, nil, []string{"min", "rate"}, nil},
		{`$lookup($states.input, "k") ? $now() : $millis()`, []string{"$lookup", "$now", "$millis"}, []string{"states"}, nil},
	}
	for _, tc := range cases {
		e, err := Parse(tc.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", tc.in, err)
			continue
		}
		if got := e.Functions(); !reflect.DeepEqual(got, tc.functions) {
			t.Errorf("Parse(%q).Functions() = %q, want %q", tc.in, got, tc.functions)
		}
		if got := e.Variables(); !reflect.DeepEqual(got, tc.variables) {
			t.Errorf("Parse(%q).Variables() = %q, want %q", tc.in, got, tc.variables)
		}
		if got := UnknownFunctions(e); !reflect.DeepEqual(got, tc.unknown) {
			t.Errorf("UnknownFunctions(%q) = %q, want %q", tc.in, got, tc.unknown)
		}
	}
}

func TestForbidden(t *testing.T) {
	cases := []struct {
		in  string
		pos []int
	}{
		{`$eval("1 + 1")`, []int{0}},
		{`$parse("1 + 1")`, nil},
		{`$x ~> $eval`, []int{6}},
		{`$map(["1"], $eval)`, []int{12}},
		{`($eval := function($s){ $s }; $eval("x"))`, nil},
	}
	for _, tc := range cases {
		e, err := Parse(tc.in)
		if err != nil {
			t.Fatalf("Parse(%q): %v", tc.in, err)
		}
		var got []int
		for _, f := range Forbidden(e) {
			if f.Code != "T1006" {
				t.Errorf("Forbidden(%q): code %q, want T1006", tc.in, f.Code)
			}
			got = append(got, f.Pos)
		}
		if !reflect.DeepEqual(got, tc.pos) {
			t.Errorf("Forbidden(%q) at %v, want %v", tc.in, got, tc.pos)
		}
	}
}

func TestForbiddenInTemplate(t *testing.T) {
	e, err := ParseTemplate(`{% $eval($states.input.code) %}`)
	if err != nil {
		t.Fatal(err)
	}
	if f := Forbidden(e); len(f) != 1 || f[0].Pos != 3 {
		t.Errorf("Forbidden = %v, want one finding at 3", f)
	}
}

func TestIsFunction(t *testing.T) {
	for name, want := range map[string]bool{
		"$string": true, "string": true, "$partition": true, "$uuid": true, "$now": true,
		"$millis": true, "$eval": false, "$states": false, "$foo": false, "": false,
	} {
		if got := IsFunction(name); got != want {
			t.Errorf("IsFunction(%q) = %v, want %v", name, got, want)
		}
	}
}
