package diagram

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/constructs/workflows"
)

// layoutOf parses def and lays out its top-level block.
func layoutOf(t *testing.T, def string) *blockLayout {
	t.Helper()
	m, diags := asl.Parse([]byte(def))
	if m == nil {
		t.Fatalf("definition does not parse: %v", diags)
	}
	return layoutBlock(New(m).Top, 0)
}

// laned returns how many of l's edges run in lanes.
func laned(l *blockLayout) int {
	n := 0
	for _, c := range l.chains {
		if c.laneAfter >= 0 {
			n++
		}
	}
	return n
}

// dummyCount returns how many dummy vertices l holds (labels excluded).
func dummyCount(l *blockLayout) int {
	n := 0
	for _, v := range l.allVertices() {
		if v.isDummy() {
			n++
		}
	}
	return n
}

// TestLanesOnlyOnBigGraphs: the example workflows stay under the dummy
// budget (their pictures do not change), big machines go over it and
// route their longest edges in lanes, which keeps the dummies within the
// budget.
func TestLanesOnlyOnBigGraphs(t *testing.T) {
	for _, w := range workflows.All() {
		m, _ := w.Build().Build()
		if l := layoutBlock(New(m).Top, 0); laned(l) != 0 {
			t.Errorf("%s: %d edges in lanes, want none", w.Name, laned(l))
		}
	}
	for _, tc := range []struct {
		name string
		def  string
	}{
		{"chain 3000", chainMachine(3000)},
		{"dense 1000", denseMachine(1000)},
	} {
		l := layoutOf(t, tc.def)
		if laned(l) == 0 {
			t.Errorf("%s: no edge in a lane", tc.name)
		}
		budget := defaultBudget.of(len(l.vertices))
		if d := dummyCount(l); d > budget {
			t.Errorf("%s: %d dummies, budget %d", tc.name, d, budget)
		}
	}
}

// checkLanes checks the route of every edge in a lane of l and of its
// nested blocks: it runs in a lane outside every box and label, its
// horizontal runs lie in the gaps between layers, and exactly one piece
// of it runs along its lane.
func checkLanes(t *testing.T, l *blockLayout, where string) {
	t.Helper()
	left, right := l.w, 0.0
	for _, v := range l.allVertices() {
		if v.isBox() || v.label != nil || v.inner != nil {
			left, right = min(left, v.x-v.w/2), max(right, v.x+v.w/2+v.right)
		}
		if v.inner != nil {
			for _, f := range v.inner.frames {
				checkLanes(t, f.layout, where+" > "+v.node.Name+" > "+f.block.Title)
			}
		}
	}
	inGap := func(y float64) bool {
		for i := 0; i+1 < len(l.layers); i++ {
			if y > l.bandBottom(i) && y < l.bandTop(i+1) {
				return true
			}
		}
		return false
	}
	for _, c := range l.chains {
		if c.laneAfter < 0 {
			continue
		}
		what := fmt.Sprintf("%s: edge %s→%s", where, c.edge.From.Name, c.edge.To.Name)
		if c.laneX > left && c.laneX < right {
			t.Errorf("%s: lane at x=%.1f runs among the boxes (%.1f..%.1f)", what, c.laneX, left, right)
		}
		if c.laneX < 0 || c.laneX > l.w {
			t.Errorf("%s: lane at x=%.1f lies outside the block (width %.1f)", what, c.laneX, l.w)
		}
		onLane := 0
		for i := 0; i+1 < len(c.points); i++ {
			p, q := c.points[i], c.points[i+1]
			if p.y == q.y && !inGap(p.y) {
				t.Errorf("%s runs across at y=%.1f, inside a layer", what, p.y)
			}
			if p.x == c.laneX && q.x == c.laneX {
				onLane++
			}
		}
		if onLane != 1 {
			t.Errorf("%s has %d pieces in its lane, want 1: %v", what, onLane, c.points)
		}
	}
}

