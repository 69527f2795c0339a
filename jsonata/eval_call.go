package jsonata

import (
	"github.com/stepwise-go/stepwise/value"
)

// callable is a function value: a lambda, a built-in, a partial
// application, a regular expression, a transform or a composition.
type callable interface {
	// arity is the number of parameters (jsonata-js getFunctionArity),
	// which decides how many arguments higher-order functions pass.
	arity() int
}

// lambda is a closure: function($x){…} with the input and frame it was
// made in. bound holds a partial application's fixed arguments.
type lambda struct {
	node   *cnode
	params []string
	body   *cnode
	sig    *signature
	input  value.Value
	env    *frame
	pos    int // the position last set on it (see eval_procpos.go)
}

func (l *lambda) arity() int { return len(l.params) }

// thunk is a tail call waiting to be made by the trampoline in apply.
type thunk struct {
	call  *cnode
	input value.Value
	env   *frame
}

func (*thunk) arity() int { return 0 }

// partialNative is a built-in with some arguments fixed by ? partial
// application: nil entries of args marked in holes are the ? places.
type partialNative struct {
	fn    callable
	args  []value.Value
	holes []bool
	n     int
	pos   int // the position last set on it (see eval_procpos.go)
}

func (p *partialNative) arity() int { return p.n }

// composed is f ~> g for two functions: λ($x){ g(f($x)) }.
type composed struct {
	f, g callable
	env  *frame
	pos  int // the position last set on it (see eval_procpos.go)
}

func (*composed) arity() int { return 1 }

// placeholder marks a ? argument.
type placeholder struct{}

func (st *state) evalCall(n *cnode, input value.Value, env *frame, applyTo *value.Value, hasApply bool) (value.Value, *Error) {
	proc, err := st.eval(n.proc, input, env)
	if err != nil {
		return nil, err
	}
	if proc == nil && n.proc.kind == KindPath && st.lookup(env, n.proc.steps[0].str) != nil {
		return nil, &Error{Code: "T1005", Pos: n.pos, Token: n.proc.steps[0].str}
	}
	// Room for an applied value and an optional parameter the call
	// leaves out, which signature validation fills in place.
	args, base := st.takeArgs(len(n.kids) + 2)
	if hasApply {
		args = append(args, *applyTo)
	}
	for _, a := range n.kids {
		v, err := st.eval(a, input, env)
		if err != nil {
			st.argTop = base
			return nil, err
		}
		args = append(args, v)
	}
	st.spareArgs = true
	st.setProcPos(proc, n.pos)
	res, err := st.apply(proc, args, input, env, n.procName, n.pos)
	if err != nil {
		st.argTop = base
		if err.Token == "" {
			err.Token = n.procName
		}
		return nil, err
	}
	st.dropArgs(args, base)
	return res, nil
}

// apply calls proc with args and runs the trampoline of tail calls.
// token and pos name the call for errors ("" and -1 when unknown).
//
// On the virtual clock (eval_race.go) it counts the caller's await of
// apply and apply's await of applyInner for each call it makes.
func (st *state) apply(proc value.Value, args []value.Value, input value.Value, env *frame, token string, pos int) (value.Value, *Error) {
	st.awaits(2)
	res, err := st.applyInner(proc, args, input, env, token, pos)
	return st.trampoline(res, err, input, env)
}

// trampoline makes the tail calls (thunks) that res stands for, one
// after another, until a value or an error is left.
func (st *state) trampoline(res value.Value, err *Error, input value.Value, env *frame) (value.Value, *Error) {
	for err == nil {
		th, ok := res.(*thunk)
		if !ok {
			break
		}
		if err = st.checkBudget(); err != nil {
			return nil, err
		}
		next, nerr := st.eval(th.call.proc, th.input, th.env)
		if nerr != nil {
			return nil, nerr
		}
		nargs := make([]value.Value, len(th.call.kids))
		for i, a := range th.call.kids {
			v, aerr := st.eval(a, th.input, th.env)
			if aerr != nil {
				return nil, aerr
			}
			nargs[i] = v
		}
		st.awaits(1)
		st.setProcPos(next, thunkProcPos(th.call.proc))
		res, err = st.applyInner(next, nargs, input, env, th.call.procName, th.call.pos)
	}
	return res, err
}

// callback calls fn for a higher-order built-in such as $map:
// jsonata-js passes the built-in a closure around apply, so one more
// await than a direct apply.
func (st *state) callback(fn value.Value, args []value.Value, env *frame) (value.Value, *Error) {
	st.awaits(1)
	return st.apply(fn, args, nil, env, "", -1)
}

// callbackLambda is callback(l, args) for a lambda without a signature:
// its parameters are bound directly, with no argument slice kept.
func (st *state) callbackLambda(l *lambda, env *frame, args ...value.Value) (value.Value, *Error) {
	// callback, apply and applyProcedure: the awaits of the general route.
	st.awaits(4)
	f := st.newScope(l.env, l.node.frameDies)
	for i, p := range l.params {
		var v value.Value
		if i < len(args) {
			v = args[i]
		}
		f.add(p, v)
	}
	res, err := st.eval(l.body, l.input, f)
	res, err = st.trampoline(res, err, nil, env)
	if err == nil {
		st.endScope(f, l.node.frameDies)
	}
	return res, err
}

// hofArgs are up to three arguments of a callback, of which the callee
// takes as many as its arity (jsonata-js hofFuncArgs); index is boxed
// only when taken.
type hofArgs struct {
	v     value.Value
	index int
	arr   value.Value
}

