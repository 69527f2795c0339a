package asl_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stepwise-go/stepwise/asl"
)

// FuzzParse feeds arbitrary bytes to the parser and validator: they must
// never panic, and whatever parses without problems must round-trip.
func FuzzParse(f *testing.F) {
	for _, tc := range ruleCases {
		f.Add([]byte(tc.bad))
		f.Add([]byte(tc.good))
	}
	if files, _ := filepath.Glob(filepath.Join(corpusDir, "*", "*.json")); len(files) > 0 {
		for _, name := range files[:min(len(files), 60)] {
			if data, err := os.ReadFile(name); err == nil {
				f.Add(data)
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		m, diags := asl.ParseAndValidate(data)
		for _, d := range diags {
			_ = d.String()
			_ = d.At.Pointer()
		}
		if m == nil {
			return
		}
		first := asl.Render(m)
		m2, d2 := asl.Parse(first)
		if m2 == nil {
			t.Fatalf("rendered model is not JSON: %v\n%s", d2, first)
		}
		if second := asl.Render(m2); !bytes.Equal(first, second) {
			t.Fatalf("render is not a fixed point:\n%s\n%s", first, second)
		}
		if pretty, size := asl.RenderMeasured(m); !bytes.Equal(pretty, first) || size != len(asl.RenderCompact(m)) {
			t.Fatalf("RenderMeasured gives %d compact bytes, RenderCompact %d", size, len(asl.RenderCompact(m)))
		}
		if pretty, size := writeByState(m); !bytes.Equal(pretty, first) || size != len(asl.RenderCompact(m)) {
			t.Fatalf("MachineWriter gives %d compact bytes, RenderCompact %d; text equal: %v", size, len(asl.RenderCompact(m)), bytes.Equal(pretty, first))
		}
		if !diags.HasErrors() {
			checkRoundTrip(t, data, m)
		}
	})
}