// TestLaneRoutes checks lanes on the benchmark machines, which go over
// the default budget.
func TestLaneRoutes(t *testing.T) {
	for _, tc := range []struct {
		name string
		def  string
	}{
		{"chain 600", chainMachine(600)},
		{"dense 300", denseMachine(300)},
	} {
		l := layoutOf(t, tc.def)
		if laned(l) == 0 {
			t.Fatalf("%s: no edge in a lane", tc.name)
		}
		checkLayout(t, l, tc.name)
		checkLanes(t, l, tc.name)
	}
}

// TestLaneRoutesRandom lays out random machines (loops, nested Parallels
// and Maps, missing targets, self-loops) with no dummy budget at all, so
// that every edge crossing more than two layers runs in a lane.
func TestLaneRoutesRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	lanes := 0
	for i := range 200 {
		def := randomMachine(r, 1+r.IntN(16), 0)
		m, diags := asl.Parse([]byte(def))
		if m == nil {
			t.Fatalf("generated definition does not parse: %v\n%s", diags, def)
		}
		l := layoutWithin(New(m).Top, 0, dummyBudget{})
		lanes += laned(l)
		where := fmt.Sprintf("random %d", i)
		checkLayout(t, l, where)
		checkLanes(t, l, where)
		if t.Failed() {
			t.Fatalf("definition:\n%s", def)
		}
	}
	if lanes == 0 {
		t.Fatal("no random machine routed an edge in a lane")
	}
}

func TestAssignLanes(t *testing.T) {
	mk := func(top, bottom int) *chain {
		from := &vertex{layer: top}
		to := &vertex{layer: bottom}
		return &chain{edge: &Edge{}, from: from, to: to, laneAfter: 0}
	}
	tests := []struct {
		name  string
		spans [][2]int
		lanes []int
		count int
	}{
		{"overlapping spans take different lanes", [][2]int{{0, 10}, {2, 8}, {5, 20}}, []int{0, 1, 2}, 3},
		{"a span starting where another ends reuses its lane", [][2]int{{0, 5}, {5, 9}}, []int{0, 0}, 1},
		{"the innermost free lane is reused first", [][2]int{{0, 4}, {1, 3}, {2, 9}, {4, 6}, {6, 8}}, []int{0, 1, 2, 0, 0}, 3},
		{"no spans, no lanes", nil, nil, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var cs []*chain
			for _, s := range tc.spans {
				cs = append(cs, mk(s[0], s[1]))
			}
			if n := assignLanes(cs); n != tc.count {
				t.Errorf("lanes used = %d, want %d", n, tc.count)
			}
			for i, c := range cs {
				if c.lane != tc.lanes[i] {
					t.Errorf("span %v: lane %d, want %d", tc.spans[i], c.lane, tc.lanes[i])
				}
			}
		})
	}
}

// TestOrderRoundsBounded: small blocks get every sweep, huge ones fewer
// but never fewer than the minimum.
func TestOrderRoundsBounded(t *testing.T) {
	for _, tc := range []struct{ size, want int }{
		{10, maxOrderRounds},
		{orderWork / maxOrderRounds, maxOrderRounds},
		{orderWork / 10, 10},
		{orderWork, minOrderRounds},
	} {
		l := &blockLayout{layers: [][]*vertex{make([]*vertex, tc.size)}}
		if got := l.orderRounds(); got != tc.want {
			t.Errorf("%d vertices: %d rounds, want %d", tc.size, got, tc.want)
		}
	}
}

// FuzzLanes lays out whatever the parser accepts with no dummy budget,
// so that every long edge runs in a lane, and checks the picture.
func FuzzLanes(f *testing.F) {
	r := rand.New(rand.NewPCG(5, 6))
	for range 4 {
		f.Add([]byte(randomMachine(r, 3+r.IntN(10), 0)))
	}
	f.Add([]byte(chainMachine(30)))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, _ := asl.Parse(data)
		if m == nil {
			return
		}
		l := layoutWithin(New(m).Top, 0, dummyBudget{})
		checkLayout(t, l, "fuzz")
		checkLanes(t, l, "fuzz")
	})
}
