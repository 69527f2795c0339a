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
	if st.racing > 0 && len(st.procLog) < maxProcLog {
		if key := procKey(proc); key != nil {
			if st.procLog == nil {
				st.procLog = st.procLogInline[:0]
			}
			st.procLog = append(st.procLog, procWrite{key: key, proc: proc, pos: pos, at: st.tick})
		}
	}
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

// readProcPos gives err the position last set on proc, when there is
// one, as applyInner's catch does in jsonata-js.
func (st *state) readProcPos(proc value.Value, err *Error) {
	if p := st.procPosOf(proc); p > 0 {
		err.Pos = p
	}
	if st.racing > 0 {
		err.posFrom, err.posAt, err.posSet = procKey(proc), st.tick, err.Pos
	}
}

// During a race (eval_race.go) jsonata-js runs the items interleaved, so
// a position written by one item can land on an error of another; here
// the items run one after another. The writes of a race are logged with
// their virtual time, and when the race settles, the error that wins
// takes the position its function held at the time of the error's last
// read, and every function written during the race holds its latest
// write in virtual time (the later item on a tie, as the microtasks of
// the earlier item run first).

// procWrite is one position set on a function during a race.
type procWrite struct {
	key  any
	proc value.Value
	pos  int
	at   int64
}

// procKey identifies the function object jsonata-js would write on: the
// built-in's definition, or the value itself; nil for a value no
// position is written on.
func procKey(proc value.Value) any {
	switch p := proc.(type) {
	case *builtin:
		return p.def
	case *lambda, *partialNative, *composed, *transformer:
		return p
	}
	return nil
}

// maxProcLog bounds the writes logged for one race; a race that calls
// more functions than that keeps the positions of this package's
// sequential order for the rest.
const maxProcLog = 4096

// settleProcPos ends a race whose writes are procLog[from:] and whose
// winning error is best (nil when none).
func (st *state) settleProcPos(best *Error, from int) {
	log := st.procLog[from:]
	if best != nil && best.posFrom != nil && best.Pos == best.posSet {
		if w := latestWrite(log, best.posFrom, best.posAt); w != nil && w.pos > 0 {
			best.Pos, best.posSet = w.pos, w.pos
		}
	}
	// Each function keeps its latest write in virtual time.
	racing := st.racing
	st.racing = 0 // these are not writes of the race
	if len(log) <= 16 {
		for i := range log {
			if latestWrite(log, log[i].key, 1<<62) == &log[i] {
				st.setProcPos(log[i].proc, log[i].pos)
			}
		}
	} else {
		latest := make(map[any]*procWrite, 8)
		for i := range log {
			w := &log[i]
			if l, ok := latest[w.key]; !ok || w.at >= l.at {
				latest[w.key] = w
			}
		}
		for _, w := range latest {
			st.setProcPos(w.proc, w.pos)
		}
	}
	st.racing = racing
	if st.racing == 1 {
		st.procLog = st.procLog[:0]
		if best != nil {
			best.posFrom = nil
		}
	}
}

// latestWrite finds the write to key with the greatest time no later
// than at (the later one on a tie), or nil.
func latestWrite(log []procWrite, key any, at int64) *procWrite {
	var best *procWrite
	for i := range log {
		w := &log[i]
		if w.key == key && w.at <= at && (best == nil || w.at >= best.at) {
			best = w
		}
	}
	return best
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
