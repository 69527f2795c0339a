package runtime

import (
	"strings"

	"github.com/stepwise-go/stepwise/value"
)

// TODO(choice-table): replace this file with the shared table of Choice
// comparison operators in package asl once it lands; this is the only
// place the runtime evaluates an operator.

// isPathOperator reports whether op compares with a value read by a path.
func isPathOperator(op string) bool { return strings.HasSuffix(op, "Path") }

// compareChoice evaluates a comparison operator; a value of the wrong
// type never matches.
func compareChoice(op string, v, operand value.Value) bool {
	base := strings.TrimSuffix(op, "Path")
	switch base {
	case "IsNull":
		return value.IsNull(v) == truthy(operand)
	case "IsNumeric":
		_, ok := v.(float64)
		return ok == truthy(operand)
	case "IsString":
		_, ok := v.(string)
		return ok == truthy(operand)
	case "IsBoolean":
		_, ok := v.(bool)
		return ok == truthy(operand)
	case "IsTimestamp":
		s, ok := v.(string)
		if ok {
			_, ok = parseTimestamp(s)
		}
		return ok == truthy(operand)
	case "BooleanEquals":
		a, ok1 := v.(bool)
		b, ok2 := operand.(bool)
		return ok1 && ok2 && a == b
	case "StringMatches":
		a, ok1 := v.(string)
		b, ok2 := operand.(string)
		return ok1 && ok2 && globMatch(b, a)
	}
	var cmp int
	var ok bool
	switch {
	case strings.HasPrefix(base, "String"):
		cmp, ok = compareStrings(v, operand)
		base = base[len("String"):]
	case strings.HasPrefix(base, "Numeric"):
		cmp, ok = compareNumbers(v, operand)
		base = base[len("Numeric"):]
	case strings.HasPrefix(base, "Timestamp"):
		cmp, ok = compareTimestamps(v, operand)
		base = base[len("Timestamp"):]
	}
	if !ok {
		return false
	}
	switch base {
	case "Equals":
		return cmp == 0
	case "LessThan":
		return cmp < 0
	case "GreaterThan":
		return cmp > 0
	case "LessThanEquals":
		return cmp <= 0
	case "GreaterThanEquals":
		return cmp >= 0
	}
	return false
}

func truthy(v value.Value) bool { b, _ := v.(bool); return b }

func compareStrings(a, b value.Value) (int, bool) {
	x, ok1 := a.(string)
	y, ok2 := b.(string)
	if !ok1 || !ok2 {
		return 0, false
	}
	return strings.Compare(x, y), true
}

func compareNumbers(a, b value.Value) (int, bool) {
	x, ok1 := a.(float64)
	y, ok2 := b.(float64)
	if !ok1 || !ok2 {
		return 0, false
	}
	switch {
	case x < y:
		return -1, true
	case x > y:
		return 1, true
	}
	return 0, true
}

func compareTimestamps(a, b value.Value) (int, bool) {
	x, ok1 := a.(string)
	y, ok2 := b.(string)
	if !ok1 || !ok2 {
		return 0, false
	}
	tx, ok1 := parseTimestamp(x)
	ty, ok2 := parseTimestamp(y)
	if !ok1 || !ok2 {
		return 0, false
	}
	return tx.Compare(ty), true
}

// globMatch matches s against an ASL StringMatches pattern: "*" matches
// any run of characters, "\*" and "\\" are literal. It runs in
// O(len(pattern)·len(s)) (greedy with one backtrack point).
func globMatch(pattern, s string) bool {
	type tok struct {
		star bool
		c    byte
	}
	toks := make([]tok, 0, len(pattern))
	for i := 0; i < len(pattern); i++ {
		switch c := pattern[i]; {
		case c == '\\' && i+1 < len(pattern):
			i++
			toks = append(toks, tok{c: pattern[i]})
		case c == '*':
			toks = append(toks, tok{star: true})
		default:
			toks = append(toks, tok{c: c})
		}
	}
	p, i, starP, starI := 0, 0, -1, 0
	for i < len(s) {
		switch {
		case p < len(toks) && !toks[p].star && toks[p].c == s[i]:
			p++
			i++
		case p < len(toks) && toks[p].star:
			starP, starI = p, i
			p++
		case starP >= 0:
			starI++
			p, i = starP+1, starI
		default:
			return false
		}
	}
	for p < len(toks) && toks[p].star {
		p++
	}
	return p == len(toks)
}
