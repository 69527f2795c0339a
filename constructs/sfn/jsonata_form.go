package sfn

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/stepwise-go/stepwise/intrinsic"
	"github.com/stepwise-go/stepwise/jsonpath"
	"github.com/stepwise-go/stepwise/jsontree"
)

// JSONata returns the JSONata expression (without {% %}, see Expr) that
// computes what p computes in a JSONPath state: "$" is
// "$states.input", "$.a['b c'][0]" is "$states.input.a.`b c`[0]",
// "$$.Task.Token" is "$states.context.Task.Token", "$name.x" (a variable)
// is "$name.x", and the intrinsic functions States.Format, StringToJson,
// JsonToString, Array, ArrayLength, MathAdd, UUID, Base64Encode,
// Base64Decode and JsonMerge (shallow) become their JSONata equivalents.
// Paths that select several nodes (wildcards, filters, slices, unions,
// "..", functions), names JSONata cannot quote (a backtick) and the other
// intrinsic functions have no automatic form: the error says which part
// is the obstacle; write the expression with Expr instead.
//
// The expressions agree with the JSONPath wherever the JSONPath finds a
// value (a differential test checks this against jsonata 2.0.6); where
// the JSONPath fails the state, JSONata may give undefined instead.
// Integrations and the JSONata fields (Output, Arguments, and Assign and
// ItemSelector in JSONata states) convert Path values with it.
func (p Path) JSONata() (string, error) {
	s := string(p)
	if strings.HasPrefix(strings.TrimSpace(s), "States.") {
		c, err := intrinsic.Parse(s)
		if err != nil {
			return "", fmt.Errorf("%q: %v", s, err)
		}
		out, err := jsonataCall(c, 0)
		if err != nil {
			return "", fmt.Errorf("%q: %v", s, err)
		}
		return out, nil
	}
	out, err := jsonataPath(s)
	if err != nil {
		return "", fmt.Errorf("%q: %v", s, err)
	}
	return out, nil
}

// plainName is a member name JSONata reads without backticks.
var plainName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// jsonataWords are names that JSONata reads as operators or literals in a
// path step, so they need backticks.
var jsonataWords = map[string]bool{"and": true, "or": true, "in": true, "true": true, "false": true, "null": true, "function": true}

// jsonataPath translates a reference path.
func jsonataPath(s string) (string, error) {
	parsed, err := jsonpath.Parse(s)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	switch parsed.Root {
	case jsonpath.Input:
		b.WriteString("$states.input")
	case jsonpath.Context:
		b.WriteString("$states.context")
	case jsonpath.Variable:
		if !plainName.MatchString(parsed.Variable) {
			return "", fmt.Errorf("the variable name %q has no JSONata form", parsed.Variable)
		}
		b.WriteString("$" + parsed.Variable)
	}
	prevIndex := false
	for _, seg := range parsed.Segments {
		switch seg.Kind {
		case jsonpath.Field:
			switch {
			case plainName.MatchString(seg.Name) && !jsonataWords[seg.Name]:
				b.WriteString("." + seg.Name)
			case strings.Contains(seg.Name, "`"):
				return "", fmt.Errorf("the name %q holds a backtick, which a JSONata name cannot hold", seg.Name)
			default:
				b.WriteString(".`" + seg.Name + "`")
			}
			prevIndex = false
		case jsonpath.Index:
			if prevIndex {
				// a[0][1] in JSONata filters the one result of a[0] again;
				// the block makes the second index select inside it.
				out := "(" + b.String() + ")"
				b.Reset()
				b.WriteString(out)
			}
			b.WriteString("[" + strconv.Itoa(seg.Index) + "]")
			prevIndex = true
		default:
			return "", fmt.Errorf("%s selects with %s, which has no automatic JSONata form; write the expression with sfn.Expr", seg.Text, seg.Kind)
		}
	}
	return b.String(), nil
}

