package asl

import (
	"sync"

	"github.com/stepwise-go/stepwise/jsontree"
)

// MachineWriter writes the canonical text of a machine whose top-level
// states come one after another, for a caller that makes them in order
// and wants the text written meanwhile (Synth renders while it builds).
// The text is the same as RenderMeasured's. Make one with NewMachineWriter
// once the machine's own fields and StartAt are set, give it each
// top-level state with State, and end with Finish.
type MachineWriter struct {
	r      renderer
	top    *objectWriter
	states *objectWriter
	layout int      // layout bytes written, the trailing newline included
	chunks [][]byte // the full pieces so far
	size   int      // their total length
}

// chunkBytes is the size of the pieces a MachineWriter writes into.
const chunkBytes = 256 << 10

// pieces keeps the pieces between uses: a writer copies its pieces into
// one exactly sized text at the end and gives them back, so that writing
// allocates little more than the text itself (the number of states, which
// would size a single buffer, is not known while they are still coming).
var pieces = sync.Pool{New: func() any { b := make([]byte, 0, chunkBytes); return &b }}

func getChunk() []byte { return (*pieces.Get().(*[]byte))[:0] }

// putChunk gives b back, unless a large state made it grow.
func putChunk(b []byte) {
	if cap(b) == chunkBytes {
		pieces.Put(&b)
	}
}

// NewMachineWriter writes m's own fields and StartAt (not its States).
func NewMachineWriter(m *Machine) *MachineWriter {
	w := &MachineWriter{layout: 1}
	enc := jsontree.Pretty
	enc.Layout = &w.layout
	w.r = renderer{enc: enc, b: getChunk()}
	w.top = w.r.header(m)
	w.top.key("States")
	w.states = w.r.object(1)
	return w
}

// State writes the next top-level state; a piece that is three quarters
// full is put aside and a new one begun.
func (w *MachineWriter) State(s State) {
	w.states.key(s.Common().Name)
	w.r.state(s, 2)
	if len(w.r.b) > chunkBytes*3/4 {
		w.chunks = append(w.chunks, w.r.b)
		w.size += len(w.r.b)
		w.r.b = getChunk()
	}
}

// Finish ends the text and returns it with the length of its compact form.
func (w *MachineWriter) Finish() (pretty []byte, compactSize int) {
	w.states.end()
	w.top.end()
	w.r.b = append(w.r.b, '\n')
	pretty = make([]byte, 0, w.size+len(w.r.b))
	for _, c := range w.chunks {
		pretty = append(pretty, c...)
		putChunk(c)
	}
	pretty = append(pretty, w.r.b...)
	putChunk(w.r.b)
	w.chunks, w.r.b = nil, nil
	return pretty, len(pretty) - w.layout
}
