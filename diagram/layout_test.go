package diagram

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/constructs/workflows"
)

// rect is a box for the overlap checks.
type rect struct {
	what       string
	x0, y0, x1 float64
	y1         float64
}

func (a rect) overlaps(b rect) bool {
	const eps = 0.5
	return a.x0 < b.x1-eps && b.x0 < a.x1-eps && a.y0 < b.y1-eps && b.y0 < a.y1-eps
}

// checkLayout checks what a reader needs of a picture: no two boxes or
// labels of a block overlap, everything lies inside its block, frames lie
// inside their Parallel or Map box and hold their blocks.
func checkLayout(t *testing.T, l *blockLayout, where string) {
	t.Helper()
	var boxes []rect
	for _, v := range l.allVertices() {
		if v.isDummy() || v.node != nil && v.node.Kind == PointNode {
			continue
		}
		r := rect{describe(v), v.x - v.w/2, v.y - v.h/2, v.x + v.w/2 + v.right, v.y + v.h/2}
		if r.x0 < -0.5 || r.y0 < -0.5 || r.x1 > l.w+0.5 || r.y1 > l.h+0.5 {
			t.Errorf("%s: %s lies outside its block (%.1f×%.1f): %+v", where, r.what, l.w, l.h, r)
		}
		for _, o := range boxes {
			if r.overlaps(o) {
				t.Errorf("%s: %s overlaps %s", where, r.what, o.what)
			}
		}
		boxes = append(boxes, r)
		if v.inner != nil {
			checkCompound(t, v.inner, where+" > "+v.node.Name)
		}
	}
}

func checkCompound(t *testing.T, c *compound, where string) {
	t.Helper()
	var frames []rect
	for i, f := range c.frames {
		r := rect{fmt.Sprintf("frame %d", i+1), f.x, f.y, f.x + f.w, f.y + f.h}
		if r.x0 < 0 || r.x1 > c.w+0.5 || r.y0 < c.headerH || r.y1 > c.h {
			t.Errorf("%s: %s lies outside the state's box", where, r.what)
		}
		for _, o := range frames {
			if r.overlaps(o) {
				t.Errorf("%s: %s overlaps %s", where, r.what, o.what)
			}
		}
		frames = append(frames, r)
		if f.innerX < 0 || f.innerX+f.layout.w > f.w+0.5 || f.innerY+f.layout.h > f.h+0.5 {
			t.Errorf("%s: the block of %s sticks out of it", where, r.what)
		}
		tw := textWidth(clean(f.block.Title), smallSize, false)
		if f.titleX < 0 || f.titleX+tw > f.w+0.5 {
			t.Errorf("%s: the title of %s sticks out of it", where, r.what)
		}
		if e := f.innerX + f.layout.entry.x; e > f.titleX-6 && e < f.titleX+tw+6 {
			t.Errorf("%s: the line into %s crosses its title", where, r.what)
		}
		checkLayout(t, f.layout, where+" > "+f.block.Title)
	}
}

func describe(v *vertex) string {
	switch {
	case v.node != nil:
		return fmt.Sprintf("state %q", v.node.Name)
	case v.label != nil:
		return fmt.Sprintf("label %q", strings.Join(v.label, " "))
	}
	return "dummy"
}

func TestLayoutExamples(t *testing.T) {
	for _, w := range workflows.All() {
		m, _ := w.Build().Build()
		checkLayout(t, layoutBlock(New(m).Top, 0), w.Name)
	}
}

// TestLayoutCorpus lays out every definition of the corpus beside the
// repository, valid or not.
func TestLayoutCorpus(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "corpus")
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.json"))
	if len(files) == 0 {
		t.Skipf("corpus not found at %s (it lives in ../shared beside the repository); skipping", dir)
	}
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if m, _ := asl.Parse(data); m != nil {
			checkLayout(t, layoutBlock(New(m).Top, 0), filepath.Base(file))
		}
	}
}

