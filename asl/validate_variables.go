package asl

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stepwise-go/stepwise/intrinsic"
	"github.com/stepwise-go/stepwise/jsonpath"
	"github.com/stepwise-go/stepwise/jsontree"
)

// stateFacts is what validation learned about one state for the variable
// checks: the variables its fields read.
type stateFacts struct {
	reads []varRead
}

// varRead is one use of a variable ($name) in a state's fields.
type varRead struct {
	name string
	at   Location
}

// read records that the state being checked reads variable name. Reads
// are rare, so the record is made only when one happens.
func (v *validator) read(sc *scope, name string, at Location) {
	if sc.state == nil || name == "states" {
		return
	}
	if v.facts == nil {
		v.facts = map[State]*stateFacts{}
	}
	f := v.facts[sc.state]
	if f == nil {
		f = &stateFacts{}
		v.facts[sc.state] = f
	}
	f.reads = append(f.reads, varRead{name, at})
}

// intrinsicReads records the variables an intrinsic call's path arguments
// read.
func (v *validator) intrinsicReads(sc *scope, at Location, c *intrinsic.Call) {
	for _, a := range c.Args {
		switch a.Kind {
		case intrinsic.Path:
			if p, err := jsonpath.Parse(a.Text); err == nil && p.Root == jsonpath.Variable {
				v.read(sc, p.Variable, at)
			}
		case intrinsic.Nested:
			if a.Call != nil {
				v.intrinsicReads(sc, at, a.Call)
			}
		}
	}
}

// MaxVariableNameLength is the longest variable name stepwise accepts.
const MaxVariableNameLength = 80

// variableNameProblem says what is wrong with a variable name, or "", and
// whether the problem makes the definition invalid. "states" (reserved for
// $states) and empty names are errors; names that $name syntax cannot
// reach (they need a letter or "_" first, then letters, digits and "_") are
// warnings: AWS's samples assign such names, but no path or expression can
// read them back.
func variableNameProblem(name string) (string, bool) {
	switch {
	case name == "":
		return "a variable name cannot be empty", true
	case name == "states":
		return `"states" is reserved: $states holds the state's input, result, error output and context`, true
	case utf8.RuneCountInString(name) > MaxVariableNameLength:
		return fmt.Sprintf("variable names have at most %d characters", MaxVariableNameLength), true
	}
	for i, r := range name {
		ok := r == '_' || unicode.IsLetter(r) || (i > 0 && (unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || unicode.Is(unicode.Pc, r)))
		if !ok {
			return fmt.Sprintf("$%s cannot be read back: a name read as $name starts with a letter or \"_\" and holds only letters, digits and \"_\"", name), false
		}
	}
	return "", false
}

// assignedNames returns the variable names an Assign object sets ("name.$"
// sets name).
func assignedNames(assign *jsontree.Value) []string {
	if assign == nil || assign.Kind != jsontree.Object {
		return nil
	}
	names := make([]string, 0, len(assign.Members))
	for _, m := range assign.Members {
		names = append(names, strings.TrimSuffix(m.Key, ".$"))
	}
	return names
}

// statesFields returns the fields of $states an expression reads
// ($states.input → "input"), outside string literals and comments.
func statesFields(expr string) []string {
	var out []string
	for i := 0; i < len(expr); i++ {
		switch c := expr[i]; {
		case c == '"' || c == '\'' || c == '`':
			i = skipQuoted(expr, i)
		case c == '/' && i+1 < len(expr) && expr[i+1] == '*':
			if end := strings.Index(expr[i+2:], "*/"); end >= 0 {
				i += end + 3
			} else {
				i = len(expr)
			}
		case strings.HasPrefix(expr[i:], "$states."):
			j := i + len("$states.")
			k := j
			for k < len(expr) && (expr[k] == '_' || unicode.IsLetter(rune(expr[k])) || unicode.IsDigit(rune(expr[k]))) {
				k++
			}
			if k > j {
				out = append(out, expr[j:k])
			}
			i = k - 1
		}
	}
	return out
}

// skipQuoted returns the index of the quote that closes the literal
// starting at i.
func skipQuoted(s string, i int) int {
	q := s[i]
	for j := i + 1; j < len(s); j++ {
		switch s[j] {
		case '\\':
			j++
		case q:
			return j
		}
	}
	return len(s)
}
