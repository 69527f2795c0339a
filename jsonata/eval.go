package jsonata

import (
	"context"
	"math/rand/v2"
	"sync"
	"time"

	"github.com/stepwise-go/stepwise/value"
)

// DefaultMaxDepth is the evaluation depth budget used when Env.MaxDepth
// is 0: how deeply evaluations may nest (jsonata-js counts one level per
// evaluated node, as its test harness does), which bounds non-tail
// recursion. Tail calls do not count.
const DefaultMaxDepth = 1000

// Program is a compiled JSONata expression, ready to be evaluated many
// times, also concurrently: it is never written after Compile.
type Program struct {
	root     *cnode
	src      string
	pictures numberPictures // literal $formatNumber pictures, parsed once
}

// Env configures one evaluation; the zero Env (or nil) is valid.
type Env struct {
	// Context cancels the evaluation (error U1001); nil = never cancelled.
	Context context.Context
	// Vars resolves free variables ($name not bound in the expression),
	// such as the runtime's $states and workflow variables; nil = none.
	// It is consulted before Bindings, and both before the built-in
	// functions, so a variable can shadow a built-in.
	Vars func(name string) (value.Value, bool)
	// Bindings is an alternative to Vars (CLI --bindings); Vars is
	// consulted first.
	Bindings map[string]value.Value
	// Now is the clock of $now() and $millis(), read at most once per
	// evaluation, when one of them (or $toMillis, $fromMillis) first needs
	// it, so every call in an evaluation sees the same instant as in
	// jsonata-js; nil = time.Now.
	Now func() time.Time
	// Random is the [0,1) source of $random(), $shuffle() and $uuid();
	// nil = math/rand/v2.
	Random func() float64
	// MaxDepth is the evaluation depth budget; 0 = DefaultMaxDepth.
	// Exceeding it is error U1001.
	MaxDepth int
	// Timeout bounds the evaluation's wall time; 0 = none. Exceeding it is
	// error U1001 ("Expression evaluation timeout: Check for infinite loop").
	// The budgets are checked every 256 evaluation steps, and the clock
	// starts at the first check, so an evaluation shorter than that never
	// reads the wall clock; the bound is Timeout plus the time of those
	// first steps.
	Timeout time.Duration
}

// Compile prepares a parsed expression for evaluation: literals,
// regular expressions, signatures and tail calls are resolved once. The
// Program is safe for concurrent Eval.
func Compile(e *Expr) (*Program, error) {
	if e == nil || e.Root == nil {
		return nil, &Error{Code: "S0500", Msg: "Attempted to evaluate an expression containing syntax error(s)"}
	}
	root, err := compileNode(e.Root)
	if err != nil {
		return nil, err
	}
	resolveBuiltins(root)
	markConcatChains(root)
	markScopes(root)
	return &Program{root: root, src: e.Source, pictures: collectNumberPictures(root)}, nil
}

// CompileString parses and compiles src, a bare expression (not a
// "{% %}" template).
func CompileString(src string) (*Program, error) {
	e, err := Parse(src)
	if err != nil {
		return nil, err
	}
	return Compile(e)
}

// Source returns the expression the program was compiled from.
func (p *Program) Source() string { return p.src }

// Eval evaluates the program against input (nil = undefined input) and
// returns the result as plain JSON values, or nil for undefined. As in
// jsonata-js, a sequence of one item is that item. A function result
// (such as the expression "$string") is returned as undefined (nil), as
// JSON.stringify renders it. The error, if any, is an *Error with Code,
// Pos, Token, Value and Msg as jsonata-js words it.
func (p *Program) Eval(input value.Value, env *Env) (value.Value, error) {
	v, _, err := p.EvalFunctionAware(input, env)
	return v, err
}

