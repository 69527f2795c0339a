package importer

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"github.com/stepwise-go/stepwise/intrinsic"
)

// hashConstants name States.Hash's algorithms.
var hashConstants = map[string]string{
	"MD5": "MD5", "SHA-1": "SHA1", "SHA-256": "SHA256", "SHA-384": "SHA384", "SHA-512": "SHA512",
}

// intrinsicCall returns s, an intrinsic function call, as a call of a
// builder of package states, or nil when s is no call or the builder
// would not write exactly s (other spacing, escapes, argument forms).
func intrinsicCall(s string) Expr {
	if !intrinsic.LooksLikeCall(s) {
		return nil
	}
	c, err := intrinsic.Parse(s)
	if err != nil {
		return nil
	}
	e := builderCall(c, 0)
	if e == nil || evalString(e) != s {
		return nil
	}
	return e
}

// builderCall returns the states builder call for c, or nil.
func builderCall(c *intrinsic.Call, depth int) Expr {
	name, ok := strings.CutPrefix(c.Name, "States.")
	if !ok || depth > intrinsic.MaxDepth {
		return nil
	}
	args := make([]Expr, 0, len(c.Args))
	for _, a := range c.Args {
		e := builderArg(a, depth)
		if e == nil {
			return nil
		}
		args = append(args, e)
	}
	switch name {
	case "Format":
		if len(args) == 0 || c.Args[0].Kind != intrinsic.String {
			return nil
		}
	case "Hash":
		if len(args) != 2 || c.Args[1].Kind != intrinsic.String || hashConstants[c.Args[1].Text] == "" {
			return nil
		}
		args[1] = Const{"states", hashConstants[c.Args[1].Text]}
	case "JsonMerge":
		if len(args) != 3 || c.Args[2].Kind != intrinsic.Boolean || c.Args[2].Text != "false" {
			return nil
		}
		args = args[:2]
	case "MathRandom":
		if len(args) == 3 {
			name = "MathRandomSeeded"
		}
	}
	f, ok := functions["states."+name]
	if !ok {
		return nil
	}
	t := reflect.TypeOf(f)
	if !t.IsVariadic() && t.NumIn() != len(args) || t.IsVariadic() && len(args) < t.NumIn()-1 {
		return nil
	}
	return fn("states", name, args...)
}

// builderArg returns one argument of a builder call.
func builderArg(a intrinsic.Arg, depth int) Expr {
	switch a.Kind {
	case intrinsic.String:
		return Str{a.Text}
	case intrinsic.Number:
		if n, err := strconv.ParseInt(a.Text, 10, 64); err == nil {
			return Int{n}
		}
		if _, err := strconv.ParseFloat(a.Text, 64); err == nil && strings.ContainsAny(a.Text, ".eE") {
			return Float{a.Text}
		}
		return nil
	case intrinsic.Boolean:
		return Bool{a.Text == "true"}
	case intrinsic.Null:
		return Nil{}
	case intrinsic.Path:
		return Conv{"sfn", "Path", Str{a.Text}}
	case intrinsic.Nested:
		if a.Call == nil {
			return nil
		}
		return builderCall(a.Call, depth+1)
	}
	return nil
}

// evalString evaluates a builder call and returns its ASL text ("" when it
// cannot be evaluated).
func evalString(e Expr) (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = ""
		}
	}()
	in := &interp{vars: map[string]reflect.Value{}}
	v, err := in.eval(e, anyType)
	if err != nil || !v.IsValid() {
		return ""
	}
	if s, ok := v.Interface().(fmt.Stringer); ok {
		return s.String()
	}
	return ""
}
