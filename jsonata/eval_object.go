package jsonata

import "github.com/stepwise-go/stepwise/value"

// objectPairsInline is how many pairs objectOf keeps on the stack.
const objectPairsInline = 8

// objectOf is group for one input item (not an array or a tuple stream),
// the usual object constructor: every pair gives at most one key, so a
// key met twice came from two pairs (D1009), and each value is evaluated
// against the item itself. The awaits on the virtual clock are group's.
func (st *state) objectOf(g *cgroup, item value.Value, env *frame) (value.Value, *Error) {
	var keyBuf [objectPairsInline]string
	var pairBuf [objectPairsInline]int
	keys, pairs := keyBuf[:0], pairBuf[:0]
	if len(g.pairs) > objectPairsInline {
		keys, pairs = make([]string, 0, len(g.pairs)), make([]int, 0, len(g.pairs))
	}
	for pi, pair := range g.pairs {
		ks, ok, err := st.groupKey(g, pair[0], item, env)
		if err != nil {
			return nil, err
		}
		if !ok {
			continue
		}
		for _, k := range keys {
			if k == ks {
				return nil, &Error{Code: "D1009", Pos: g.pos, Value: ks, HasValue: true}
			}
		}
		keys, pairs = append(keys, ks), append(pairs, pi)
	}
	var valBuf [objectPairsInline]raceItem
	vals := valBuf[:0]
	if len(keys) > objectPairsInline {
		vals = make([]raceItem, 0, len(keys))
	}
	vals, err := st.raceInto(vals[:len(keys)], func(i int) (value.Value, *Error) {
		return st.eval(g.pairs[pairs[i]][1], item, env)
	})
	if err != nil {
		return nil, err
	}
	st.awaits(int64(len(keys)))
	result := value.NewObject(len(keys))
	for i, k := range keys {
		if v := vals[i].v; v != nil {
			result.Set(k, v)
		}
	}
	return result, nil
}