// EvalFunctionAware is Eval that also says whether the result was a
// function (a lambda or a built-in such as "$string"), which Eval returns
// as undefined. Step Functions tells the two apart: a field whose
// expression yields a function "returned an unsupported result type".
func (p *Program) EvalFunctionAware(input value.Value, env *Env) (v value.Value, isFunction bool, err error) {
	if env == nil {
		env = &zeroEnv
	}
	st := newState(env, input)
	st.pictures = p.pictures
	if input != nil {
		if arr, ok := input.([]value.Value); ok {
			input = &seq{items: []value.Value{arr}, sequence: true, outerWrapper: true}
		}
	}
	res, e := st.eval(p.root, input, st.root)
	if e != nil {
		// The error's value may be a function whose scope is this
		// state's: the state is left to the collector.
		e.populate()
		return nil, false, e
	}
	if _, ok := res.(callable); ok {
		st.release()
		return nil, true, nil
	}
	var slab []seq
	if st.slab != nil {
		slab = st.slab[:st.slabUsed]
	}
	plain := plainer{slab: slab}.toPlain(res)
	st.release()
	return plain, false, nil
}

// state is one evaluation's mutable state.
type state struct {
	env       *Env
	ctx       context.Context
	root      *frame
	rootFrame frame // what root points to: one allocation with the state
	input     value.Value
	depth     int
	maxDepth  int
	steps     uint
	deadline  time.Time     // set at the first budget check when timeout > 0
	timeout   time.Duration // Env.Timeout
	now       time.Time
	random    func() float64
	// tick is the virtual microtask clock and raceBy the time by which
	// the current item of a Promise.all race must fail to win (0 = no
	// race is decided yet); see eval_race.go.
	tick, raceBy int64
	// pictures are the program's parsed $formatNumber pictures (only read).
	pictures numberPictures
	// slab holds the evaluation's first path-step sequences (see
	// eval_slab.go); slabUsed counts those handed out.
	slab     *seqSlab
	slabUsed int
	// spareFrames are frames of finished lambda calls, ready for the
	// next (see eval_frames.go).
	spareFrames []*frame
	// argStack holds the arguments of the calls in progress, argTop
	// its height (see eval_args.go).
	argStack []value.Value
	argTop   int
	// nameBufs hold the items between the steps of a nameRun.
	nameBufs [2][]value.Value
	// concatParts holds the strings of the & chains in progress
	// (eval_concat.go).
	concatParts []string
	// spareArgs tells the next applyInner that its arguments are
	// evalCall's own slice, with room to add a missing optional argument
	// (see signature.validateArgs); applyInner clears it.
	spareArgs bool
	// procPos holds the position last set on each built-in function
	// called so far (see eval_procpos.go).
	procPos builtinPositions
	// racing counts the Promise.all races under way, and procLog records
	// the positions set on functions during them (eval_procpos.go).
	racing        int
	procLog       []procWrite
	procLogInline [8]procWrite // procLog's first backing array
}

// zeroEnv is the Env of a nil *Env; it is only read.
var zeroEnv Env

// statePool recycles evaluation states: an evaluation's state is only
// reachable from the evaluation itself (results are copied into plain
// values, and no goroutine outlives Eval), so it can serve the next one.
var statePool = sync.Pool{New: func() any { return new(state) }}

func newState(env *Env, input value.Value) *state {
	st := statePool.Get().(*state)
	// Field by field: release left the rest zero or reusable.
	st.env, st.ctx, st.input = env, env.Context, input
	st.maxDepth = env.MaxDepth
	if st.maxDepth <= 0 {
		st.maxDepth = DefaultMaxDepth
	}
	st.timeout = env.Timeout
	st.random = env.Random
	if st.random == nil {
		st.random = rand.Float64
	}
	st.root = &st.rootFrame
	st.root.bind("$", input)
	return st
}

