package jsonata

import "github.com/stepwise-go/stepwise/value"

// seqSlabSize is how many sequences an evaluation takes from its state's
// slab before it allocates them one by one.
const seqSlabSize = 32

// seqSlab is storage for the short-lived sequences of path steps. It
// belongs to a pooled state and is reused by the state's next evaluation:
// a successful evaluation copies its result into plain values, so none of
// these sequences is reachable once Eval returns (see state.release).
type seqSlab [seqSlabSize]seq

// allocSeq returns a zeroed sequence from the slab, or from the heap once
// the slab is used up.
func (st *state) allocSeq() *seq {
	if st.slab == nil {
		st.slab = new(seqSlab)
	}
	if st.slabUsed < len(st.slab) {
		s := &st.slab[st.slabUsed]
		st.slabUsed++
		return s
	}
	return new(seq)
}

// seq1 is newSeq1(v) from the slab.
func (st *state) seq1(v value.Value) *seq {
	s := st.allocSeq()
	s.sequence = true
	s.one[0] = v
	s.items = s.one[:]
	return s
}

// seqCap is newSeqCap(n) from the slab.
func (st *state) seqCap(n int) *seq {
	s := st.allocSeq()
	s.sequence = true
	if n <= 1 {
		s.items = s.one[:0]
	} else {
		s.items = make([]value.Value, 0, n)
	}
	return s
}

// resetSlab forgets the sequences of the finished evaluation, so that
// the pooled state holds no values of it.
func (st *state) resetSlab() {
	if st.slab != nil {
		clear(st.slab[:st.slabUsed])
	}
	st.slabUsed = 0
}
