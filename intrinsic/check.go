package intrinsic

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/stepwise-go/stepwise/jsonpath"
)

// Check reports every problem AWS would reject in a parsed call, each as
// an *Error at the offending call or argument: an unknown function name,
// a wrong number of arguments (reported at the call's "("), nesting
// deeper than MaxDepth, a States.Hash algorithm literal that is not one of
// HashAlgorithms, a States.JsonMerge third argument that is a literal
// other than false, a States.Format template literal whose "{}" count
// differs from the number of values or that has an unescaped lone brace,
// a literal States.ArrayRange with a zero step or more than MaxRangeItems
// items, and path arguments that jsonpath.Parse rejects. It returns nil
// when there is nothing to report; a nil call is itself a problem.
func Check(c *Call) []error {
	if c == nil {
		return []error{errorf(0, "no call to check")}
	}
	var ch checker
	ch.call(c, 1)
	return ch.errs
}

// checker collects problems while walking a call tree.
type checker struct {
	errs []error
}

// add records a problem.
func (ch *checker) add(pos int, format string, args ...any) {
	ch.errs = append(ch.errs, errorf(pos, format, args...))
}

// call checks c, found at the given nesting depth, and its arguments.
func (ch *checker) call(c *Call, depth int) {
	if depth == MaxDepth+1 {
		ch.add(c.Pos, "intrinsic calls may nest at most %d deep; %s is at depth %d", MaxDepth, c.Name, depth)
	}
	sig, known := Functions[c.Name]
	switch {
	case !known:
		ch.add(c.Pos, "unknown intrinsic function %q%s", c.Name, suggest(c.Name))
	case len(c.Args) < sig.MinArgs || sig.MaxArgs >= 0 && len(c.Args) > sig.MaxArgs:
		ch.add(c.parenPos(), "%s takes %s, got %d", c.Name, arity(sig), len(c.Args))
	default:
		ch.literals(c)
	}
	for _, a := range c.Args {
		switch a.Kind {
		case Path:
			ch.path(a)
		case Nested:
			switch {
			case a.Call == nil:
				ch.add(a.Pos, "nested call argument has no call")
			case depth < maxNesting:
				ch.call(a.Call, depth+1)
			}
		}
	}
}

// path checks the syntax of a path argument.
func (ch *checker) path(a Arg) {
	_, err := jsonpath.Parse(a.Text)
	if err == nil {
		return
	}
	var pe *jsonpath.Error
	if errors.As(err, &pe) {
		ch.add(a.Pos+pe.Pos, "invalid path %q: %s", a.Text, pe.Msg)
		return
	}
	ch.add(a.Pos, "invalid path %q: %v", a.Text, err)
}

// literals applies the per-function rules about literal arguments; the
// argument count is already known to be right.
func (ch *checker) literals(c *Call) {
	for _, i := range numericArgs[c.Name] {
		if a := c.Args[i]; a.isLiteral() && a.Kind != Number {
			ch.add(a.Pos, "%s argument %d must be a number or a path, got %s", c.Name, i+1, a.String())
		}
	}
	switch c.Name {
	case "States.Hash":
		a := c.Args[1]
		if a.isLiteral() && (a.Kind != String || !slices.Contains(HashAlgorithms, a.Text)) {
			ch.add(a.Pos, "States.Hash algorithm must be one of %s, got %s", strings.Join(HashAlgorithms, ", "), a.String())
		}
	case "States.JsonMerge":
		a := c.Args[2]
		if a.isLiteral() && (a.Kind != Boolean || a.Text != "false") {
			ch.add(a.Pos, "States.JsonMerge's third argument (deep merge) must be false, got %s", a.String())
		}
	case "States.Format":
		ch.format(c)
	case "States.ArrayRange":
		ch.arrayRange(c)
	}
}

// numericArgs lists, per function, the arguments that must be numbers
// when they are literals.
var numericArgs = map[string][]int{
	"States.MathAdd":        {0, 1},
	"States.MathRandom":     {0, 1},
	"States.ArrayRange":     {0, 1, 2},
	"States.ArrayGetItem":   {1},
	"States.ArrayPartition": {1},
}

// format checks a literal States.Format template against the values.
func (ch *checker) format(c *Call) {
	t := c.Args[0]
	if t.isLiteral() && t.Kind != String {
		ch.add(t.Pos, "States.Format's first argument must be a string, got %s", t.String())
		return
	}
	if t.Kind != String {
		return
	}
	lit := t.literal()
	count, stray := placeholders(lit)
	if stray >= 0 {
		ch.add(t.Pos+stray, `States.Format template has an unescaped %q; write \%s for a literal brace`, string(lit[stray]), string(lit[stray]))
		return
	}
	if values := len(c.Args) - 1; count != values {
		ch.add(t.Pos, "States.Format template has %s but %s", plural(count, "placeholder"), plural(values, "value")+verb(values))
	}
}

// arrayRange checks States.ArrayRange when all three arguments are
// integer literals.
func (ch *checker) arrayRange(c *Call) {
	var n [3]float64
	for i, a := range c.Args {
		if a.Kind != Number {
			return
		}
		v, err := strconv.ParseFloat(a.Text, 64)
		if err != nil || v != math.Trunc(v) {
			return
		}
		n[i] = v
	}
	start, end, step := n[0], n[1], n[2]
	if step == 0 {
		ch.add(c.Args[2].Pos, "States.ArrayRange step must not be 0")
		return
	}
	items := math.Floor((end-start)/step) + 1
	if items > MaxRangeItems {
		ch.add(c.Pos, "States.ArrayRange would produce %.0f items; at most %d are allowed", items, MaxRangeItems)
	}
}

// arity describes how many arguments sig takes: "2 arguments", "at least
// 1 argument", "2 or 3 arguments", "no arguments".
func arity(sig Signature) string {
	switch {
	case sig.MaxArgs < 0:
		return "at least " + plural(sig.MinArgs, "argument")
	case sig.MinArgs == sig.MaxArgs && sig.MinArgs == 0:
		return "no arguments"
	case sig.MinArgs == sig.MaxArgs:
		return plural(sig.MinArgs, "argument")
	case sig.MaxArgs == sig.MinArgs+1:
		return fmt.Sprintf("%d or %d arguments", sig.MinArgs, sig.MaxArgs)
	}
	return fmt.Sprintf("%d to %d arguments", sig.MinArgs, sig.MaxArgs)
}

// plural writes n and the noun, adding "s" unless n is 1.
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// verb returns " follows" for one value and " follow" otherwise.
func verb(n int) string {
	if n == 1 {
		return " follows"
	}
	return " follow"
}

// suggest returns a hint naming a known function that differs from name
// only in letter case, or "".
func suggest(name string) string {
	for known := range Functions {
		if strings.EqualFold(known, name) {
			return fmt.Sprintf(" (did you mean %s?)", known)
		}
	}
	return ""
}
