package asl_test

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/jsontree"
)

// writeByState renders m through a MachineWriter, one top-level state at
// a time.
func writeByState(m *asl.Machine) ([]byte, int) {
	w := asl.NewMachineWriter(m)
	for _, s := range m.States {
		w.State(s)
	}
	return w.Finish()
}

// TestMachineWriterMatchesRender: a machine whose text spans many of the
// writer's pieces comes out byte for byte as Render writes it, with the
// compact size RenderCompact has.
func TestMachineWriterMatchesRender(t *testing.T) {
	comment := "written state by state"
	m := &asl.Machine{Comment: &comment}
	m.StartAt = "P0"
	const n = 4000
	for i := range n {
		p := &asl.Pass{Base: asl.Base{Name: fmt.Sprint("P", i)}}
		p.Result = jsontree.NewString(fmt.Sprintf("%0200d", i))
		if i < n-1 {
			p.Next = fmt.Sprint("P", i+1)
		} else {
			end := true
			p.End = &end
		}
		m.States = append(m.States, p)
	}
	want := asl.Render(m)
	if len(want) < 1<<20 { // the writer works in pieces of 256 KiB
		t.Fatalf("the text has %d bytes; the test needs several pieces' worth", len(want))
	}
	for range 2 { // the second time reuses the pieces the first gave back
		got, compact := writeByState(m)
		if !bytes.Equal(got, want) {
			t.Fatalf("MachineWriter's text differs from Render's")
		}
		if wantCompact := len(asl.RenderCompact(m)); compact != wantCompact {
			t.Errorf("compact size %d, RenderCompact has %d bytes", compact, wantCompact)
		}
	}
}

func ExampleMachineWriter() {
	m := &asl.Machine{Graph: asl.Graph{StartAt: "Hello"}}
	w := asl.NewMachineWriter(m)
	w.State(&asl.Succeed{Base: asl.Base{Name: "Hello"}})
	text, compact := w.Finish()
	fmt.Printf("%s%d bytes compact\n", text, compact)
	// Output:
	// {
	//   "StartAt": "Hello",
	//   "States": {
	//     "Hello": {
	//       "Type": "Succeed"
	//     }
	//   }
	// }
	// 57 bytes compact
}
