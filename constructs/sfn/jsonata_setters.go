package sfn

// The setters below are the same for each state type that has the field;
// Go has no way to share a method that returns its receiver's own type.

// QueryLanguage sets the state's own QueryLanguage. Default: the
// machine's (JSONPath unless the machine says JSONata); a JSONata machine
// cannot contain JSONPath states.
func (p *Pass) QueryLanguage(lang QueryLanguage) *Pass {
	p.setLanguage(lang)
	return p
}

// QueryLanguage sets the state's own QueryLanguage. Default: the
// machine's (JSONPath unless the machine says JSONata); a JSONata machine
// cannot contain JSONPath states.
func (t *Task) QueryLanguage(lang QueryLanguage) *Task {
	t.setLanguage(lang)
	return t
}

// QueryLanguage sets the state's own QueryLanguage. Default: the
// machine's (JSONPath unless the machine says JSONata); a JSONata machine
// cannot contain JSONPath states.
func (c *Choice) QueryLanguage(lang QueryLanguage) *Choice {
	c.setLanguage(lang)
	return c
}

// QueryLanguage sets the state's own QueryLanguage. Default: the
// machine's (JSONPath unless the machine says JSONata); a JSONata machine
// cannot contain JSONPath states.
func (w *Wait) QueryLanguage(lang QueryLanguage) *Wait {
	w.setLanguage(lang)
	return w
}

// QueryLanguage sets the state's own QueryLanguage. Default: the
// machine's (JSONPath unless the machine says JSONata); a JSONata machine
// cannot contain JSONPath states.
func (s *Succeed) QueryLanguage(lang QueryLanguage) *Succeed {
	s.setLanguage(lang)
	return s
}

// QueryLanguage sets the state's own QueryLanguage. Default: the
// machine's (JSONPath unless the machine says JSONata); a JSONata machine
// cannot contain JSONPath states.
func (f *Fail) QueryLanguage(lang QueryLanguage) *Fail {
	f.setLanguage(lang)
	return f
}

// QueryLanguage sets the state's own QueryLanguage. Default: the
// machine's (JSONPath unless the machine says JSONata); a JSONata machine
// cannot contain JSONPath states.
func (p *Parallel) QueryLanguage(lang QueryLanguage) *Parallel {
	p.setLanguage(lang)
	return p
}

// QueryLanguage sets the state's own QueryLanguage. Default: the
// machine's (JSONPath unless the machine says JSONata); a JSONata machine
// cannot contain JSONPath states.
func (m *Map) QueryLanguage(lang QueryLanguage) *Map {
	m.setLanguage(lang)
	return m
}

// Output sets the state's output in JSONata states: any JSON value,
// with {% … %} expressions (see Expr) evaluated by Step Functions.
// Default: the state's result ($states.result), or its input.
func (p *Pass) Output(value any) *Pass {
	p.setOutput(&p.base, value)
	return p
}

// Output sets the state's output in JSONata states: any JSON value,
// with {% … %} expressions (see Expr) evaluated by Step Functions.
// Default: the state's result ($states.result), or its input.
func (t *Task) Output(value any) *Task {
	t.setOutput(&t.base, value)
	return t
}

// Output sets the state's output in JSONata states: any JSON value,
// with {% … %} expressions (see Expr) evaluated by Step Functions.
// Default: the state's result ($states.result), or its input.
func (c *Choice) Output(value any) *Choice {
	c.setOutput(&c.base, value)
	return c
}

// Output sets the state's output in JSONata states: any JSON value,
// with {% … %} expressions (see Expr) evaluated by Step Functions.
// Default: the state's result ($states.result), or its input.
func (w *Wait) Output(value any) *Wait {
	w.setOutput(&w.base, value)
	return w
}

// Output sets the state's output in JSONata states: any JSON value,
// with {% … %} expressions (see Expr) evaluated by Step Functions.
// Default: the state's result ($states.result), or its input.
func (s *Succeed) Output(value any) *Succeed {
	s.setOutput(&s.base, value)
	return s
}

// Output sets the state's output in JSONata states: any JSON value,
// with {% … %} expressions (see Expr) evaluated by Step Functions.
// Default: the state's result ($states.result), or its input.
func (p *Parallel) Output(value any) *Parallel {
	p.setOutput(&p.base, value)
	return p
}

