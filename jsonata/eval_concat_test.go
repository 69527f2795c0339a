package jsonata

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stepwise-go/stepwise/value"
)

// Chains of & joined at once (concatChain) against the same programs with
// every & evaluated node by node: the same values, and the same error
// code, position and token, also inside races (array constructors,
// object values) where an error's timing decides which one is reported.
func TestConcatChainsMatchNodeByNode(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	operands := []string{`"a"`, `1.5`, `b`, `nothing`, `{"x": [1]}`, `true`, `null`, `$string(b)`,
		`$error("e1")`, `$error("e2")`, `("p" & b)`, `("q" & $error("e3"))[0]`, `$sum`, `[1, "s"]`, `$uppercase("k")`}
	chain := func() string {
		parts := make([]string, 2+rng.IntN(5))
		for i := range parts {
			parts[i] = operands[rng.IntN(len(operands))]
		}
		return strings.Join(parts, " & ")
	}
	forms := []string{"%s", "[%s, %s]", `{"k": %s, "l": %s}`, "$map([1, 2], function($v){ %s })", "(%s)[]", "[%s][0] & %s"}
	doc, _ := value.ParseString(`{"b": "B"}`)
	for i := 0; i < 3000; i++ {
		form := forms[rng.IntN(len(forms))]
		args := make([]any, strings.Count(form, "%s"))
		for k := range args {
			args[k] = chain()
		}
		src := fmt.Sprintf(form, args...)
		joined, err := CompileString(src)
		if err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		nodeByNode, _ := CompileString(src)
		walkCompiled(nodeByNode.root, func(c *cnode) { c.concatChain = false })
		got, gerr := joined.Eval(doc, nil)
		want, werr := nodeByNode.Eval(doc, nil)
		if describe(got, gerr) != describe(want, werr) {
			t.Fatalf("%s:\njoined       %s\nnode by node %s", src, describe(got, gerr), describe(want, werr))
		}
	}
}

// describe is a result as the test compares it.
func describe(v value.Value, err error) string {
	if err != nil {
		e := err.(*Error)
		return fmt.Sprintf("error %s at %d token %q: %s", e.Code, e.Pos, e.Token, e.Error())
	}
	return string(value.Marshal(v))
}

// The values jsonata-js 2.0.6 gives for chains of &.
func TestConcatChains(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{`"a" & $sum & "b"`, `"ab"`},
		{`"a" & {"x": 1} & [1,2] & null & true & 1.5`, `"a{\"x\":1}[1,2]nulltrue1.5"`},
		{`"a" & nothing & "c" & $x`, `"ac"`},
		{`"a" & ("b" & "c")[0] & "d"`, `"abcd"`},
		{`("a" & "b")[] & "c"`, `"abc"`},
		{`1 & 2 & 3`, `"123"`},
		{`$map(["x", "y"], function($v){ $v & "-" & $v & "-" & $string($v & $v & $v) })`, `["x-x-xxx","y-y-yyy"]`},
	} {
		v, err := mustEval(t, c.src, nil, nil)
		if err != nil {
			t.Fatalf("%s: %v", c.src, err)
		}
		if got := string(value.Marshal(v)); got != c.want {
			t.Errorf("%s = %s, want %s", c.src, got, c.want)
		}
	}
}