// callbackHOF is callback(fn, hofFuncArgs(fn, a.v, a.index, a.arr)):
// a lambda without a signature has its parameters bound directly, with
// no argument slice; anything else goes through callback.
func (st *state) callbackHOF(fn value.Value, a hofArgs, env *frame) (value.Value, *Error) {
	n := 1
	if c, ok := fn.(callable); ok {
		n = c.arity()
	}
	if l, ok := fn.(*lambda); ok && l.sig == nil {
		switch {
		case n >= 3:
			return st.callbackLambda(l, env, a.v, boxNumber(float64(a.index)), a.arr)
		case n == 2:
			return st.callbackLambda(l, env, a.v, boxNumber(float64(a.index)))
		}
		return st.callbackLambda(l, env, a.v)
	}
	args := []value.Value{a.v}
	if n >= 2 {
		args = append(args, boxNumber(float64(a.index)))
	}
	if n >= 3 {
		args = append(args, a.arr)
	}
	return st.callback(fn, args, env)
}

// checkBudget checks cancellation and time on every trampoline bounce.
func (st *state) checkBudget() *Error {
	st.steps++
	if st.steps&63 == 0 {
		return st.checkTime()
	}
	return nil
}

func (st *state) applyInner(proc value.Value, args []value.Value, input value.Value, env *frame, token string, pos int) (res value.Value, err *Error) {
	spare := st.spareArgs
	st.spareArgs = false
	defer func() {
		if err != nil && proc != nil {
			if err.Token == "" && token != "" {
				err.Token = token
			}
			if pos >= 0 {
				err.Pos = pos
				st.readProcPos(proc, err)
			}
		}
	}()
	switch p := proc.(type) {
	case *lambda:
		if p.sig != nil {
			args, err = p.sig.validateArgs(args, input, spare)
			if err != nil {
				return nil, err
			}
		}
		st.awaits(1) // await applyProcedure
		return st.applyLambda(p, args)
	case *builtin:
		if p.def.sig != nil {
			args, err = p.def.sig.validateArgs(args, input, spare)
			if err != nil {
				return nil, err
			}
		}
		if p.def.async {
			st.awaits(1) // await the promise it returns
		}
		return p.def.impl(st, focus{input: input, env: env}, args)
	case *partialNative:
		// A lambda whose body is the native: applyProcedure, then
		// applyNativeFunction.
		st.awaits(2)
		full := make([]value.Value, len(p.args))
		k := 0
		for i := range p.args {
			if p.holes[i] {
				if k < len(args) {
					full[i] = args[k]
				}
				k++
			} else {
				full[i] = p.args[i]
			}
		}
		return st.applyInner(p.fn, full, nil, env, token, -1)
	case *composed:
		var x value.Value
		if len(args) > 0 {
			x = args[0]
		}
		v, err := st.apply(p.f, []value.Value{x}, nil, p.env, "", -1)
		if err != nil {
			return nil, err
		}
		return st.apply(p.g, []value.Value{v}, nil, p.env, "", -1)
	case *transformer:
		st.awaits(1) // an async native function
		var x value.Value
		if len(args) > 0 {
			x = args[0]
		}
		return st.transform(p, x)
	case *regexFn:
		return p.call(st, args)
	case *regexNext:
		return p.call()
	}
	e := &Error{Code: "T1006", Token: token}
	if pos >= 0 {
		e.Pos = pos
	}
	return nil, e
}

func (st *state) applyLambda(l *lambda, args []value.Value) (value.Value, *Error) {
	f := st.newScope(l.env, l.node.frameDies)
	if len(l.params) > len(f.inline) {
		f.binds = make([]binding, 0, len(l.params))
	}
	for i, p := range l.params {
		var a value.Value
		if i < len(args) {
			a = args[i]
		}
		f.add(p, a)
	}
	res, err := st.eval(l.body, l.input, f)
	if err == nil {
		st.endScope(f, l.node.frameDies)
	}
	return res, err
}

func (st *state) evalPartial(n *cnode, input value.Value, env *frame) (value.Value, *Error) {
	args := make([]value.Value, len(n.kids))
	holes := make([]bool, len(n.kids))
	nh := 0
	for i, a := range n.kids {
		if a.kind == KindPlaceholder {
			holes[i] = true
			nh++
			continue
		}
		v, err := st.eval(a, input, env)
		if err != nil {
			return nil, err
		}
		args[i] = v
	}
	proc, err := st.eval(n.proc, input, env)
	if err != nil {
		return nil, err
	}
	if proc == nil && n.proc.kind == KindPath && st.lookup(env, n.proc.steps[0].str) != nil {
		return nil, &Error{Code: "T1007", Pos: n.pos, Token: n.proc.steps[0].str}
	}
	switch p := proc.(type) {
	case *lambda:
		f := newFrame(p.env)
		var unbound []string
		for i, name := range p.params {
			if i < len(args) && holes[i] {
				unbound = append(unbound, name)
			} else if i < len(args) {
				f.bind(name, args[i])
			} else {
				f.bind(name, nil)
			}
		}
		return &lambda{node: p.node, params: unbound, body: p.body, input: p.input, env: f}, nil
	case callable:
		if _, ok := proc.(*thunk); ok {
			break
		}
		// A native function: its parameters (as many as the larger of its
		// arity and the arguments given) with the ? places left open.
		width := p.arity()
		if len(args) > width {
			width = len(args)
		}
		full := make([]value.Value, width)
		fh := make([]bool, width)
		copy(full, args)
		copy(fh, holes)
		return &partialNative{fn: p, args: full, holes: fh, n: nh}, nil
	}
	return nil, &Error{Code: "T1008", Pos: n.pos, Token: n.procName}
}

// focus is what jsonata-js passes a built-in as "this": the context
// value of the call and the calling frame.
type focus struct {
	input value.Value
	env   *frame
}
