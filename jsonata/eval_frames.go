package jsonata

// Frames of lambda calls and blocks are reused when their code cannot
// keep them: markScopes decides that once, at Compile time, and the
// state keeps the frames of finished calls and blocks for the next ones.

// maxSpareFrames bounds the frames a state keeps for reuse.
const maxSpareFrames = 64

// markScopes sets frameDies on every lambda and block under c, in one
// pass from the leaves up, once tail calls are marked, and reports
// whether evaluating c may make a value that holds on to its scope after
// c is done: a lambda, a partial application, a transform, a function
// composition (~>) or a tail call waiting for the trampoline. Anything
// else only reads its scope while it runs.
func markScopes(c *cnode) bool {
	if c == nil {
		return false
	}
	below := false
	eachChild(c, func(k *cnode) {
		if markScopes(k) {
			below = true
		}
	})
	switch c.kind {
	case KindLambda:
		c.frameDies = !below // below is the body (and the lambda's parts)
		return true
	case KindBlock:
		c.frameDies = !below
	case KindPartial, KindTransform, KindApply:
		return true
	case KindCall:
		if c.thunk {
			return true
		}
	}
	return below
}

// newScope returns a frame under parent for a lambda call or a block: a
// spare one when the code run in it lets it die (dies), else a new one.
func (st *state) newScope(parent *frame, dies bool) *frame {
	if dies {
		if n := len(st.spareFrames); n > 0 {
			f := st.spareFrames[n-1]
			st.spareFrames = st.spareFrames[:n-1]
			f.parent = parent
			return f
		}
	}
	return &frame{parent: parent}
}

// endScope takes back the frame of a finished call or block whose code
// let it die; one that failed keeps its frame (the error's value may
// come from it).
func (st *state) endScope(f *frame, dies bool) {
	if !dies || len(st.spareFrames) >= maxSpareFrames {
		return
	}
	*f = frame{}
	st.spareFrames = append(st.spareFrames, f)
}
