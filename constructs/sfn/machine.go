package sfn

import (
	"fmt"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/stepwise-go/stepwise/asl"
)

// StateMachine is a whole workflow: a name and the definition that starts
// it. Build turns it into the ASL model, Synth into canonical ASL JSON.
//
// A state belongs to the first machine that builds it; building it into a
// second machine is a recorded problem (asl.CodeStateOwnership). Use a
// Fragment to make fresh states for each machine. Build and Synth may be
// called from several goroutines at once, also for machines that share
// states: builds take turns (see buildMu). Setting a machine's or a
// state's fields while it is being built is not safe.
type StateMachine struct {
	name    string
	start   State
	comment *string
	version *string
	timeout *int64
	source  string
	probs   problems
	lang    QueryLanguage // "" means JSONPath (the field is left out)
	extras  machineExtras
}

// NewStateMachine returns a machine named name whose execution starts at
// definition's start state. The name is not part of the ASL document; it
// must follow AWS's rules for state machine names (1–80 characters, no
// whitespace, no < > { } [ ] ? * " # % \ ^ | ~ ` $ & , ; : /, no control
// characters), else Build reports it. A nil definition or empty chain is a
// recorded problem.
func NewStateMachine(name string, definition Chainable) *StateMachine {
	m := &StateMachine{name: name, source: callerSource()}
	m.start = startOf(definition)
	if m.start == nil {
		m.probs.add(nil, msgNoDefinition)
		if c, ok := definition.(*Chain); ok && c != nil {
			m.probs = append(m.probs, c.held...)
		}
	}
	return m
}

// QueryLanguage sets the machine's top-level QueryLanguage, the language
// of every state that does not set its own (nested branches and processors
// included). A JSONata machine cannot contain JSONPath states. Default:
// JSONPath (the field is left out).
func (m *StateMachine) QueryLanguage(lang QueryLanguage) *StateMachine {
	m.lang = lang
	return m
}

// language returns the machine's effective query language.
func (m *StateMachine) language() QueryLanguage {
	return m.lang.Or(JSONPath)
}

// Name returns the machine's name as given to NewStateMachine.
func (m *StateMachine) Name() string { return m.name }

// Comment sets the machine's top-level Comment, a human-readable
// description. Default: none.
func (m *StateMachine) Comment(text string) *StateMachine {
	m.comment = &text
	return m
}

// Version sets the ASL version the definition is written in; "1.0" is the
// only version. Default: absent (which means "1.0").
func (m *StateMachine) Version(v string) *StateMachine {
	m.version = &v
	return m
}

// Timeout sets TimeoutSeconds, the longest an execution may run before it
// fails with States.Timeout. d must be a whole number of seconds (else a
// recorded problem, and it is rounded up). Default: none (an execution
// runs up to the workflow type's limit: a year for Standard, five minutes
// for Express).
func (m *StateMachine) Timeout(d time.Duration) *StateMachine {
	n := seconds(&m.probs, []any{"TimeoutSeconds"}, "Timeout", d)
	m.timeout = &n
	return m
}

// Build walks the graph from the definition's start state and returns the
// ASL model and every problem: misuse recorded while building the DSL
// values (asl.CodeBuild, asl.CodeStateOwnership, each with the Go source
// position of the misusing call) followed by what asl.Validate finds in
// the model. States come out breadth-first from the start state; for each
// state its successors are visited in the order Choice rules, Choice
// default, Next, Catch handlers. Parallel branches and Map item processors
// are built the same way from their own start states.
func (m *StateMachine) Build() (*asl.Machine, asl.Diagnostics) {
	out, diags := m.model()
	return out, m.check(out, diags)
}

// check appends to diags what the checks of the built model find: the
// workflow type's limits and task tokens (express.go), then asl.Validate.
func (m *StateMachine) check(out *asl.Machine, diags asl.Diagnostics) asl.Diagnostics {
	diags = append(diags, m.typeDiagnostics(out)...)
	return append(diags, withSources(out, asl.Validate(out))...)
}

// model builds the ASL model and returns it with the problems recorded
// while building the DSL values; it does not validate.
func (m *StateMachine) model() (*asl.Machine, asl.Diagnostics) {
	return m.modelFor(nil)
}

// modelFor is model, for render (if not nil), which is given the
// top-level states as they are finished.
func (m *StateMachine) modelFor(render *synthRender) (*asl.Machine, asl.Diagnostics) {
	buildMu.Lock()
	defer buildMu.Unlock()
	b := &builder{machine: m, render: render}
	if msg := machineNameProblem(m.name); msg != "" {
		b.diags = append(b.diags, asl.Diagnostic{Code: asl.CodeInvalidValue, At: asl.Root,
			Source: m.source, Message: msg})
	}
	b.report(asl.Root, m.probs)
	out := &asl.Machine{Comment: m.comment, QueryLanguage: m.lang, Version: m.version, TimeoutSeconds: m.timeout}
	b.out = out
	if m.start != nil {
		out.Graph = *b.graph(m.start, block{})
	} else {
		out.Graph = asl.Graph{States: []asl.State{}}
	}
	if render != nil {
		render.built(out)
	}
	return out, b.diags
}

// buildMu serializes builds. Building marks the states it reaches (which
// machine owns each, and which build last emitted it), so two builds that
// share states must not interleave; a build of 10,000 states takes a few
// milliseconds, so taking turns costs little. Rendering and the checks run
// outside the lock, on the finished model.
var buildMu sync.Mutex

// Synth builds the machine and returns its canonical ASL JSON (asl.Render:
// two-space indentation, a trailing newline). When Build finds any error
// it returns nil and an asl.Diagnostics error holding every problem
// (warnings included); warnings alone do not stop it.
//
// Rendering does not depend on the checks, so the two run at the same
// time, and for a machine with many top-level states rendering starts
// while the rest is still being built (synth_stream.go); on a machine with
// more than one core that hides most of its cost. The rendered text is
// dropped when a check finds an error.
func (m *StateMachine) Synth() ([]byte, error) {
	render := newSynthRender()
	out, diags := m.modelFor(render)
	diags = m.check(out, diags)
	r := <-render.done
	diags = append(diags, r.size...)
	if diags.HasErrors() {
		return nil, diags
	}
	return r.text, nil
}

// machineNameForbidden lists the punctuation AWS does not allow in state
// machine names.
const machineNameForbidden = "<>{}[]?*\"#%\\^|~`$&,;:/"

// machineNameProblem returns why name is not a valid state machine name,
// or "".
func machineNameProblem(name string) string {
	n := utf8.RuneCountInString(name)
	switch {
	case n == 0:
		return fmt.Sprintf(msgMachineName, name, "it is empty")
	case n > 80:
		return fmt.Sprintf(msgMachineName, name, "it is longer than 80 characters")
	}
	for _, r := range name {
		if unicode.IsSpace(r) || unicode.IsControl(r) || strings.ContainsRune(machineNameForbidden, r) {
			return fmt.Sprintf(msgMachineName, name, fmt.Sprintf("%q is not allowed", r))
		}
	}
	return ""
}
