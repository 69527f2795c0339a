package integrations_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/constructs/integrations"
	"github.com/stepwise-go/stepwise/constructs/sfn"
	"github.com/stepwise-go/stepwise/constructs/sfn/states"
	"github.com/stepwise-go/stepwise/constructs/workflows"
)

// checkSynthValidates synthesizes m and validates the text the way
// `stepwise validate` does: what Synth emits must have no errors.
func checkSynthValidates(t *testing.T, name string, m *sfn.StateMachine) bool {
	t.Helper()
	out, err := m.Synth()
	if err != nil {
		return false // refused with problems: nothing emitted
	}
	if _, diags := asl.ParseAndValidate(out); len(diags) > 0 {
		t.Errorf("%s: synthesized, but validation reports (errors and warnings):\n%v\n%s", name, diags, out)
	}
	return true
}

func TestSynthValidatesExamples(t *testing.T) {
	for _, w := range workflows.All() {
		if !checkSynthValidates(t, w.Name, w.Build()) {
			t.Errorf("%s does not synthesize", w.Name)
		}
	}
}

// randomValue returns a payload value: literals, Paths (some without a
// JSONata form) and intrinsic calls.
func randomValue(r *rand.Rand, depth int) any {
	switch r.IntN(9) {
	case 0:
		return sfn.Path("$.a-b")
	case 1:
		return sfn.Path("$['x y'][0]")
	case 2:
		return sfn.Path("$.items[*].id") // no JSONata form
	case 3:
		return states.Format("id {}", sfn.Path("$.id"))
	case 4:
		return states.JsonToString(sfn.Path("$.obj"))
	case 5:
		return sfn.ContextExecutionID
	case 6:
		if depth < 2 {
			return map[string]any{"k": randomValue(r, depth+1), "n": 1}
		}
	case 7:
		return states.Hash(sfn.Path("$.x"), states.SHA256) // no JSONata form
	}
	return "literal"
}

// randomMachine builds a small machine of integration tasks, Pass, Choice,
// Map and Parallel states whose payloads hold random values.
func randomMachine(r *rand.Rand, id int) *sfn.StateMachine {
	n := 0
	name := func(kind string) string { n++; return fmt.Sprintf("%s %d", kind, n) }
	fn := integrations.LambdaFunction("Fn")
	var chain func(depth int) sfn.Chainable
	chain = func(depth int) sfn.Chainable {
		var c []sfn.Chainable
		for range 1 + r.IntN(3) {
			var s sfn.Chainable
			switch k := r.IntN(6); {
			case k == 0:
				s = integrations.LambdaInvoke(name("Invoke"), integrations.LambdaInvokeProps{Function: fn,
					Payload: map[string]any{"v": randomValue(r, 0)}})
			case k == 1:
				s = sfn.NewPass(name("Pass")).Assign(map[string]any{"v": randomValue(r, 0)})
			case k == 2 && depth < 2:
				s = sfn.NewMap(name("Map")).ItemSelector(map[string]any{"v": randomValue(r, 0)}).ItemProcessor(chain(depth + 1))
			case k == 3 && depth < 2:
				s = sfn.NewParallel(name("Parallel")).Branch(chain(depth + 1))
			default:
				s = sfn.NewPass(name("Pass")).Parameters(map[string]any{"v": randomValue(r, 0)})
			}
			c = append(c, s)
		}
		return sfn.Sequence(c[0], c[1:]...)
	}
	m := sfn.NewStateMachine(fmt.Sprintf("Random%d", id), chain(0))
	if r.IntN(2) == 0 {
		m.QueryLanguage(sfn.JSONata)
	}
	return m
}

// TestSynthValidatesGenerated: random DSL machines either are refused
// with problems or synthesize into definitions that validate.
func TestSynthValidatesGenerated(t *testing.T) {
	r := rand.New(rand.NewPCG(15, 15))
	synthesized := 0
	for i := range 300 {
		if checkSynthValidates(t, fmt.Sprintf("random machine %d", i), randomMachine(r, i)) {
			synthesized++
		}
	}
	if synthesized < 30 {
		t.Errorf("only %d of 300 generated machines synthesized: the generator tests too little", synthesized)
	}
}
