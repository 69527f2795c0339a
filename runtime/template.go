package runtime

import (
	"fmt"
	"strings"

	"github.com/stepwise-go/stepwise/intrinsic"
	"github.com/stepwise-go/stepwise/jsonata"
	"github.com/stepwise-go/stepwise/jsonpath"
	"github.com/stepwise-go/stepwise/jsontree"
	"github.com/stepwise-go/stepwise/value"
)

// tmpl is a pre-processed payload template (Parameters, ResultSelector,
// ItemSelector, Arguments, Output, Assign, a Pass Result): a tree of
// literal, path, intrinsic and JSONata nodes, evaluated without parsing.
type tmpl struct {
	kind  tmplKind
	lit   value.Value // tmplLiteral: a constant shared by every run
	keys  []string    // tmplObject
	items []*tmpl     // tmplObject values, tmplArray items
	path  *pathRef    // tmplPath
	intr  *intrinsicProgram
	expr  *jsonataProgram
	field string // the field name for messages ("value.$", "Output/x")
}

type tmplKind uint8

const (
	tmplLiteral tmplKind = iota
	tmplObject
	tmplArray
	tmplPath
	tmplIntrinsic
	tmplJSONata
)

// pathRef is a compiled JSONPath with its text.
type pathRef struct {
	raw  string
	path *jsonpath.Path
}

func compilePathRef(s string) (*pathRef, error) {
	p, err := parsePath(s)
	if err != nil {
		return nil, fmt.Errorf("JSONPath %q: %w", s, err)
	}
	return &pathRef{raw: s, path: p}, nil
}

// compileJSONPathTemplate compiles a JSONPath-state template, where keys
// ending in ".$" hold paths or intrinsic calls.
func compileJSONPathTemplate(t *jsontree.Value) (*tmpl, error) {
	if t == nil {
		return nil, nil
	}
	switch t.Kind {
	case jsontree.Object:
		n := &tmpl{kind: tmplObject}
		for _, m := range t.Members {
			var child *tmpl
			var err error
			if strings.HasSuffix(m.Key, ".$") && m.Value.Kind == jsontree.String {
				child, err = compileDollar(m.Value.Text, m.Key)
				n.keys = append(n.keys, strings.TrimSuffix(m.Key, ".$"))
			} else {
				child, err = compileJSONPathTemplate(m.Value)
				n.keys = append(n.keys, m.Key)
			}
			if err != nil {
				return nil, err
			}
			n.items = append(n.items, child)
		}
		return foldConstant(n, t), nil
	case jsontree.Array:
		return arrayTemplate(t, func(_ int, it *jsontree.Value) (*tmpl, error) { return compileJSONPathTemplate(it) })
	}
	return &tmpl{kind: tmplLiteral, lit: value.FromTree(t)}, nil
}

// arrayTemplate compiles each item of the array t with compile.
func arrayTemplate(t *jsontree.Value, compile func(i int, it *jsontree.Value) (*tmpl, error)) (*tmpl, error) {
	n := &tmpl{kind: tmplArray}
	for i, it := range t.Items {
		child, err := compile(i, it)
		if err != nil {
			return nil, err
		}
		n.items = append(n.items, child)
	}
	return foldConstant(n, t), nil
}

// foldConstant returns the object or array template n compiled from t, or
// t as one literal when every item of n is a literal.
func foldConstant(n *tmpl, t *jsontree.Value) *tmpl {
	for _, it := range n.items {
		if it.kind != tmplLiteral {
			return n
		}
	}
	return &tmpl{kind: tmplLiteral, lit: value.FromTree(t)}
}

// compileDollar compiles the value of a "key.$" member.
func compileDollar(s, field string) (*tmpl, error) {
	if intrinsic.LooksLikeCall(s) {
		p, err := compileIntrinsic(s)
		if err != nil {
			return nil, fmt.Errorf("%s: intrinsic %q: %w", field, s, err)
		}
		return &tmpl{kind: tmplIntrinsic, intr: p, field: field}, nil
	}
	p, err := compilePathRef(s)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", field, err)
	}
	return &tmpl{kind: tmplPath, path: p, field: field}, nil
}