// Output sets the state's output in JSONata states: any JSON value,
// with {% … %} expressions (see Expr) evaluated by Step Functions.
// Default: the state's result ($states.result), or its input.
func (m *Map) Output(value any) *Map {
	m.setOutput(&m.base, value)
	return m
}

// Assign sets workflow variables when the state completes: an object whose
// keys are variable names. In JSONata states values are literals or
// {% … %} expressions; in JSONPath states a Path value is read from the
// state's data ("name.$"). New values are visible from the next state on.
// Default: none.
func (p *Pass) Assign(variables any) *Pass {
	p.setAssign(&p.base, variables)
	return p
}

// Assign sets workflow variables when the state completes: an object whose
// keys are variable names. In JSONata states values are literals or
// {% … %} expressions; in JSONPath states a Path value is read from the
// state's data ("name.$"). New values are visible from the next state on.
// Default: none.
func (t *Task) Assign(variables any) *Task {
	t.setAssign(&t.base, variables)
	return t
}

// Assign sets workflow variables when the state completes: an object whose
// keys are variable names. In JSONata states values are literals or
// {% … %} expressions; in JSONPath states a Path value is read from the
// state's data ("name.$"). New values are visible from the next state on.
// Default: none.
func (c *Choice) Assign(variables any) *Choice {
	c.setAssign(&c.base, variables)
	return c
}

// Assign sets workflow variables when the state completes: an object whose
// keys are variable names. In JSONata states values are literals or
// {% … %} expressions; in JSONPath states a Path value is read from the
// state's data ("name.$"). New values are visible from the next state on.
// Default: none.
func (w *Wait) Assign(variables any) *Wait {
	w.setAssign(&w.base, variables)
	return w
}

// Assign sets workflow variables when the state completes: an object whose
// keys are variable names. In JSONata states values are literals or
// {% … %} expressions; in JSONPath states a Path value is read from the
// state's data ("name.$"). New values are visible from the next state on.
// Default: none.
func (p *Parallel) Assign(variables any) *Parallel {
	p.setAssign(&p.base, variables)
	return p
}

// Assign sets workflow variables when the state completes: an object whose
// keys are variable names. In JSONata states values are literals or
// {% … %} expressions; in JSONPath states a Path value is read from the
// state's data ("name.$"). New values are visible from the next state on.
// Default: none.
func (m *Map) Assign(variables any) *Map {
	m.setAssign(&m.base, variables)
	return m
}

// Arguments sets, in JSONata states, what the state passes on as its
// input: an object (values may be {% … %} expressions, see Expr) or one
// expression string. Default: the state's input.
func (t *Task) Arguments(value any) *Task {
	t.arguments = payload(&t.base, "Arguments", value, jsonataMode, false)
	return t
}

// Payload sets the state's input in both query languages at once:
// jsonPath becomes Parameters when the state's effective language is
// JSONPath, jsonata becomes Arguments when it is JSONata. Builders that do
// not know where their state will be used (service integrations) use it,
// so that a state inside a JSONata machine's Map renders Arguments.
func (t *Task) Payload(jsonPath, jsonata any) *Task {
	in := &languageInput{}
	if jsonPath != nil {
		in.jsonPath = payload(&t.base, "Parameters", jsonPath, jsonPathMode, false)
	}
	if jsonata != nil {
		in.jsonata, in.probs = deferredPayload("Arguments", jsonata)
	}
	t.input = in
	return t
}

// Arguments sets, in JSONata states, what the state passes on as its
// input: an object (values may be {% … %} expressions, see Expr) or one
// expression string. Default: the state's input.
func (p *Parallel) Arguments(value any) *Parallel {
	p.arguments = payload(&p.base, "Arguments", value, jsonataMode, false)
	return p
}

// Payload sets the state's input in both query languages at once:
// jsonPath becomes Parameters when the state's effective language is
// JSONPath, jsonata becomes Arguments when it is JSONata. Builders that do
// not know where their state will be used (service integrations) use it,
// so that a state inside a JSONata machine's Map renders Arguments.
func (p *Parallel) Payload(jsonPath, jsonata any) *Parallel {
	in := &languageInput{}
	if jsonPath != nil {
		in.jsonPath = payload(&p.base, "Parameters", jsonPath, jsonPathMode, false)
	}
	if jsonata != nil {
		in.jsonata, in.probs = deferredPayload("Arguments", jsonata)
	}
	p.input = in
	return p
}