// jsonataCall translates an intrinsic function call.
func jsonataCall(c *intrinsic.Call, depth int) (string, error) {
	if depth > 32 {
		return "", fmt.Errorf("calls nest too deeply")
	}
	args := make([]string, len(c.Args))
	for i, a := range c.Args {
		if c.Name == "States.Format" && i == 0 {
			continue // the template is split below
		}
		s, err := jsonataArg(a, depth)
		if err != nil {
			return "", err
		}
		args[i] = s
	}
	want := func(n int) error {
		if len(args) != n {
			return fmt.Errorf("%s takes %d arguments, not %d", c.Name, n, len(args))
		}
		return nil
	}
	switch c.Name {
	case "States.Format":
		return jsonataFormat(c, args)
	case "States.StringToJson":
		return "$parse(" + strings.Join(args, ", ") + ")", want(1)
	case "States.JsonToString":
		// $string leaves a string as it is; JSON quotes it.
		return fmt.Sprintf(`($v := %s; $type($v) = "string" ? $substring($string([$v]), 1, $length($string([$v])) - 2) : $string($v))`,
			strings.Join(args, ", ")), want(1)
	case "States.Array":
		return jsonataArray(args), nil
	case "States.ArrayLength":
		return "$count(" + strings.Join(args, ", ") + ")", want(1)
	case "States.MathAdd":
		if err := want(2); err != nil {
			return "", err
		}
		return "(" + args[0] + " + " + args[1] + ")", nil
	case "States.UUID":
		return "$uuid()", want(0)
	case "States.Base64Encode":
		return "$base64encode(" + strings.Join(args, ", ") + ")", want(1)
	case "States.Base64Decode":
		return "$base64decode(" + strings.Join(args, ", ") + ")", want(1)
	case "States.JsonMerge":
		if err := want(3); err != nil {
			return "", err
		}
		if c.Args[2].Kind != intrinsic.Boolean || c.Args[2].Text != "false" {
			return "", fmt.Errorf("States.JsonMerge has a JSONata form only for a shallow merge (third argument false)")
		}
		return "$merge([" + args[0] + ", " + args[1] + "])", nil
	}
	return "", fmt.Errorf("%s has no automatic JSONata form; write the expression with sfn.Expr", c.Name)
}

// jsonataArg translates one argument of a call.
func jsonataArg(a intrinsic.Arg, depth int) (string, error) {
	switch a.Kind {
	case intrinsic.String:
		return jsonataString(a.Text), nil
	case intrinsic.Number:
		if _, err := strconv.ParseFloat(a.Text, 64); err != nil {
			return "", fmt.Errorf("the number %s has no JSONata form", a.Text)
		}
		return "(" + a.Text + ")", nil
	case intrinsic.Boolean, intrinsic.Null:
		return a.Text, nil
	case intrinsic.Path:
		s, err := jsonataPath(a.Text)
		if err != nil {
			return "", fmt.Errorf("%s: %v", a.Text, err)
		}
		return "(" + s + ")", nil
	case intrinsic.Nested:
		if a.Call == nil {
			return "", fmt.Errorf("an empty nested call")
		}
		s, err := jsonataCall(a.Call, depth+1)
		if err != nil {
			return "", err
		}
		return "(" + s + ")", nil
	}
	return "", fmt.Errorf("an argument of kind %s has no JSONata form", a.Kind)
}

// jsonataArray builds States.Array: each value becomes one element, even
// an array (a JSONata array constructor would splice it in, so an array
// value is wrapped once more).
func jsonataArray(args []string) string {
	if len(args) == 0 {
		return "[]"
	}
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = fmt.Sprintf(`($v := %s; $type($v) = "array" ? [[$v]] : [$v])`, a)
	}
	out := parts[0]
	for _, p := range parts[1:] {
		out = "$append(" + out + ", " + p + ")"
	}
	return out
}

// formatValue is how States.Format prints one value in JSONata: strings
// bare, integers, booleans and null as JSON; the rest (objects, arrays,
// numbers that Java prints in exponent form) fail the state with a
// message instead of printing differently from AWS.
const formatValue = `($v := %s; $type($v) = "string" ? $v : ` +
	`$type($v) in ["boolean", "null"] or $type($v) = "number" and ($v = $floor($v) and $abs($v) < 9223372036854775807 or $abs($v) >= 0.001 and $abs($v) < 10000000) ? $string($v) : ` +
	`$error("States.Format: this value has no JSONata form that prints as AWS prints it"))`

// jsonataFormat builds States.Format: the template's pieces joined with
// the printed values.
func jsonataFormat(c *intrinsic.Call, args []string) (string, error) {
	if len(c.Args) == 0 || c.Args[0].Kind != intrinsic.String {
		return "", fmt.Errorf("States.Format has a JSONata form only with a literal template")
	}
	pieces := templatePieces(c.Args[0])
	if len(pieces)-1 != len(args)-1 {
		return "", fmt.Errorf("the template has %d placeholders but %d values follow", len(pieces)-1, len(args)-1)
	}
	parts := make([]string, 0, 2*len(pieces))
	for i, p := range pieces {
		if p != "" || len(pieces) == 1 {
			parts = append(parts, jsonataString(p))
		}
		if i+1 < len(pieces) {
			parts = append(parts, fmt.Sprintf(formatValue, args[i+1]))
		}
	}
	return "(" + strings.Join(parts, " & ") + ")", nil
}

// templatePieces splits a Format template at its unescaped "{}".
func templatePieces(a intrinsic.Arg) []string {
	lit := a.Raw
	if lit == "" || lit[0] != '\'' {
		lit = intrinsic.QuoteTemplate(a.Text)
	}
	return intrinsic.SplitTemplate(lit)
}

// jsonataString writes s as a JSONata string literal (JSON's escapes).
func jsonataString(s string) string { return string(jsontree.AppendString(nil, s)) }
