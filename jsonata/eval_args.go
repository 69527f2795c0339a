package jsonata

import "github.com/stepwise-go/stepwise/value"

// The arguments of a call are gathered on a stack the state keeps, not
// in a new slice per call. No function keeps its argument slice: a
// lambda copies the values into its frame, a built-in only reads them,
// and a partial application or composition builds its own. A call takes
// its room on entry and gives it back when the call returns, so nested
// calls (in the arguments, or made by the function) use room above it.

// takeArgs returns an empty slice with room for n arguments, capped so
// that appending past n allocates instead of reaching the next call's
// room, and the stack height to give back to dropArgs.
func (st *state) takeArgs(n int) ([]value.Value, int) {
	base := st.argTop
	if base+n > len(st.argStack) {
		// Room taken below keeps using the old array through its own
		// slices; the calls from here on use the new one.
		st.argStack = make([]value.Value, max(2*len(st.argStack), base+n+32))
	}
	st.argTop = base + n
	return st.argStack[base:base:st.argTop], base
}

// dropArgs gives back the room of a call that returned, clearing it so
// that the pooled state holds none of the evaluation's values.
func (st *state) dropArgs(args []value.Value, base int) {
	clear(args[:cap(args)])
	st.argTop = base
}
