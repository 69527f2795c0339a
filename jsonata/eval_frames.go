package jsonata

// Frames of lambda calls are reused when the body cannot keep them:
// capturesScope decides that once, at Compile time, and the state keeps
// the frames of finished calls for the next ones.

// maxSpareFrames bounds the frames a state keeps for reuse.
const maxSpareFrames = 64

// capturesScope reports whether evaluating n may make a value that holds
// on to its scope after n is done: a lambda, a partial application, a
// transform, a function composition (~>) or a tail call waiting for the
// trampoline. Anything else only reads its scope while it runs.
func capturesScope(n *cnode) bool {
	captures := false
	walkCompiled(n, func(c *cnode) {
		switch c.kind {
		case KindLambda, KindPartial, KindTransform, KindApply:
			captures = true
		case KindCall:
			captures = captures || c.thunk
		}
	})
	return captures
}

// callFrame returns a frame for a call of l: a spare one when l's body
// lets its frame die, else a new one.
func (st *state) callFrame(l *lambda) *frame {
	if l.node.frameDies {
		if n := len(st.spareFrames); n > 0 {
			f := st.spareFrames[n-1]
			st.spareFrames = st.spareFrames[:n-1]
			f.parent = l.env
			return f
		}
	}
	return &frame{parent: l.env}
}

// doneFrame takes back the frame of a finished call of l, if l's body
// let it die; a call that failed keeps its frame (the error's value may
// come from it).
func (st *state) doneFrame(l *lambda, f *frame) {
	if !l.node.frameDies || len(st.spareFrames) >= maxSpareFrames {
		return
	}
	*f = frame{}
	st.spareFrames = append(st.spareFrames, f)
}
