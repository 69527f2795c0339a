package runtime

import (
	"fmt"

	"github.com/stepwise-go/stepwise/asl"
	"github.com/stepwise-go/stepwise/jsontree"
	"github.com/stepwise-go/stepwise/value"
)

// state is one compiled state. The fields a state type does not use are
// nil.
type state struct {
	id   uint32 // index in the program's state table
	name string
	typ  string // "Pass", "Task", …
	// enteredEvent and exitedEvent are the history event types,
	// "PassStateEntered" and so on.
	enteredEvent, exitedEvent string
	jsonata                   bool // the state's query language is JSONata
	// quick says the state records no event between entering and exiting
	// and cannot wait (Pass, Choice, Succeed): see runQuickState.
	quick bool
	// passOn says the state is a JSONPath Pass with no field that reads
	// or shapes data: its output is its input.
	passOn bool
	next   int // index of Next; -1 for End and for Choice, Succeed, Fail

	inputPath, outputPath, resultPath *nullablePath
	parameters, resultSelector        *tmpl // JSONPath
	result                            *tmpl // Pass Result (a literal)
	arguments, output                 *tmpl // JSONata
	assign                            *tmpl

	retry []*retrier
	catch []*catcher

	task     *taskSpec
	choice   *choiceSpec
	wait     *waitSpec
	fail     *failSpec
	branches []*graph
	// branchesNeverWait says no branch can wait, so they run one after
	// another on the Parallel's goroutine (see inline.go).
	branchesNeverWait bool
	mapSpec           *mapSpec
}

// nullablePath is a compiled InputPath, OutputPath or ResultPath.
type nullablePath struct {
	null bool
	ref  *pathRef
}

func compileNullable(p *asl.NullablePath) (*nullablePath, error) {
	if p == nil {
		return nil, nil
	}
	if p.Null {
		return &nullablePath{null: true}, nil
	}
	r, err := compilePathRef(p.Path)
	if err != nil {
		return nil, err
	}
	return &nullablePath{ref: r}, nil
}

// retrier is a compiled Retry entry.
type retrier struct {
	errors      []string
	interval    float64 // seconds
	maxAttempts int64
	backoff     float64
	maxDelay    float64 // seconds; 0 = none
	jitterFull  bool
}

// catcher is a compiled Catch entry.
type catcher struct {
	errors     []string
	resultPath *nullablePath
	output     *tmpl
	assign     *tmpl
	next       int
}

