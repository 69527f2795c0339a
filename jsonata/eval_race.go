package jsonata

import "github.com/stepwise-go/stepwise/value"

// Which error wins.
//
// jsonata-js evaluates the items of an array constructor, and the values
// of an object constructor's groups, with Promise.all: all of them start
// together and interleave at every await, and the first item to fail (in
// time, not in order) is the error the expression reports. So
// [$f(1, 2, 3), "a" + 1] fails with the T2001 of "+" although $f's T0410
// comes first in the text: the addition throws after fewer awaits.
//
// The evaluator here runs the items one after another and keeps a
// virtual clock, state.tick, that counts the microtask ticks jsonata-js
// would spend: one for every await of an async function (evaluate,
// evaluatePath, apply, a built-in written as an async function, a
// callback of $map…), whether it returns or throws. A Promise.all stage
// (race) restarts the clock for each item, picks the error with the
// smallest time (the earlier item on a tie) and sets the clock to when
// Promise.all settles. Once an error is known, later items that reach
// its time cannot win: they stop early with errRaceLost, which never
// leaves the race that set the limit.

// errRaceLost stops an item of a race that can no longer fail first.
var errRaceLost = &Error{Code: "race lost"}

// awaits advances the virtual clock by n ticks.
func (st *state) awaits(n int64) { st.tick += n }

// lost reports whether the current item of a race has run past the time
// of an error found earlier.
func (st *state) lost() bool { return st.raceBy > 0 && st.tick >= st.raceBy }

// raceItem is one item's outcome in a race.
type raceItem struct {
	v   value.Value
	err *Error
}

// race evaluates n items as Promise.all would and returns their values,
// or the error that rejects first. item(i) evaluates item i.
func (st *state) race(n int, item func(i int) (value.Value, *Error)) ([]raceItem, *Error) {
	return st.raceInto(make([]raceItem, n), item)
}

// raceInto is race with the caller's storage for the values: one item
// of out for each item to evaluate.
func (st *state) raceInto(out []raceItem, item func(i int) (value.Value, *Error)) ([]raceItem, *Error) {
	t0, outer := st.tick, st.raceBy
	n := len(out)
	st.racing++
	logFrom := len(st.procLog)
	var best *Error
	var bestAt, last int64
	lostAny := false
	for i := range out {
		st.tick = t0
		v, err := item(i)
		at := st.tick - t0
		switch {
		case err == errRaceLost:
			lostAny = true
		case err != nil:
			if best == nil || at < bestAt {
				best, bestAt = err, at
				st.raceBy = t0 + at
				if outer > 0 && outer < st.raceBy {
					st.raceBy = outer
				}
			}
		default:
			out[i].v = v
			last = max(last, at)
		}
	}
	st.raceBy = outer
	st.settleProcPos(best, logFrom)
	st.racing--
	switch {
	case best != nil:
		// The item's promise settles, Promise.all's reaction runs, the
		// await resumes.
		st.tick = t0 + bestAt + 2
		return nil, best
	case lostAny:
		return nil, errRaceLost
	case n == 0:
		st.tick = t0 + 1 // await of an already resolved Promise.all([])
	default:
		st.tick = t0 + last + 2
	}
	return out, nil
}
