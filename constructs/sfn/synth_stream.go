package sfn

import "github.com/stepwise-go/stepwise/asl"

// synthRender renders the machine for Synth beside the rest of the work.
// For a machine with many top-level states it starts as soon as Build
// knows them, and Build hands it each top-level state once finished (with
// its nested blocks; the model does not change after that), so that most
// of the text is written while the rest of the machine is built. Smaller
// machines are rendered whole once built, beside the checks.
type synthRender struct {
	done   chan renderResult
	states chan []asl.State // finished top-level states, in order; nil unless streaming
	sent   int              // how many have been sent
}

// streamFrom is the fewest top-level states worth rendering while
// building; below it the hand-over costs more than it saves.
const streamFrom = 2048

// streamBatch is how many finished states are handed over at once.
const streamBatch = 256

func newSynthRender() *synthRender {
	return &synthRender{done: make(chan renderResult, 1)}
}

// begin is called once the top-level block's n states are known; out has
// the machine's own fields. It starts rendering when n is large enough.
func (r *synthRender) begin(out *asl.Machine, startAt string, n int) {
	if n < streamFrom {
		return
	}
	header := *out
	header.Graph = asl.Graph{StartAt: startAt}
	r.states = make(chan []asl.State, n/streamBatch+1)
	go func() {
		w := asl.NewMachineWriter(&header)
		for batch := range r.states {
			for _, s := range batch {
				w.State(s)
			}
		}
		r.done <- measured(w.Finish())
	}()
}

// finished hands over the top-level states up to done (of all) when a
// batch is full or all are done.
func (r *synthRender) finished(all []asl.State, done int) {
	if r.states != nil && (done-r.sent >= streamBatch || done == len(all)) {
		r.states <- all[r.sent:done]
		r.sent = done
	}
}

// built is called once out is complete; it renders out whole unless the
// states were streamed.
func (r *synthRender) built(out *asl.Machine) {
	if r.states != nil {
		close(r.states)
		return
	}
	go func() { r.done <- measured(asl.RenderMeasured(out)) }()
}

// renderResult is the canonical text and what the size check found.
type renderResult struct {
	text []byte
	size asl.Diagnostics
}

// measured pairs the text with the check of its compact size, the size
// AWS counts.
func measured(text []byte, compactSize int) renderResult {
	return renderResult{text: text, size: asl.CheckSize(compactSize)}
}