func (c *compiler) state(s asl.State, lang asl.QueryLanguage, index map[string]int) (*state, error) {
	b := s.Common()
	cs := &state{name: b.Name, typ: s.Type(), jsonata: lang == asl.JSONata, next: -1,
		enteredEvent: s.Type() + "StateEntered", exitedEvent: s.Type() + "StateExited"}
	cs.quick = s.Type() == "Pass" || s.Type() == "Choice" || s.Type() == "Succeed"
	if len(c.states) >= maxStates { // history records hold a state's index in stateBits bits
		return nil, fmt.Errorf("more than %d states", maxStates)
	}
	cs.id = uint32(len(c.states))
	c.states = append(c.states, cs)
	if t := asl.TransitionOf(s); t != nil && t.Next != "" {
		n, err := target(index, t.Next)
		if err != nil {
			return nil, err
		}
		cs.next = n
	}
	var err error
	tpl := func(v *jsontree.Value, field string) *tmpl {
		if err != nil || v == nil {
			return nil
		}
		var t *tmpl
		if cs.jsonata {
			t, err = compileJSONataTemplate(v, field)
		} else {
			t, err = compileJSONPathTemplate(v)
		}
		return t
	}
	nullable := func(p *asl.NullablePath) *nullablePath {
		if err != nil {
			return nil
		}
		var n *nullablePath
		n, err = compileNullable(p)
		return n
	}
	io := func(x *asl.InputOutput) {
		cs.inputPath = nullable(x.InputPath)
		cs.outputPath = nullable(x.OutputPath)
	}
	assignOf := func(v *jsontree.Value) *tmpl {
		if err != nil || v == nil {
			return nil
		}
		var t *tmpl
		if cs.jsonata {
			t, err = compileJSONataTemplate(v, "Assign")
		} else {
			t, err = compileJSONPathTemplate(v)
		}
		return t
	}
	cs.assign = assignOf(asl.AssignOf(s))
	switch s := s.(type) {
	case *asl.Pass:
		io(&s.InputOutput)
		cs.parameters = tpl(s.Parameters, "Parameters")
		if s.Result != nil {
			cs.result = &tmpl{kind: tmplLiteral, lit: value.FromTree(s.Result)}
		}
		cs.resultPath = nullable(s.ResultPath)
		cs.output = jsonataOnly(cs, s.Output, "Output", &err)
	case *asl.Task:
		io(&s.InputOutput)
		cs.parameters = tpl(s.Parameters, "Parameters")
		cs.arguments = jsonataOnly(cs, s.Arguments, "Arguments", &err)
		cs.resultSelector = tpl(s.ResultSelector, "ResultSelector")
		cs.resultPath = nullable(s.ResultPath)
		cs.output = jsonataOnly(cs, s.Output, "Output", &err)
		if err == nil {
			cs.task, err = compileTask(s)
		}
		if cs.task != nil {
			cs.task.credentials = tpl(s.Credentials, "Credentials")
		}
	case *asl.Choice:
		io(&s.InputOutput)
		cs.output = jsonataOnly(cs, s.Output, "Output", &err)
		if err == nil {
			cs.choice, err = compileChoice(s, cs.jsonata, index)
		}
	case *asl.Wait:
		io(&s.InputOutput)
		cs.output = jsonataOnly(cs, s.Output, "Output", &err)
		if err == nil {
			cs.wait, err = compileWait(s)
		}
	case *asl.Succeed:
		io(&s.InputOutput)
		cs.output = jsonataOnly(cs, s.Output, "Output", &err)
	case *asl.Fail:
		if err == nil {
			cs.fail, err = compileFail(s)
		}
	case *asl.Parallel:
		io(&s.InputOutput)
		cs.parameters = tpl(s.Parameters, "Parameters")
		cs.arguments = jsonataOnly(cs, s.Arguments, "Arguments", &err)
		cs.resultSelector = tpl(s.ResultSelector, "ResultSelector")
		cs.resultPath = nullable(s.ResultPath)
		cs.output = jsonataOnly(cs, s.Output, "Output", &err)
		for _, br := range s.Branches {
			if err != nil {
				break
			}
			var g *graph
			g, err = c.graph(br, lang)
			cs.branches = append(cs.branches, g)
		}
		cs.branchesNeverWait = err == nil
		for _, g := range cs.branches {
			cs.branchesNeverWait = cs.branchesNeverWait && g != nil && g.neverWaits
		}
	case *asl.Map:
		io(&s.InputOutput)
		cs.resultSelector = tpl(s.ResultSelector, "ResultSelector")
		cs.resultPath = nullable(s.ResultPath)
		cs.output = jsonataOnly(cs, s.Output, "Output", &err)
		if err == nil {
			cs.mapSpec, err = c.compileMap(s, cs, lang)
		}
	default:
		return nil, fmt.Errorf("unsupported state type %s", s.Type())
	}
	if err != nil {
		return nil, err
	}
	if eh := asl.ErrorHandlingOf(s); eh != nil {
		for _, r := range eh.Retry {
			cs.retry = append(cs.retry, compileRetrier(r))
		}
		for _, k := range eh.Catch {
			cc := &catcher{errors: k.ErrorEquals}
			if cc.next, err = target(index, k.Next); err != nil {
				return nil, err
			}
			if cc.resultPath, err = compileNullable(k.ResultPath); err != nil {
				return nil, err
			}
			if cs.jsonata {
				if cc.output, err = compileJSONataTemplate(k.Output, "Output"); err != nil {
					return nil, err
				}
				cc.assign, err = compileJSONataTemplate(k.Assign, "Assign")
			} else {
				cc.assign, err = compileJSONPathTemplate(k.Assign)
			}
			if err != nil {
				return nil, err
			}
			cs.catch = append(cs.catch, cc)
		}
	}
	cs.passOn = cs.typ == "Pass" && !cs.jsonata && cs.inputPath == nil && cs.parameters == nil &&
		cs.result == nil && cs.resultSelector == nil && cs.assign == nil && cs.resultPath == nil && cs.outputPath == nil
	return cs, nil
}

// jsonataOnly compiles a JSONata-only field (Output, Arguments).
func jsonataOnly(cs *state, v *jsontree.Value, field string, errp *error) *tmpl {
	if *errp != nil || v == nil || !cs.jsonata {
		return nil
	}
	t, err := compileJSONataTemplate(v, field)
	*errp = err
	return t
}

func compileRetrier(r *asl.Retrier) *retrier {
	out := &retrier{errors: r.ErrorEquals, interval: 1, maxAttempts: 3, backoff: 2}
	if r.IntervalSeconds != nil {
		out.interval = float64(*r.IntervalSeconds)
	}
	if r.MaxAttempts != nil {
		out.maxAttempts = *r.MaxAttempts
	}
	if r.BackoffRate != nil {
		out.backoff = *r.BackoffRate
	}
	if r.MaxDelaySeconds != nil {
		out.maxDelay = float64(*r.MaxDelaySeconds)
	}
	out.jitterFull = r.JitterStrategy != nil && *r.JitterStrategy == "FULL"
	return out
}
