package diagram_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/diagram"
)

// nestedParallels returns a definition of Parallel states nested levels
// deep (P0 at the top level, P1 in its branch, …), the innermost holding
// inner as its branch's only state.
func nestedParallels(levels int, inner string) string {
	def := `{"StartAt": "X", "States": {"X": ` + inner + `}}`
	for i := levels - 1; i >= 0; i-- {
		def = fmt.Sprintf(`{"StartAt": "P%d", "States": {"P%d": {"Type": "Parallel", "Branches": [%s], "End": true}}}`, i, i, def)
	}
	return def
}

func TestWarningsPastDepthLimit(t *testing.T) {
	pass := `{"Type": "Pass", "End": true}`
	mapState := `{"Type": "Map", "ItemProcessor": {"StartAt": "Y", "States": {"Y": {"Type": "Pass", "End": true}}}, "End": true}`
	twoBranches := `{"Type": "Parallel", "Branches": [{"StartAt": "Y", "States": {"Y": {"Type": "Pass", "End": true}}}, {"StartAt": "Z", "States": {"Z": {"Type": "Pass", "End": true}}}], "End": true}`
	tests := []struct {
		name   string
		def    string
		want   []string // the warnings' messages
		inPath string   // the last name of the first warning's path
	}{
		{"a Pass at the limit loses nothing", nestedParallels(100, pass), nil, ""},
		{"a Map at the limit loses its processor", nestedParallels(100, mapState), []string{"its item processor is not drawn"}, "X"},
		{"a Parallel past the limit loses its branches", nestedParallels(101, twoBranches), []string{"its 1 branch is not drawn"}, "P100"},
		{"a two-branch Parallel at the limit loses both", nestedParallels(100, twoBranches), []string{"its 2 branches are not drawn"}, "X"},
		{"shallow machines warn of nothing", nestedParallels(3, twoBranches), nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, diags := asl.Parse([]byte(tc.def))
			if m == nil {
				t.Fatalf("does not parse: %v", diags)
			}
			d := diagram.New(m)
			if len(d.Warnings) != len(tc.want) {
				t.Fatalf("warnings = %v, want %d", d.Warnings, len(tc.want))
			}
			for i, w := range d.Warnings {
				if !strings.HasPrefix(w.Message, tc.want[i]) {
					t.Errorf("warning %d = %q, want it to start with %q", i, w.Message, tc.want[i])
				}
			}
			if len(d.Warnings) > 0 {
				path := d.Warnings[0].Path
				if path[0] != "P0" || path[len(path)-1] != tc.inPath {
					t.Errorf("path = %v, want P0 … %s", path, tc.inPath)
				}
				if s := d.Warnings[0].String(); !strings.HasPrefix(s, `state "P0" > "P1" > `) {
					t.Errorf("String() = %q", s)
				}
			}
			d.SVG() // draws without the dropped blocks
		})
	}
}

func ExampleWarning() {
	m, _ := asl.Parse([]byte(`{"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}}`))
	d := diagram.New(m)
	fmt.Println(len(d.Warnings), "warnings")
	w := diagram.Warning{Path: []string{"Outer", "Inner"}, Message: "its 2 branches are not drawn"}
	fmt.Println(w)
	// Output:
	// 0 warnings
	// state "Outer" > "Inner": its 2 branches are not drawn
}