// compileJSONataTemplate compiles a JSONata-state template: any JSON in
// which strings of the form "{% … %}" are expressions. field names the
// top-level field ("Output", "Arguments", …) for messages.
func compileJSONataTemplate(t *jsontree.Value, field string) (*tmpl, error) {
	if t == nil {
		return nil, nil
	}
	switch t.Kind {
	case jsontree.String:
		if jsonata.IsTemplate(t.Text) {
			p, err := compileJSONata(t.Text)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", field, err)
			}
			return &tmpl{kind: tmplJSONata, expr: p, field: field}, nil
		}
	case jsontree.Object:
		n := &tmpl{kind: tmplObject}
		for _, m := range t.Members {
			child, err := compileJSONataTemplate(m.Value, field+"/"+m.Key)
			if err != nil {
				return nil, err
			}
			n.keys = append(n.keys, m.Key)
			n.items = append(n.items, child)
		}
		return foldConstant(n, t), nil
	case jsontree.Array:
		return arrayTemplate(t, func(i int, it *jsontree.Value) (*tmpl, error) {
			return compileJSONataTemplate(it, fmt.Sprintf("%s[%d]", field, i))
		})
	}
	return &tmpl{kind: tmplLiteral, lit: value.FromTree(t)}, nil
}

// evalEnv is what a template reads while it is evaluated.
type evalEnv struct {
	t     *thread
	input value.Value // "$" in JSONPath, $states.input in JSONata
	// result and errorOutput are $states.result and $states.errorOutput
	// (nil: absent); states is $states, built on first use.
	result, errorOutput value.Value
	states              *value.Object
}

// statesValue is $states: input, context and, when given, result and
// errorOutput. It is built when an expression first reads it.
func (env *evalEnv) statesValue() *value.Object {
	if env.states == nil {
		s := value.NewObject(4)
		s.Set("input", env.input)
		s.Set("context", env.context())
		if env.result != nil {
			s.Set("result", env.result)
		}
		if env.errorOutput != nil {
			s.Set("errorOutput", env.errorOutput)
		}
		env.states = s
	}
	return env.states
}

// context is "$$", built when a template first reads it (most JSONPath
// templates never do). Call it only on the thread's own goroutine.
func (env *evalEnv) context() value.Value { return env.t.contextObject() }

// eval computes the template's value.
func (n *tmpl) eval(env *evalEnv) (value.Value, *failure) {
	switch n.kind {
	case tmplLiteral:
		return n.lit, nil
	case tmplObject:
		o := value.NewObject(len(n.keys))
		for i, k := range n.keys {
			v, f := n.items[i].eval(env)
			if f != nil {
				return nil, f
			}
			if v != nil {
				o.Set(k, v)
			}
		}
		return o, nil
	case tmplArray:
		a := make([]value.Value, len(n.items))
		for i, it := range n.items {
			v, f := it.eval(env)
			if f != nil {
				return nil, f
			}
			if v == nil {
				v = value.Null
			}
			a[i] = v
		}
		return a, nil
	case tmplPath:
		v, ok, err := env.t.readPath(n.path, env.input)
		if err != nil || !ok {
			return nil, env.t.runtimeFailure(fmt.Sprintf("The JSONPath '%s' specified for the field '%s' could not be found in the input '%s'",
				n.path.raw, n.field, jsonText(env.input)))
		}
		return v, nil
	case tmplIntrinsic:
		v, err := n.intr.eval(env.t.intrinsicEnv(n.intr, env.input))
		if err != nil {
			if f, ok := err.(*intrinsicFailure); ok {
				return nil, fail(f.Name, f.Cause)
			}
			return nil, env.t.runtimeFailure(err.Error())
		}
		return v, nil
	case tmplJSONata:
		return env.t.evalJSONata(n.expr, n.field, env)
	}
	return nil, nil
}