// release returns the state to statePool once the evaluation's result is
// plain values: nothing can reach the state any more. It leaves every
// field as a new state has it, apart from the storage kept for reuse
// (slab, spareFrames, argStack, nameBufs, concatParts), which holds no
// values any more.
func (st *state) release() {
	st.resetSlab()
	st.env, st.ctx, st.input, st.random, st.pictures = nil, nil, nil, nil, nil
	st.root, st.rootFrame = nil, frame{}
	st.depth, st.maxDepth, st.steps, st.tick, st.raceBy = 0, 0, 0, 0, 0
	st.deadline, st.now, st.timeout = time.Time{}, time.Time{}, 0
	st.argTop, st.spareArgs = 0, false
	// The larger fields are cleared only when the evaluation used them:
	// clearing memory that holds pointers costs write barriers.
	if st.procPos.inline[0].def != nil {
		st.procPos = builtinPositions{}
	}
	if st.procLog != nil {
		clear(st.procLogInline[:])
		st.procLog = nil
	}
	st.racing = 0
	statePool.Put(st)
}

// frame is a scope of variable bindings (jsonata-js createFrame). The
// first two bindings live in the frame itself, so most frames (a
// lambda's parameters, a block's variables) are one allocation.
type frame struct {
	parent *frame
	binds  []binding
	inline [2]binding
}

// binding is one variable of a frame.
type binding struct {
	name string
	v    value.Value
}

func newFrame(parent *frame) *frame { return &frame{parent: parent} }

func (f *frame) bind(name string, v value.Value) {
	for i := range f.binds {
		if f.binds[i].name == name {
			f.binds[i].v = v
			return
		}
	}
	f.add(name, v)
}

// add appends a binding without looking for an existing one.
func (f *frame) add(name string, v value.Value) {
	if f.binds == nil {
		f.binds = f.inline[:0]
	}
	f.binds = append(f.binds, binding{name, v})
}

// lookup finds a variable in the frames, then among the host's
// variables, then the built-in functions.
func (st *state) lookup(f *frame, name string) value.Value {
	for ; f != nil; f = f.parent {
		for i := len(f.binds) - 1; i >= 0; i-- {
			if f.binds[i].name == name {
				return f.binds[i].v
			}
		}
	}
	if st.env.Vars != nil {
		if v, ok := st.env.Vars(name); ok {
			return v
		}
	}
	if v, ok := st.env.Bindings[name]; ok {
		return v
	}
	if b := builtinByName[name]; b != nil {
		return b
	}
	return nil
}

// clock returns the evaluation's instant, reading Env.Now (or the
// system clock) the first time.
func (st *state) clock() time.Time {
	if st.now.IsZero() {
		if st.env.Now != nil {
			st.now = st.env.Now()
		} else {
			st.now = time.Now()
		}
	}
	return st.now
}

var errTimeout = "Expression evaluation timeout: Check for infinite loop"

// enter counts one level of evaluation and checks the budgets.
func (st *state) enter() *Error {
	st.depth++
	if st.depth > st.maxDepth {
		return &Error{Code: "U1001", Msg: msgStackOverflow}
	}
	st.steps++
	if st.steps&255 == 0 {
		return st.checkTime()
	}
	return nil
}

func (st *state) checkTime() *Error {
	if st.ctx != nil && st.ctx.Err() != nil {
		return &Error{Code: "U1001", Msg: "Expression evaluation cancelled: " + st.ctx.Err().Error()}
	}
	if st.timeout > 0 {
		now := time.Now()
		if st.deadline.IsZero() {
			st.deadline = now.Add(st.timeout)
		} else if now.After(st.deadline) {
			return &Error{Code: "U1001", Msg: errTimeout}
		}
	}
	return nil
}

// eval is jsonata-js evaluate: one node against one input in env.
func (st *state) eval(n *cnode, input value.Value, env *frame) (value.Value, *Error) {
	st.awaits(1) // the caller awaits evaluate
	if st.lost() {
		return nil, errRaceLost
	}
	if err := st.enter(); err != nil {
		return nil, err
	}
	res, err := st.evalNode(n, input, env)
	if err != nil {
		st.depth--
		return nil, err
	}
	for _, p := range n.predicate {
		st.awaits(1) // await evaluateFilter
		res, err = st.filter(p, res, env)
		if err != nil {
			st.depth--
			return nil, err
		}
	}
	if n.kind != KindPath && n.group != nil {
		st.awaits(1) // await evaluateGroupExpression
		res, err = st.group(n.group, res, env)
		if err != nil {
			st.depth--
			return nil, err
		}
	}
	st.depth--
	return collapse(n, res), nil
}

