package jsonata

import (
	"github.com/stepwise-go/stepwise/value"
)

// transformer is the function a transform expression | pattern | update
// [, delete] | evaluates to: it copies its argument and changes the copy.
type transformer struct {
	node *cnode
	env  *frame
	pos  int // the position last set on it (see eval_procpos.go)
}

func (*transformer) arity() int { return 1 }

var transformSig = mustSignature("<(oa):o>")

func (st *state) transform(t *transformer, obj value.Value) (value.Value, *Error) {
	args, err := transformSig.validate([]value.Value{obj}, nil)
	if err != nil {
		return nil, err
	}
	obj = args[0]
	if obj == nil {
		return nil, nil
	}
	cloneFn := st.lookup(t.env, "clone")
	if _, ok := cloneFn.(callable); !ok {
		return nil, &Error{Code: "T2013", Pos: t.node.pos}
	}
	result, err := st.apply(cloneFn, []value.Value{obj}, nil, t.env, "clone", -1)
	if err != nil {
		return nil, err
	}
	n := t.node
	matches, err := st.eval(n.kids[0], result, t.env)
	if err != nil {
		return nil, err
	}
	if matches == nil {
		return result, nil
	}
	items, ok := arrayItems(matches)
	if !ok {
		items = []value.Value{matches}
	}
	for _, match := range items {
		update, err := st.eval(n.kids[1], match, t.env)
		if err != nil {
			return nil, err
		}
		if update != nil {
			u, ok := update.(*value.Object)
			if !ok {
				return nil, &Error{Code: "T2011", Pos: n.kids[1].pos, Value: update, HasValue: true}
			}
			if m, ok := match.(*value.Object); ok {
				for i := 0; i < u.Len(); i++ {
					k, v := u.At(i)
					m.Set(k, v)
				}
			}
		}
		if len(n.kids) > 2 {
			deletions, err := st.eval(n.kids[2], match, t.env)
			if err != nil {
				return nil, err
			}
			if deletions != nil {
				names, ok := arrayItems(deletions)
				if !ok {
					names = []value.Value{deletions}
				}
				for _, d := range names {
					if _, ok := d.(string); !ok {
						return nil, &Error{Code: "T2012", Pos: n.kids[2].pos, Value: deletions, HasValue: true}
					}
				}
				if m, ok := match.(*value.Object); ok {
					for _, d := range names {
						m.Delete(d.(string))
					}
				}
			}
		}
	}
	return result, nil
}

func mustSignature(s string) *signature {
	sig, err := parseSignature(s)
	if err != nil {
		panic("jsonata: bad built-in signature " + s + ": " + err.Error())
	}
	return sig
}

// cloneValue deep-copies JSON (jsonata-js $clone: JSON.parse of $string),
// so that a transform can change the copy.
func cloneValue(v value.Value) value.Value {
	switch x := v.(type) {
	case *value.Object:
		c := value.NewObject(x.Len())
		for i := 0; i < x.Len(); i++ {
			k, item := x.At(i)
			if _, isFn := item.(callable); isFn {
				c.Set(k, "")
				continue
			}
			if item == nil {
				continue
			}
			c.Set(k, cloneValue(item))
		}
		return c
	case []value.Value, *seq:
		if s, ok := x.(*seq); ok && s.outerWrapper && s.length() > 0 {
			return cloneValue(s.all()[0])
		}
		items, _ := arrayItems(x)
		out := make([]value.Value, len(items))
		for i, item := range items {
			if _, isFn := item.(callable); isFn {
				out[i] = ""
				continue
			}
			if item == nil {
				out[i] = value.Null
				continue
			}
			out[i] = cloneValue(item)
		}
		return out
	case float64:
		return roundTo15(x)
	case callable:
		return ""
	}
	return v
}
