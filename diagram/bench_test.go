package diagram

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stepwise-go/stepwise/asl"
)

// chainMachine returns a definition of n states in sequence, every fifth a
// Task that catches to a shared handler and every seventh a Choice that
// may jump back a few states: the shape of a long real workflow.
func chainMachine(n int) string {
	var b strings.Builder
	b.WriteString(`{"StartAt": "S0", "States": {"Handler": {"Type": "Fail"}`)
	for i := range n {
		next := fmt.Sprintf("S%d", i+1)
		switch {
		case i%7 == 3:
			back := fmt.Sprintf("S%d", max(0, i-3))
			fmt.Fprintf(&b, `, "S%d": {"Type": "Choice", "Choices": [{"Variable": "$.a", "NumericEquals": %d, "Next": %q}], "Default": %q}`, i, i, back, next)
		case i%5 == 0:
			fmt.Fprintf(&b, `, "S%d": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage", "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Handler"}], "Next": %q}`, i, next)
		default:
			fmt.Fprintf(&b, `, "S%d": {"Type": "Pass", "Next": %q}`, i, next)
		}
	}
	fmt.Fprintf(&b, `, "S%d": {"Type": "Succeed"}}}`, n)
	return b.String()
}

// denseMachine returns a definition of n states where every state is a
// Choice with four rules to random states: many edges crossing many layers.
func denseMachine(n int) string {
	r := rand.New(rand.NewPCG(7, uint64(n)))
	var b strings.Builder
	b.WriteString(`{"StartAt": "S0", "States": {`)
	for i := range n {
		if i > 0 {
			b.WriteString(", ")
		}
		if i == n-1 {
			fmt.Fprintf(&b, `"S%d": {"Type": "Succeed"}`, i)
			continue
		}
		fmt.Fprintf(&b, `"S%d": {"Type": "Choice", "Choices": [`, i)
		for k := range 4 {
			if k > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, `{"Variable": "$.v", "NumericEquals": %d, "Next": "S%d"}`, k, r.IntN(n))
		}
		fmt.Fprintf(&b, `], "Default": "S%d"}`, i+1)
	}
	b.WriteString("}}")
	return b.String()
}

func benchSVG(b *testing.B, def string) {
	m, diags := asl.Parse([]byte(def))
	if m == nil {
		b.Fatalf("definition does not parse: %v", diags)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		New(m).SVG()
	}
}

func BenchmarkSVGChain(b *testing.B) {
	for _, n := range []int{1000, 2000, 3000} {
		b.Run(fmt.Sprintf("states=%d", n), func(b *testing.B) { benchSVG(b, chainMachine(n)) })
	}
}

func BenchmarkSVGDense(b *testing.B) {
	for _, n := range []int{250, 500, 1000} {
		b.Run(fmt.Sprintf("states=%d", n), func(b *testing.B) { benchSVG(b, denseMachine(n)) })
	}
}
