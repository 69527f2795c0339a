package jsonata

import "github.com/stepwise-go/stepwise/value"

// Where an error inside a function call is positioned.
//
// jsonata-js writes the position of every call onto the function object
// it calls (evaluateFunction: proc.position = expr.position; the
// trampoline of tail calls writes the position of the callee's
// expression), and when the call fails, applyInner overwrites the
// error's position with whatever the object holds then:
// err.position = proc.position || err.position. A function object is
// shared by all its calls, so a recursive or nested call of the same
// function (the same built-in, or the same closure) leaves the position
// of the innermost call on the error, not the outer one's:
// $f(3) failing deep in its recursion reports the position of the
// recursive call $f($n - 1) inside $f.
//
// Lambdas, partial applications, compositions and transformers keep that
// position in a field; built-ins are shared by every program, so their
// positions live in the evaluation's state (state.procPos). Regular
// expression matchers are plain JavaScript functions in jsonata-js: no
// position is written on them.

// setProcPos records that a call at pos (0: none) is about to apply proc.
func (st *state) setProcPos(proc value.Value, pos int) {
	switch p := proc.(type) {
	case *lambda:
		p.pos = pos
	case *builtin:
		st.procPos.set(p.def, pos)
	case *partialNative:
		p.pos = pos
	case *composed:
		p.pos = pos
	case *transformer:
		p.pos = pos
	}
}

// procPosOf returns the position last recorded for proc, 0 for none.
func (st *state) procPosOf(proc value.Value) int {
	switch p := proc.(type) {
	case *lambda:
		return p.pos
	case *builtin:
		return st.procPos.get(p.def)
	case *partialNative:
		return p.pos
	case *composed:
		return p.pos
	case *transformer:
		return p.pos
	}
	return 0
}

// thunkProcPos is the position the trampoline writes for a tail call:
// that of the callee's expression, which a path has none of.
func thunkProcPos(proc *cnode) int {
	if proc.kind == KindPath {
		return 0
	}
	return proc.pos
}

// builtinPositions maps built-ins to their last positions: the first few
// in place, so that an evaluation allocates nothing for them.
type builtinPositions struct {
	inline [4]builtinPosition
	more   []builtinPosition
}

type builtinPosition struct {
	def *funcDef
	pos int
}

func (b *builtinPositions) set(def *funcDef, pos int) {
	for i := range b.inline {
		if e := &b.inline[i]; e.def == def || e.def == nil {
			e.def, e.pos = def, pos
			return
		}
	}
	for i := range b.more {
		if b.more[i].def == def {
			b.more[i].pos = pos
			return
		}
	}
	b.more = append(b.more, builtinPosition{def, pos})
}

func (b *builtinPositions) get(def *funcDef) int {
	for _, e := range b.inline {
		if e.def == def {
			return e.pos
		}
	}
	for _, e := range b.more {
		if e.def == def {
			return e.pos
		}
	}
	return 0
}