// collapse is the end of evaluate in jsonata-js: a sequence result of n
// (kept as an array when n has "[]") that has no item is undefined, and
// one of one item is that item unless it is kept as an array.
func collapse(n *cnode, res value.Value) value.Value {
	if s, ok := res.(*seq); ok && s.sequence {
		if n.keepArray {
			s.keepSingleton = true
		}
		switch s.length() {
		case 0:
			return nil
		case 1:
			if !s.keepSingleton {
				return s.all()[0]
			}
		}
	}
	return res
}

func (st *state) evalNode(n *cnode, input value.Value, env *frame) (value.Value, *Error) {
	st.awaits(asyncCost(n))
	switch n.kind {
	case KindPath:
		return st.evalPath(n, input, env)
	case KindBinary:
		return st.evalBinary(n, input, env)
	case KindNegate:
		v, err := st.eval(n.kids[0], input, env)
		if err != nil || v == nil {
			return nil, err
		}
		ok, nerr := isNumeric(v)
		if nerr != nil {
			return nil, nerr
		}
		if !ok {
			return nil, &Error{Code: "D1002", Pos: n.pos, Token: "-", Value: v, HasValue: true}
		}
		return -v.(float64), nil
	case KindArray:
		return st.evalArray(n, input, env)
	case KindObject:
		return st.group(n.object, input, env)
	case KindName:
		return lookupField(input, n.str), nil
	case KindString, KindNumber, KindBool, KindNull:
		return n.lit, nil
	case KindWildcard:
		return evalWildcard(input), nil
	case KindDescendant:
		return evalDescendants(input), nil
	case KindParent:
		return st.lookup(env, n.label), nil
	case KindCondition:
		c, err := st.eval(n.kids[0], input, env)
		if err != nil {
			return nil, err
		}
		b, berr := toBoolean(c)
		if berr != nil {
			return nil, berr
		}
		if b == true {
			return st.eval(n.kids[1], input, env)
		}
		if len(n.kids) > 2 {
			return st.eval(n.kids[2], input, env)
		}
		return nil, nil
	case KindBlock:
		f := st.newScope(env, n.frameDies)
		var res value.Value
		for _, e := range n.kids {
			var err *Error
			res, err = st.eval(e, input, f)
			if err != nil {
				return nil, err
			}
		}
		st.endScope(f, n.frameDies)
		return res, nil
	case KindBind:
		v, err := st.eval(n.kids[1], input, env)
		if err != nil {
			return nil, err
		}
		env.bind(n.kids[0].str, v)
		return v, nil
	case KindRegex:
		return n.lit, nil // the *regexFn made by Compile
	case KindCall:
		if n.thunk {
			return &thunk{call: n, input: input, env: env}, nil
		}
		return st.evalCall(n, input, env, nil, false)
	case KindVariable:
		if n.str == "" {
			if s, ok := input.(*seq); ok && s.outerWrapper {
				return s.all()[0], nil
			}
			return input, nil
		}
		return st.variable(n, env), nil
	case KindLambda:
		return &lambda{node: n, params: n.params, body: n.body, sig: n.sig, input: input, env: env}, nil
	case KindPartial:
		return st.evalPartial(n, input, env)
	case KindApply:
		return st.evalApply(n, input, env)
	case KindTransform:
		return &transformer{node: n, env: env}, nil
	case KindSort:
		// A sort is always a step of a path; evaluated by evalStep.
		return st.sortValues(n, input, env)
	}
	return nil, nil
}

