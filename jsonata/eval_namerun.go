package jsonata

import "github.com/stepwise-go/stepwise/value"

// A fast path for a path whose remaining steps are all field names, over
// a sequence of many items (orders.items.sku): each step's items go into
// one of two buffers the state keeps, flattened one level as evaluateStep
// flattens them, instead of into a new sequence per step; the last step
// builds the result as the general loop does. The virtual clock and the
// budgets advance exactly as on the general path (one await per step,
// and per item those of evaluate), so races and limits decide alike.

// maxKeptNameBuf is the largest buffer a state keeps for the next run.
const maxKeptNameBuf = 4096

// canRunNames reports whether nameRun may take path n from step i: every
// step from i on is a plain field name (see simpleRuns), no race is
// being decided and the depth budget has room for the items' level.
func (st *state) canRunNames(n *cnode, i int) bool {
	return n.runs != nil && n.runs[i] == len(n.steps)-i && n.steps[i].kind == KindName &&
		st.raceBy == 0 && st.depth < st.maxDepth
}

// nameRun evaluates steps from..end of path n on inputSeq and returns the
// path's result.
func (st *state) nameRun(n *cnode, from int, inputSeq value.Value, env *frame) (value.Value, *Error) {
	cur, _ := arrayItems(inputSeq)
	if !isArray(inputSeq) {
		cur = []value.Value{inputSeq}
	}
	bufs := &st.nameBufs
	defer func() {
		for k, b := range bufs {
			clear(b)
			if cap(b) > maxKeptNameBuf {
				bufs[k] = nil // a pooled state keeps no large buffer
			} else {
				bufs[k] = b[:0]
			}
		}
	}()
	for i := from; i < len(n.steps); i++ {
		step := n.steps[i]
		st.awaits(1) // await evaluateStep
		if i == len(n.steps)-1 {
			in := st.allocSeq()
			in.sequence, in.items = true, cur
			return st.step(step, in, env, true)
		}
		next := bufs[i%2][:0]
		for _, item := range cur {
			res, err := st.nameStep(step, item)
			if err != nil {
				return nil, err
			}
			switch r := res.(type) {
			case nil:
			case *seq:
				if r.cons {
					next = append(next, r)
				} else {
					next = append(next, r.all()...)
				}
			case []value.Value:
				next = append(next, r...)
			default:
				next = append(next, res)
			}
		}
		bufs[i%2] = next
		if len(next) == 0 {
			return st.seqCap(0), nil // the general loop stops at an empty step
		}
		cur = next
	}
	return nil, nil // not reached: the last step returns
}
