package importer

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"time"

	"github.com/stepwise-go/stepwise/constructs/sfn"
)

// interp evaluates a plan with the real DSL, by reflection: the same
// calls the printed Go program makes. Import uses it to check that the
// program it prints synthesizes the definition it read.
type interp struct {
	vars map[string]reflect.Value
}

var anyType = reflect.TypeFor[any]()

// Machine runs the plan with the real DSL, as the printed program would,
// and returns the state machine it builds: an imported definition as a
// live DSL value, without compiling anything. A plan that does not fit the
// DSL's signatures (a bug of the importer, not of the input) is an error,
// never a panic.
func (p *Plan) Machine() (m *sfn.StateMachine, err error) {
	defer func() {
		if r := recover(); r != nil {
			m, err = nil, fmt.Errorf("the imported program does not run: %v", r)
		}
	}()
	in := &interp{vars: map[string]reflect.Value{}}
	for _, s := range p.Stmts {
		v, err := in.eval(s.X, anyType)
		if err != nil {
			return nil, err
		}
		if s.Name != "" {
			in.vars[s.Name] = v
		}
	}
	v, err := in.eval(p.Result, anyType)
	if err != nil {
		return nil, err
	}
	m, ok := v.Interface().(*sfn.StateMachine)
	if !ok {
		return nil, fmt.Errorf("the imported program returns %s, not a state machine", v.Type())
	}
	return m, nil
}

// eval evaluates e for a parameter of type want.
func (in *interp) eval(e Expr, want reflect.Type) (reflect.Value, error) {
	var v reflect.Value
	switch e := e.(type) {
	case Call:
		return in.call(e)
	case Str:
		v = reflect.ValueOf(e.S)
	case Int:
		v = reflect.ValueOf(int(e.N))
		if want.Kind() == reflect.Float64 {
			v = reflect.ValueOf(float64(e.N))
		}
	case Float:
		f, err := strconv.ParseFloat(e.Text, 64)
		if err != nil {
			return v, err
		}
		v = reflect.ValueOf(f)
	case Bool:
		v = reflect.ValueOf(e.B)
	case Nil:
		return reflect.Zero(want), nil
	case Duration:
		v = reflect.ValueOf(time.Duration(e.Seconds) * time.Second)
	case Time:
		v = reflect.ValueOf(e.T)
	case Const:
		c, ok := constants[e.Pkg+"."+e.Name]
		if !ok {
			return v, fmt.Errorf("unknown constant %s.%s", e.Pkg, e.Name)
		}
		v = reflect.ValueOf(c)
	case Conv:
		t, ok := types[e.Pkg+"."+e.Type]
		if !ok {
			return v, fmt.Errorf("unknown type %s.%s", e.Pkg, e.Type)
		}
		x, err := in.eval(e.X, t)
		if err != nil {
			return v, err
		}
		v = x.Convert(t)
	case Map:
		m := make(map[string]any, len(e.Keys))
		for i, k := range e.Keys {
			x, err := in.eval(e.Values[i], anyType)
			if err != nil {
				return v, err
			}
			m[k] = valueOf(x)
		}
		v = reflect.ValueOf(m)
	case Slice:
		elem := anyType
		if e.Elem != "" {
			elem = types[e.Elem]
		}
		s := reflect.MakeSlice(reflect.SliceOf(elem), len(e.Items), len(e.Items))
		for i, it := range e.Items {
			x, err := in.eval(it, elem)
			if err != nil {
				return v, err
			}
			s.Index(i).Set(convert(x, elem))
		}
		v = s
	case Raw:
		v = reflect.ValueOf(json.RawMessage(e.JSON))
	case Var:
		x, ok := in.vars[e.Name]
		if !ok {
			return v, fmt.Errorf("undefined variable %s", e.Name)
		}
		v = x
	default:
		return v, fmt.Errorf("unknown expression %T", e)
	}
	return convert(v, want), nil
}

// valueOf returns v's value as an interface, nil for an invalid value.
func valueOf(v reflect.Value) any {
	if !v.IsValid() {
		return nil
	}
	return v.Interface()
}

// convert converts v to want as Go's implicit conversion of untyped
// constants would (a string constant to sfn.Path, an int to float64).
func convert(v reflect.Value, want reflect.Type) reflect.Value {
	if !v.IsValid() {
		return reflect.Zero(want)
	}
	if want.Kind() == reflect.Interface || v.Type() == want {
		return v
	}
	if v.Type().ConvertibleTo(want) {
		return v.Convert(want)
	}
	return v
}

// call evaluates a function or method call and returns its first result.
func (in *interp) call(c Call) (reflect.Value, error) {
	var f reflect.Value
	if c.Recv == nil {
		fv, ok := functions[c.Pkg+"."+c.Name]
		if !ok {
			return f, fmt.Errorf("unknown function %s.%s", c.Pkg, c.Name)
		}
		f = reflect.ValueOf(fv)
	} else {
		recv, err := in.eval(c.Recv, anyType)
		if err != nil {
			return f, err
		}
		f = recv.MethodByName(c.Name)
		if !f.IsValid() {
			return f, fmt.Errorf("%s has no method %s", recv.Type(), c.Name)
		}
	}
	t := f.Type()
	args := make([]reflect.Value, len(c.Args))
	for i, a := range c.Args {
		var pt reflect.Type
		switch {
		case t.IsVariadic() && i >= t.NumIn()-1:
			pt = t.In(t.NumIn() - 1).Elem()
		case i < t.NumIn():
			pt = t.In(i)
		default:
			return f, fmt.Errorf("%s takes %d arguments, not %d", c.Name, t.NumIn(), len(c.Args))
		}
		v, err := in.eval(a, pt)
		if err != nil {
			return f, err
		}
		args[i] = v
	}
	out := f.Call(args)
	if len(out) == 0 {
		return reflect.Value{}, fmt.Errorf("%s returns nothing", c.Name)
	}
	return out[0], nil
}