// asyncCost is the await of the async evaluateX function jsonata-js
// calls for n's kind: none for the synchronous ones (names, literals,
// variables, lambdas…), two for an object constructor (evaluateUnary,
// then evaluateGroupExpression).
func asyncCost(n *cnode) int64 {
	switch n.kind {
	case KindPath, KindBinary, KindNegate, KindArray, KindCondition, KindBlock,
		KindBind, KindPartial, KindApply:
		return 1
	case KindCall:
		if n.thunk {
			return 0 // a tail call is a lambda until the trampoline runs it
		}
		return 1
	case KindObject:
		return 2
	}
	return 0
}

func lookupField(input value.Value, name string) value.Value {
	switch x := input.(type) {
	case *value.Object:
		v, _ := x.Get(name)
		return v
	case []value.Value, *seq:
		items, _ := arrayItems(x)
		out := newSeq()
		for _, item := range items {
			r := lookupField(item, name)
			if r == nil {
				continue
			}
			if ri, ok := arrayItems(r); ok {
				out.items = append(out.items, ri...)
			} else {
				out.items = append(out.items, r)
			}
		}
		return out
	}
	return nil
}

func evalWildcard(input value.Value) value.Value {
	var results value.Value = newSeq()
	if s, ok := input.(*seq); ok && s.outerWrapper && s.length() > 0 {
		input = s.all()[0]
	}
	var vals []value.Value
	switch x := input.(type) {
	case *value.Object:
		vals = make([]value.Value, x.Len())
		for i := range vals {
			_, vals[i] = x.At(i)
		}
	case []value.Value, *seq:
		// Object.keys of an array: its items.
		vals, _ = arrayItems(x)
	}
	for _, v := range vals {
		if isArray(v) {
			results = appendValues(results, flattenAll(v, nil))
		} else {
			switch r := results.(type) {
			case *seq:
				r.push(v)
			case []value.Value:
				results = append(r, v)
			}
		}
	}
	return results
}

func flattenAll(v value.Value, out []value.Value) []value.Value {
	if items, ok := arrayItems(v); ok {
		if out == nil {
			out = []value.Value{}
		}
		for _, it := range items {
			out = flattenAll(it, out)
		}
		return out
	}
	return append(out, v)
}

func evalDescendants(input value.Value) value.Value {
	if input == nil {
		return nil
	}
	out := newSeq()
	recurseDescendants(input, out)
	if len(out.items) == 1 {
		return out.items[0]
	}
	return out
}

func recurseDescendants(v value.Value, out *seq) {
	if items, ok := arrayItems(v); ok {
		for _, it := range items {
			recurseDescendants(it, out)
		}
		return
	}
	out.items = append(out.items, v)
	if o, ok := v.(*value.Object); ok {
		for i := 0; i < o.Len(); i++ {
			_, c := o.At(i)
			recurseDescendants(c, out)
		}
	}
}

func (st *state) evalArray(n *cnode, input value.Value, env *frame) (value.Value, *Error) {
	out := []value.Value{}
	var lazy *seq // a lazy range that is so far the whole array
	// The items race (Promise.all): see eval_race.go.
	vals, err := st.race(len(n.kids), func(i int) (value.Value, *Error) {
		return st.eval(n.kids[i], input, env)
	})
	if err != nil {
		return nil, err
	}
	for i, item := range n.kids {
		v := vals[i].v
		if v == nil {
			continue
		}
		if r, ok := v.(*seq); ok && r.lazy && len(out) == 0 && lazy == nil && item.kind != KindArray {
			lazy = &seq{lazy: true, lo: r.lo, lazyN: r.lazyN}
			continue
		}
		if lazy != nil {
			out = append(out, lazy.all()...)
			lazy = nil
		}
		if item.kind == KindArray {
			out = append(out, v)
		} else if items, ok := arrayItems(v); ok {
			out = append(out, items...)
		} else {
			out = append(out, v)
		}
	}
	if lazy != nil {
		lazy.cons = n.consArray
		return lazy, nil
	}
	if n.consArray {
		return &seq{items: out, cons: true}, nil
	}
	return out, nil
}
