package diagram

import (
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
		budget := max(minDummyBudget, dummiesPerVertex*len(l.vertices))
		if d := dummyCount(l); d > budget {
			t.Errorf("%s: %d dummies, budget %d", tc.name, d, budget)
		}
	}
}

// TestLaneRoutes checks the route of every edge in a lane: it runs in a
// lane outside every box, its horizontal runs lie in the gaps between
// layers, it is made of vertical and horizontal pieces only outside the
// layers, and it starts and ends at its states.
func TestLaneRoutes(t *testing.T) {
	for _, tc := range []struct {
		name string
		def  string
	}{
		{"chain 600", chainMachine(600)},
		{"dense 300", denseMachine(300)},
	} {
		l := layoutOf(t, tc.def)
		checkLayout(t, l, tc.name)
		left, right := l.w, 0.0
		for _, v := range l.allVertices() {
			if v.isBox() || v.label != nil {
				left, right = min(left, v.x-v.w/2), max(right, v.x+v.w/2+v.right)
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
			if c.laneX > left && c.laneX < right {
				t.Fatalf("%s: lane of edge %s→%s at x=%.1f runs among the boxes (%.1f..%.1f)", tc.name, c.edge.From.Name, c.edge.To.Name, c.laneX, left, right)
			}
			onLane := 0
			for i := 0; i+1 < len(c.points); i++ {
				p, q := c.points[i], c.points[i+1]
				if p.y == q.y && !inGap(p.y) {
					t.Fatalf("%s: edge %s→%s runs across at y=%.1f, inside a layer", tc.name, c.edge.From.Name, c.edge.To.Name, p.y)
				}
				if p.x == c.laneX && q.x == c.laneX {
					onLane++
				}
			}
			if onLane != 1 {
				t.Fatalf("%s: edge %s→%s has %d pieces in its lane, want 1: %v", tc.name, c.edge.From.Name, c.edge.To.Name, onLane, c.points)
			}
		}
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
