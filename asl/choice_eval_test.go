package asl_test

import (
	"fmt"
	"math"
	"regexp"
	"strings"
	"testing"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/value"
)

func obj(kv ...any) *value.Object {
	o := value.NewObject(len(kv) / 2)
	for i := 0; i < len(kv); i += 2 {
		o.Set(kv[i].(string), kv[i+1])
	}
	return o
}

func TestChoiceOperatorEval(t *testing.T) {
	const ts = "2016-03-14T01:59:00Z"
	tests := []struct {
		op                string
		variable, operand value.Value
		want              bool
	}{
		{"StringEquals", "a", "a", true},
		{"StringEquals", "a", "b", false},
		{"StringEquals", 1.0, "1", false},
		{"StringLessThan", "a", "b", true},
		{"StringLessThan", "b", "a", false},
		{"StringLessThan", "é", "z", false}, // code point order: U+00E9 > 'z'
		{"StringGreaterThanEquals", "b", "b", true},
		{"StringLessThanEqualsPath", "a", "a", true},
		{"NumericEquals", 1.0, 1.0, true},
		{"NumericEquals", "1", 1.0, false},
		{"NumericLessThan", 1.0, 2.0, true},
		{"NumericLessThan", 2.0, 2.0, false},
		{"NumericGreaterThan", math.NaN(), 1.0, false},
		{"NumericGreaterThanEquals", 2.0, 2.0, true},
		{"NumericLessThanEqualsPath", 3.0, 2.0, false},
		{"BooleanEquals", true, true, true},
		{"BooleanEquals", false, true, false},
		{"BooleanEquals", value.Null, false, false},
		{"BooleanEqualsPath", false, false, true},
		{"TimestampEquals", ts, ts, true},
		{"TimestampEquals", "2016-03-14T02:59:00+01:00", ts, true},
		{"TimestampEquals", "2016-03-14T01:59:00z", ts, false},
		{"TimestampEquals", "2016-03-14t01:59:00Z", ts, false},
		{"TimestampEquals", "2016-03-14 01:59:00Z", ts, false},
		{"TimestampEquals", "2016-03-14", "2016-03-14", false},
		{"TimestampLessThan", "2016-03-14T01:58:59.999Z", ts, true},
		{"TimestampLessThan", ts, ts, false},
		{"TimestampGreaterThanPath", "2017-01-01T00:00:00Z", ts, true},
		{"StringMatches", "log-2024.txt", "log-*.txt", true},
		{"StringMatches", "log-2024.csv", "log-*.txt", false},
		{"StringMatches", "a*b", `a\*b`, true},
		{"StringMatches", "axb", `a\*b`, false},
		{"StringMatches", `a\b`, `a\\b`, true},
		{"StringMatches", "", "*", true},
		{"StringMatches", "abc", "a*b*c*", true},
		{"StringMatches", "ab", "a*b*c", false},
		{"StringMatches", 1.0, "*", false},
		{"IsNull", value.Null, true, true},
		{"IsNull", "", true, false},
		{"IsNull", "", false, true},
		{"IsNull", value.Null, "true", false},
		{"IsPresent", nil, false, true},
		{"IsPresent", value.Null, true, true},
		{"IsPresent", nil, true, false},
		{"IsNumeric", 0.0, true, true},
		{"IsNumeric", "0", true, false},
		{"IsString", "", true, true},
		{"IsString", obj(), true, false},
		{"IsBoolean", false, true, true},
		{"IsBoolean", []value.Value{}, true, false},
		{"IsTimestamp", ts, true, true},
		{"IsTimestamp", "2016-03-14", true, false},
		{"IsTimestamp", 0.0, false, true},
	}
	for _, tt := range tests {
		op, ok := asl.LookupChoiceOperator(tt.op)
		if !ok {
			t.Fatalf("no operator %s", tt.op)
		}
		if got := op.Eval(tt.variable, tt.operand); got != tt.want {
			t.Errorf("%s(%v, %v) = %v, want %v", tt.op, tt.variable, tt.operand, got, tt.want)
		}
	}
}

func TestChoiceOperatorsTable(t *testing.T) {
	if len(asl.ChoiceOperators) != 39 || len(asl.ComparisonOperators) != 39 {
		t.Fatalf("%d operators, the ASL has 39", len(asl.ChoiceOperators))
	}
	for _, op := range asl.ChoiceOperators {
		if op.Path != strings.HasSuffix(op.Name, "Path") {
			t.Errorf("%s: Path = %v", op.Name, op.Path)
		}
		if op.TypeTest != strings.HasPrefix(op.Name, "Is") || (op.DSLNot != "") != op.TypeTest {
			t.Errorf("%s: TypeTest = %v, DSLNot = %q", op.Name, op.TypeTest, op.DSLNot)
		}
		if op.DSL != op.Name || op.Eval == nil || op.Type == 0 {
			t.Errorf("%s: incomplete entry %+v", op.Name, op)
		}
	}
	if _, ok := asl.LookupChoiceOperator("And"); ok {
		t.Error("And is a combinator, not a comparison")
	}
}

func TestParseTimestamp(t *testing.T) {
	for s, want := range map[string]bool{
		"2016-03-14T01:59:00Z":        true,
		"2016-03-14T01:59:00.5-08:00": true,
		"2016-03-14T01:59:00":         false,
		"2016-03-14T01:59:00z":        false,
		"2016-03-14 01:59:00Z":        false,
		"2016-02-30T01:59:00Z":        false,
		"2023-02-24 12:15:56.832957":  false,
		"2016-03-14T01:59:00+0100":    false,
		"":                            false,
	} {
		if _, ok := asl.ParseTimestamp(s); ok != want {
			t.Errorf("ParseTimestamp(%q) = %v, want %v", s, ok, want)
		}
	}
}

// FuzzStringMatches checks StringMatches against a regular expression
// built from the same pattern.
func FuzzStringMatches(f *testing.F) {
	f.Add("log-2024.txt", "log-*.txt")
	f.Add(`a*b`, `a\*b`)
	f.Add(`a\b`, `a\\*`)
	f.Add("aaa", "*a*a*")
	op, _ := asl.LookupChoiceOperator("StringMatches")
	f.Fuzz(func(t *testing.T, s, pattern string) {
		var re strings.Builder
		re.WriteString(`(?s)\A`)
		for i := 0; i < len(pattern); i++ {
			switch c := pattern[i]; {
			case c == '\\' && i+1 < len(pattern):
				i++
				re.WriteString(regexp.QuoteMeta(pattern[i : i+1]))
			case c == '*':
				re.WriteString(".*")
			default:
				re.WriteString(regexp.QuoteMeta(pattern[i : i+1]))
			}
		}
		re.WriteString(`\z`)
		rx, err := regexp.Compile(re.String())
		if err != nil {
			return // a pattern that splits a UTF-8 sequence
		}
		if want, got := rx.MatchString(s), op.Eval(s, pattern); got != want {
			t.Errorf("StringMatches(%q, %q) = %v, want %v", s, pattern, got, want)
		}
	})
}

func ExampleLookupChoiceOperator() {
	op, _ := asl.LookupChoiceOperator("NumericLessThanPath")
	fmt.Println(op.Type, op.Path, op.DSL)
	fmt.Println(op.Eval(1.0, 2.0), op.Eval("1", 2.0))
	// Output:
	// number true NumericLessThanPath
	// true false
}