// randomMachine returns a definition of n states with random transitions:
// loops, Choices with several rules, Catches, nested Parallels and Maps,
// and transitions to missing states.
func randomMachine(r *rand.Rand, n, depth int) string {
	var b strings.Builder
	name := func(i int) string { return fmt.Sprintf("S%d-%d", depth, i) }
	target := func() string {
		if r.IntN(20) == 0 {
			return "Missing"
		}
		return name(r.IntN(n))
	}
	fmt.Fprintf(&b, `{"StartAt": %q, "States": {`, name(0))
	for i := range n {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, "%q: ", name(i))
		next := fmt.Sprintf(`"Next": %q`, target())
		if r.IntN(4) == 0 {
			next = `"End": true`
		}
		switch k := r.IntN(10); {
		case k < 3:
			fmt.Fprintf(&b, `{"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Catch": [{"ErrorEquals": ["States.ALL"], "Next": %q}], %s}`, target(), next)
		case k < 5:
			fmt.Fprintf(&b, `{"Type": "Choice", "Choices": [{"Variable": "$.a", "NumericEquals": 1, "Next": %q}, {"Variable": "$.b", "IsPresent": true, "Next": %q}], "Default": %q}`, target(), target(), target())
		case k == 5 && depth < 2:
			fmt.Fprintf(&b, `{"Type": "Parallel", "Branches": [%s, %s], %s}`, randomMachine(r, 1+r.IntN(4), depth+1), randomMachine(r, 1+r.IntN(3), depth+1), next)
		case k == 6 && depth < 2:
			fmt.Fprintf(&b, `{"Type": "Map", "ItemProcessor": %s, %s}`, randomMachine(r, 1+r.IntN(4), depth+1), next)
		case k == 7:
			b.WriteString(`{"Type": "Fail"}`)
		default:
			fmt.Fprintf(&b, `{"Type": "Pass", %s}`, next)
		}
	}
	b.WriteString("}}")
	return b.String()
}

func TestLayoutRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 200 {
		def := randomMachine(r, 1+r.IntN(12), 0)
		m, diags := asl.Parse([]byte(def))
		if m == nil {
			t.Fatalf("generated definition does not parse: %v\n%s", diags, def)
		}
		d := New(m)
		checkLayout(t, layoutBlock(d.Top, 0), fmt.Sprintf("random %d", i))
		if t.Failed() {
			t.Fatalf("definition:\n%s", def)
		}
	}
}

// TestLayoutLarge checks that big machines are drawn in reasonable time:
// a chain of 2,000 states, 150 tasks that all catch to one handler (whose
// edges cross many layers), and the benchmarks' largest machines (a
// 3,000-state chain and a dense 1,000-state machine, which took 25 s and
// 154 s before edges ran in lanes; now about 0.1 s each).
func TestLayoutLarge(t *testing.T) {
	var chain, fan strings.Builder
	chain.WriteString(`{"StartAt": "S0", "States": {`)
	fan.WriteString(`{"StartAt": "S0", "States": {"Handler": {"Type": "Fail"}`)
	for i := range 2000 {
		if i > 0 {
			chain.WriteString(",")
		}
		fmt.Fprintf(&chain, `"S%d": {"Type": "Pass", "Next": "S%d"}`, i, i+1)
		if i < 150 {
			fmt.Fprintf(&fan, `, "S%d": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage", "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Handler"}], "Next": "S%d"}`, i, i+1)
		}
	}
	chain.WriteString(`, "S2000": {"Type": "Succeed"}}}`)
	fan.WriteString(`, "S150": {"Type": "Succeed"}}}`)
	for _, def := range []string{chain.String(), fan.String(), chainMachine(3000), denseMachine(1000)} {
		m, _ := asl.Parse([]byte(def))
		start := time.Now()
		New(m).SVG()
		if d := time.Since(start); d > 10*time.Second {
			t.Errorf("drawing took %v", d)
		}
	}
}
